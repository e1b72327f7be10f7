package io.github.cameldicom.tls;

/**
 * The TLS settings cannot be used: a key or certificate file is missing, unreadable or invalid, the key password is
 * wrong, the key does not belong to the certificate, or the Java runtime cannot offer what the profile needs. The
 * message names the file or option at fault. dcmrecv exits with 71 ("cannot create transport layer") for these.
 */
public class DicomTlsException extends Exception {

    private static final long serialVersionUID = 1L;

    public DicomTlsException(String message) {
        super(message);
    }

    public DicomTlsException(String message, Throwable cause) {
        super(message, cause);
    }
}
