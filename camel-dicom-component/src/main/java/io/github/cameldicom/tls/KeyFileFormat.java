package io.github.cameldicom.tls;

/** How the key, certificate and trusted certificate files are encoded (dcmrecv {@code -pem}, {@code -der}). */
public enum KeyFileFormat {

    /** Base64 text between {@code -----BEGIN ...-----} lines (RFC 7468); dcmrecv's default. */
    PEM,

    /** Binary DER: one key or one certificate per file. */
    DER
}
