package io.github.cameldicom;

/** How the consumer treats a received data set; the dcmrecv options of the same meaning are named. */
public enum DicomStorageMode {

    /** Parse the whole data set while it is received and refuse malformed ones (dcmrecv {@code -B}, default). */
    normal,
    /**
     * Deliver the data set bytes exactly as received (dcmrecv {@code +B}). The leading attributes needed for headers
     * must be well-formed and a data set that ends inside an element is refused; other irregularities after the
     * leading attributes are delivered as they came.
     */
    bitPreserving,
    /** Receive and acknowledge, store nothing: the exchange has headers and no body (dcmrecv {@code --ignore}). */
    ignore
}
