package io.github.cameldicom.receiver;

/** The encoding of the key, certificate and CRL files. */
public enum KeyFileFormat {

    /** PEM: dcmrecv {@code -pem} (default). */
    PEM("pem"),
    /** DER: dcmrecv {@code -der}. */
    DER("der");

    private final String propertyValue;

    KeyFileFormat(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of this setting in the receiver's Camel properties. */
    public String propertyValue() {
        return propertyValue;
    }
}
