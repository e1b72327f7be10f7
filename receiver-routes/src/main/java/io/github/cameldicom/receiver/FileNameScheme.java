package io.github.cameldicom.receiver;

/** How received files are named. */
public enum FileNameScheme {

    /** {@code <modality>.<SOP Instance UID>}: dcmrecv {@code +fd} (default). */
    SOP_INSTANCE("sopInstance"),
    /** {@code <modality>.X.<new UID>}: dcmrecv {@code +fu}. */
    UNIQUE("unique"),
    /** {@code <modality>_<16 hex digits>}: dcmrecv {@code +fsu}. */
    SHORT_UNIQUE("shortUnique"),
    /** {@code <YYYYMMDDhhmmss>.<microseconds>.<modality>}: dcmrecv {@code +fst}. */
    SYSTEM_TIME("systemTime");

    private final String propertyValue;

    FileNameScheme(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of this setting in the receiver's Camel properties. */
    public String propertyValue() {
        return propertyValue;
    }
}
