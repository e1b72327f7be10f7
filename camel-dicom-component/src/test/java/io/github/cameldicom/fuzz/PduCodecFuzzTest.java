package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cameldicom.net.pdu.PDataTf;
import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PduCodec;
import io.github.cameldicom.net.pdu.PduException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link PduCodec#decode} on any bytes (PS3.8 §9.3): a whole PDU as it comes off the wire, header included. The
 * first byte is the PDU-type, so one target reaches the decoder of every one of the 7 types and the unknown ones; the
 * body is everything after the 6-byte header, handed over at offset 6 of the input array (the header's PDU-length is
 * ignored: the stream reader checks it, see {@link PduReaderFuzzTest}).
 *
 * <p>Contract: a {@link Pdu} of the type asked for, or a {@link PduException} with an A-ABORT reason; never another
 * exception, never an allocation beyond {@link Bounds#MAX_ALLOCATED_BYTES}, never more than the timeout. For a
 * P-DATA-TF the zero-copy path {@link PduCodec#readPDataTf} must agree with the decoder.
 *
 * <p>Seeds: {@code PduCodecFuzzTestInputs/decode/}, the PDUs of the {@code net.pdu} byte fixtures.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(FuzzMode.class)
class PduCodecFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void decode(byte[] pdu) {
        if (pdu.length == 0) {
            return;
        }
        int type = pdu[0] & 0xFF;
        int offset = Math.min(PduCodec.HEADER_LENGTH, pdu.length);
        int length = pdu.length - offset;
        Bounds.check("PduCodec.decode", () -> decode(type, pdu, offset, length));
    }

    private static void decode(int type, byte[] pdu, int offset, int length) {
        Pdu decoded = null;
        try {
            decoded = PduCodec.decode(type, pdu, offset, length);
            assertEquals(type, decoded.pduType(), "decoded PDU type");
        } catch (PduException e) {
            assertNotNull(e.reason(), "A-ABORT reason");
            assertNotNull(e.source(), "A-ABORT source");
        }
        if (type != 0x04) {
            return;
        }
        int[] pdvs = {0};
        try {
            int count = PduCodec.readPDataTf(pdu, offset, length, (id, command, last, buffer, off, len) -> {
                pdvs[0]++;
                if (off < 0 || len < 0 || off + len > buffer.length) {
                    throw new AssertionError("PDV fragment [" + off + ", " + (off + len) + ") outside the buffer");
                }
            });
            assertEquals(count, pdvs[0], "PDVs handed out");
            assertNotNull(decoded, "readPDataTf accepted what decode rejected");
            assertEquals(((PDataTf) decoded).values().size(), count, "PDVs of decode and readPDataTf");
        } catch (PduException e) {
            assertEquals(0, pdvs[0], "a malformed P-DATA-TF delivered PDVs");
            assertNull(decoded, "readPDataTf rejected what decode accepted");
        }
    }
}
