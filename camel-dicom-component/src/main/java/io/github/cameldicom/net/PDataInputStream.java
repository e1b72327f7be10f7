package io.github.cameldicom.net;

import java.io.IOException;
import java.io.InputStream;

/**
 * The data set of one DIMSE message, read fragment by fragment from the P-DATA-TF PDUs as the caller asks for bytes
 * (PS3.7 §6.3.1, PS3.8 Annex E). It ends after the fragment marked last. A failure of the association is remembered
 * and thrown again on every later read, so a consumer can never mistake a broken stream for a complete one.
 */
public final class PDataInputStream extends InputStream {

    private final Association association;
    private final int presentationContextId;
    private boolean lastFragmentSeen;
    private long bytesRead;
    private IOException failure;

    PDataInputStream(Association association, int presentationContextId) {
        this.association = association;
        this.presentationContextId = presentationContextId;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (len == 0) {
            return 0;
        }
        try {
            while (association.pdvRemaining() == 0) {
                if (lastFragmentSeen) {
                    return -1;
                }
                lastFragmentSeen = association.nextDataPdv(presentationContextId).last();
            }
            int n = association.readDataValue(b, off, len);
            bytesRead += n;
            return n;
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    /** Reads and discards what is left of the data set, so the next message can be read. */
    public void drain() throws IOException {
        byte[] scratch = new byte[16384];
        while (read(scratch, 0, scratch.length) >= 0) {
            // Discarded on purpose: the service refused the message but the peer still sends it.
        }
    }

    /** Whether the last fragment has been read to its end. */
    public boolean isComplete() {
        return failure == null && lastFragmentSeen && association.pdvRemaining() == 0;
    }

    /** Data set bytes delivered so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The association failure this stream saw, or null. */
    public IOException failure() {
        return failure;
    }
}
