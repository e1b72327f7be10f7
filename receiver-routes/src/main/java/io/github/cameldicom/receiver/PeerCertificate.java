package io.github.cameldicom.receiver;

/** What the receiver asks of the calling peer's certificate. */
public enum PeerCertificate {

    /** Verify it, fail if absent: dcmrecv {@code -rc} (default). */
    REQUIRE("require"),
    /** Verify it if present: dcmrecv {@code -vc}. */
    VERIFY("verify"),
    /** Do not verify it: dcmrecv {@code -ic}. */
    IGNORE("ignore");

    private final String propertyValue;

    PeerCertificate(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of this setting in the receiver's Camel properties. */
    public String propertyValue() {
        return propertyValue;
    }
}
