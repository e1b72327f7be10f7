package io.github.cameldicom.data;

/**
 * A data set whose stream ends inside an element, an item or a sequence: it cannot have been sent whole, whatever
 * else is or is not right with it.
 */
public class DataSetTruncatedException extends DicomDataException {

    private static final long serialVersionUID = 1L;

    public DataSetTruncatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
