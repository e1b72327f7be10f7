package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cameldicom.net.PduReaderFuzzDriver;
import io.github.cameldicom.net.pdu.PduException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptor's stream-level reading: the package-private {@code net.PduReader} (through
 * {@link PduReaderFuzzDriver}) reads any byte stream as a sequence of PDUs and P-DATA-TF PDV headers and values, the
 * way an association reads its socket (PS3.8 §9.3.1, §9.3.5). The stream hands out at most 5 bytes per read, so every
 * partial-read path runs.
 *
 * <p>Contract: the stream is read to a clean end, or stops with a {@link PduException} (the acceptor sends A-ABORT)
 * or an {@link EOFException} (the peer closed inside a PDU); no other exception, no allocation beyond
 * {@link Bounds#MAX_ALLOCATED_BYTES} (a PDU-length of 4 GiB must not become a 4 GiB buffer), no PDV value longer than
 * the negotiated maximum PDU length.
 *
 * <p>Seeds: {@code PduReaderFuzzTestInputs/readStream/}, whole associations as an SCU sends them, built from the
 * {@code net.pdu} byte fixtures.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(FuzzMode.class)
class PduReaderFuzzTest {

    /** Our default Maximum Length Received (AcceptorConfig), what DCMTK announces too. */
    static final int MAX_PDU_LENGTH = 16384;

    @FuzzTest(maxDuration = "5m")
    void readStream(byte[] stream) {
        Bounds.check("PduReader", () -> {
            try {
                PduReaderFuzzDriver.Summary summary = PduReaderFuzzDriver.readAll(
                        Bounds.trickle(new ByteArrayInputStream(stream), 5), MAX_PDU_LENGTH);
                assertTrue(summary.pdvBytes() <= stream.length, "more PDV bytes than the stream held");
            } catch (PduException e) {
                assertNotNull(e.reason(), "A-ABORT reason");
            } catch (EOFException e) {
                // the peer closed the connection inside a PDU
            } catch (IOException e) {
                throw new AssertionError("PduReader threw " + e + ", neither a PduException nor an EOFException", e);
            }
        });
    }
}
