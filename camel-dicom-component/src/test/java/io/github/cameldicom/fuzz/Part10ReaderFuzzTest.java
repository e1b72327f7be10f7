package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cameldicom.data.DataSetScanner;
import io.github.cameldicom.data.DicomDataException;
import io.github.cameldicom.data.Part10File;
import io.github.cameldicom.data.Part10Reader;
import io.github.cameldicom.data.TransferSyntax;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link Part10Reader#open} on any bytes (PS3.10 §7.1: preamble, {@code DICM}, File Meta Information), then, when the
 * meta information names a transfer syntax the registry knows, {@link DataSetScanner#scan} of the data set after it
 * in that syntax.
 *
 * <p>Contract: a {@link Part10File} or a {@link DicomDataException}; never another exception, no allocation beyond
 * {@link Bounds#MAX_ALLOCATED_BYTES}, no more than the timeout.
 *
 * <p>Seeds: {@code Part10ReaderFuzzTestInputs/open/}, small pydicom sample files, one or more per transfer syntax
 * family, and the Part 10 files our own writer makes of the {@code data.DataSetFixtures} data sets. Inputs start with
 * the 128-byte preamble, so they are larger than the other targets'.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(FuzzMode.class)
class Part10ReaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void open(byte[] file) {
        Bounds.check("Part10Reader.open", () -> {
            try {
                Part10File part10 = Part10Reader.open(Bounds.trickle(new ByteArrayInputStream(file), 7));
                assertNotNull(part10.meta());
                TransferSyntax syntax = part10.transferSyntax();
                assertNotNull(DataSetScanner.scan(part10.dataSet(), syntax));
            } catch (DicomDataException e) {
                assertNotNull(e.getMessage());
            } catch (IOException e) {
                throw new AssertionError("Part10Reader threw " + e + ", not a DicomDataException", e);
            }
        });
    }
}
