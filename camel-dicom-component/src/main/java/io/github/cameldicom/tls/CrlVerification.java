package io.github.cameldicom.tls;

/**
 * Which certificates of a peer's chain are checked against the certificate revocation lists (dcmrecv {@code +crl},
 * {@code +crv}, {@code +cra}).
 */
public enum CrlVerification {

    /** No revocation check (the default without CRL files). */
    NONE("none"),

    /** The peer's own certificate only ({@code +crv}; implied by {@code +crl}). */
    LEAF("leaf"),

    /** Every certificate of the chain below the trust anchor ({@code +cra}). */
    ALL("all");

    private final String optionName;

    CrlVerification(String optionName) {
        this.optionName = optionName;
    }

    /** The mode for a name: {@code none}, {@code leaf} or {@code all}, in any case. */
    public static CrlVerification of(String name) {
        for (CrlVerification v : values()) {
            if (v.optionName.equalsIgnoreCase(name.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown CRL verification '" + name + "'; known: none, leaf, all");
    }

    @Override
    public String toString() {
        return optionName;
    }
}
