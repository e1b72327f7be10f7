package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PduException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the package-private {@link PduReader} to the fuzz tests in {@code io.github.cameldicom.fuzz}: it reads a
 * transport stream to its end the way an association does, one PDU or PDV header at a time, and consumes every PDV
 * value in small reads. It checks the reader's own promises on the way; the caller checks the exceptions.
 */
public final class PduReaderFuzzDriver {

    private PduReaderFuzzDriver() {
    }

    /** What one stream held, for assertions. */
    public record Summary(int pdus, int pdvs, long pdvBytes) {
    }

    /**
     * Reads {@code in} until the peer "closes" it between two PDUs or the reader throws.
     *
     * @param maxPduLength the largest P-DATA-TF PDU-length the acceptor announced
     * @throws PduException when a PDU is malformed (the acceptor sends A-ABORT)
     * @throws IOException  when the stream ends inside a PDU (the reader's {@link java.io.EOFException})
     */
    public static Summary readAll(InputStream in, int maxPduLength) throws IOException, PduException {
        PduReader reader = new PduReader(in, maxPduLength);
        byte[] value = new byte[7];
        int pdus = 0;
        int pdvs = 0;
        long pdvBytes = 0;
        Object next;
        while ((next = reader.next()) != null) {
            if (next instanceof PduReader.PdvHeader pdv) {
                pdvs++;
                check(pdv.valueLength() >= 0 && pdv.valueLength() <= maxPduLength,
                        "PDV value length " + pdv.valueLength() + " outside 0.." + maxPduLength);
                check(pdv.presentationContextId() >= 0 && pdv.presentationContextId() <= 0xFF,
                        "presentation context id " + pdv.presentationContextId());
                check(reader.pdvRemaining() == pdv.valueLength(), "pdvRemaining differs from the header");
                long left = pdv.valueLength();
                while (left > 0) {
                    int n = reader.readValue(value, 0, value.length);
                    check(n > 0 && n <= Math.min(left, value.length), "readValue returned " + n + " with " + left
                            + " left");
                    left -= n;
                    pdvBytes += n;
                }
                check(reader.readValue(value, 0, value.length) == -1, "readValue past the end of a PDV");
            } else {
                check(next instanceof Pdu, "next() returned " + next.getClass());
                check(reader.atPduBoundary(), "a whole PDU left the reader inside a PDU");
                pdus++;
            }
        }
        check(reader.atPduBoundary(), "end of stream reported inside a PDU");
        return new Summary(pdus, pdvs, pdvBytes);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
