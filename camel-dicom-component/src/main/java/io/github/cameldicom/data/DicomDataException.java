package io.github.cameldicom.data;

import java.io.IOException;

/**
 * A data set or Part 10 file that is not encoded as PS3.5 §7 and PS3.10 §7.1 require: an element that ends early,
 * an odd or impossible length, an unknown VR, a misplaced delimiter, nesting beyond the reader's limit, or a value
 * larger than the caller allows.
 */
public class DicomDataException extends IOException {

    private static final long serialVersionUID = 1L;

    public DicomDataException(String message) {
        super(message);
    }

    public DicomDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
