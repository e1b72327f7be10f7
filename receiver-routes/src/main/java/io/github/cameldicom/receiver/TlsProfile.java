package io.github.cameldicom.receiver;

/** The TLS security profile (PS3.15 Annex B) of dcmrecv's security profile options. */
public enum TlsProfile {

    /** Non-downgrading BCP 195 TLS Profile: dcmrecv {@code +py} (default). */
    BCP195_ND("bcp195-nd"),
    /** BCP 195 TLS Profile: dcmrecv {@code +px}. */
    BCP195("bcp195"),
    /** Extended BCP 195 TLS Profile: dcmrecv {@code +pz}. */
    BCP195_EX("bcp195-ex"),
    /** Basic TLS Secure Transport Connection Profile (retired): dcmrecv {@code +pb}. */
    BASIC("basic"),
    /** AES TLS Secure Transport Connection Profile (retired): dcmrecv {@code +pa}. */
    AES("aes"),
    /** Authenticated unencrypted communication (retired, was used in IHE ATNA): dcmrecv {@code +pn}. */
    UNENCRYPTED("null");

    private final String propertyValue;

    TlsProfile(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of this setting in the receiver's Camel properties. */
    public String propertyValue() {
        return propertyValue;
    }
}
