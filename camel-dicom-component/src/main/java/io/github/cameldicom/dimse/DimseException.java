package io.github.cameldicom.dimse;

/**
 * A DIMSE message that cannot be understood, e.g. a command set that breaks the encoding of PS3.7 §6.3 and
 * Annex E. The message names the offending element and offset; it never contains data set values.
 */
public class DimseException extends Exception {

    private static final long serialVersionUID = 1L;

    public DimseException(String message) {
        super(message);
    }

    public DimseException(String message, Throwable cause) {
        super(message, cause);
    }
}
