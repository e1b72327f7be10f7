package io.github.cameldicom.receiver;

/** Which certificates are checked against certificate revocation lists. */
public enum CrlVerification {

    /** None (default). */
    NONE("none"),
    /** The peer's certificate: dcmrecv {@code +crv}, implied by {@code +crl}. */
    LEAF("leaf"),
    /** The whole chain: dcmrecv {@code +cra}. */
    ALL("all");

    private final String propertyValue;

    CrlVerification(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of this setting in the receiver's Camel properties. */
    public String propertyValue() {
        return propertyValue;
    }
}
