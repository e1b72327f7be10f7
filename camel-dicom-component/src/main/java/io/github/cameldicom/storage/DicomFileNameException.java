package io.github.cameldicom.storage;

/**
 * No safe file name can be made for an instance: a header that would name a file outside the output directory, a
 * missing UID that the scheme needs, or no free name left. Thrown from the processor, it fails the exchange, so the
 * sender gets a failure status instead of a success for an instance that was not stored.
 */
public class DicomFileNameException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DicomFileNameException(String message) {
        super(message);
    }

    public DicomFileNameException(String message, Throwable cause) {
        super(message, cause);
    }
}
