package io.github.cameldicom.receiver;

/** What happens to a received data set (dcmrecv's storage mode options). */
public enum StorageMode {

    /** Parse while receiving, implicit format conversions allowed: dcmrecv {@code -B} (default). */
    NORMAL("normal"),
    /** Write the data set exactly as received: dcmrecv {@code +B}. */
    BIT_PRESERVING("bitPreserving"),
    /** Receive and acknowledge, store nothing: dcmrecv {@code --ignore}. */
    IGNORE("ignore");

    private final String propertyValue;

    StorageMode(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of this setting in the receiver's Camel properties. */
    public String propertyValue() {
        return propertyValue;
    }
}
