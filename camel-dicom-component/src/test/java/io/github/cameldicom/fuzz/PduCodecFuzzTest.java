package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
 * exception, never an allocation beyond {@link Bounds#MAX_ALLOCATED_BYTES}, never more than the timeout.
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
        try {
            Pdu decoded = PduCodec.decode(type, pdu, offset, length);
            assertEquals(type, decoded.pduType(), "decoded PDU type");
        } catch (PduException e) {
            assertNotNull(e.reason(), "A-ABORT reason");
            assertNotNull(e.source(), "A-ABORT source");
        }
    }
}
