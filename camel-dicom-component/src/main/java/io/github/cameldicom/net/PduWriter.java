package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PduCodec;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the PDUs of one association. DIMSE messages are split into P-DATA-TF PDUs of one PDV each, no larger than
 * the peer's maximum length (PS3.8 §9.3.5, Annex D.1). Synchronised so that an abort from another thread never
 * interleaves with a PDU being written.
 */
final class PduWriter {

    /** PDU header plus PDV header: what a P-DATA-TF with one PDV adds to its fragment. */
    static final int P_DATA_OVERHEAD = PduCodec.P_DATA_TF_HEADER_LENGTH;
    /** Fragment size when the peer sets no limit (maximum length 0). */
    static final int UNLIMITED_FRAGMENT = 64 * 1024;

    private final OutputStream out;
    private final int maxFragment;
    private final byte[] buffer;

    /**
     * @param peerMaxPduLength the peer's maximum P-DATA-TF variable field length; 0 means unlimited
     */
    PduWriter(OutputStream out, long peerMaxPduLength) {
        this.out = out;
        long fragment = peerMaxPduLength == 0 ? UNLIMITED_FRAGMENT : peerMaxPduLength - PduReader.PDV_HEADER_LENGTH;
        this.maxFragment = (int) Math.max(1, Math.min(fragment, UNLIMITED_FRAGMENT));
        this.buffer = new byte[P_DATA_OVERHEAD + maxFragment];
    }

    synchronized void write(Pdu pdu) throws IOException {
        out.write(PduCodec.encode(pdu));
        out.flush();
    }

    /** Sends a whole command or data set, fragmented, as P-DATA-TF PDUs on one presentation context. */
    synchronized void writeMessage(int presentationContextId, boolean command, byte[] message) throws IOException {
        int off = 0;
        do {
            int len = Math.min(maxFragment, message.length - off);
            boolean last = off + len == message.length;
            int headerLength = PduCodec.writePDataTfHeader(buffer, 0, presentationContextId, command, last, len);
            System.arraycopy(message, off, buffer, headerLength, len);
            out.write(buffer, 0, headerLength + len);
            off += len;
        } while (off < message.length);
        out.flush();
    }

    int maxFragment() {
        return maxFragment;
    }
}
