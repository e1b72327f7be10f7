package io.github.cameldicom;

/** How the consumer treats a received data set; the dcmrecv options of the same meaning are named. */
public enum DicomStorageMode {

    /** Parse the whole data set while it is received and refuse malformed ones (dcmrecv {@code -B}, default). */
    normal,
    /**
     * Deliver the data set bytes exactly as received, parsing only the leading attributes needed for headers
     * (dcmrecv {@code +B}).
     */
    bitPreserving,
    /** Receive and acknowledge, store nothing: the exchange has headers and no body (dcmrecv {@code --ignore}). */
    ignore
}
