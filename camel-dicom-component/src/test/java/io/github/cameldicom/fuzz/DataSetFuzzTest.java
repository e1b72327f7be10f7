package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cameldicom.data.DataElementReader;
import io.github.cameldicom.data.DataSetScanner;
import io.github.cameldicom.data.DicomDataException;
import io.github.cameldicom.data.ElementHeader;
import io.github.cameldicom.data.TransferSyntax;
import io.github.cameldicom.data.TransferSyntaxes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data set reader on any bytes, one target per transfer syntax family of PS3.5 Annex A: Implicit VR Little
 * Endian, Explicit VR Little Endian, Explicit VR Big Endian, Deflated Explicit VR Little Endian and an encapsulated
 * syntax (JPEG Baseline: explicit little endian with Pixel Data in fragments, §A.4). Each input goes through
 * {@link DataSetScanner#scan}, {@link DataSetScanner#scanLeading} and a direct {@link DataElementReader} walk that
 * reads, reads as string or skips each value (chosen from its tag) with small caps, so every consumer path runs.
 *
 * <p>The deflated target fuzzes the data set <em>inside</em> the compression: the input is deflated first, so the
 * fuzzer works on the element structure; the same input is then also read as if it were the compressed stream, which
 * covers corrupt deflate data.
 *
 * <p>Contract: attributes or a {@link DicomDataException} (the reader's only error for bytes already in memory);
 * never another exception, no allocation beyond {@link Bounds#MAX_ALLOCATED_BYTES}, no more than the timeout.
 *
 * <p>Seeds: {@code DataSetFuzzTestInputs/<target>/}: the {@code data.DataSetFixtures} data sets and data sets cut
 * from small pydicom sample files (the Part 10 header removed; inflated for the deflated target).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(FuzzMode.class)
class DataSetFuzzTest {

    /** JPEG Baseline (Process 1), PS3.5 Annex A.4.1: the encapsulated family. */
    static final TransferSyntax ENCAPSULATED = TransferSyntaxes.lookup("1.2.840.10008.1.2.4.50").orElseThrow();

    /** Cap for {@code readValue} and {@code readString} in {@link #walk}: values above it are refused. */
    private static final int VALUE_CAP = 64;

    @FuzzTest(maxDuration = "5m")
    void implicitLittleEndian(byte[] dataSet) {
        readAllWays(dataSet, TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN);
    }

    @FuzzTest(maxDuration = "5m")
    void explicitLittleEndian(byte[] dataSet) {
        readAllWays(dataSet, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
    }

    @FuzzTest(maxDuration = "5m")
    void explicitBigEndian(byte[] dataSet) {
        readAllWays(dataSet, TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN);
    }

    @FuzzTest(maxDuration = "5m")
    void deflated(byte[] inflated) {
        readAllWays(deflate(inflated), TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        readAllWays(inflated, TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
    }

    @FuzzTest(maxDuration = "5m")
    void encapsulated(byte[] dataSet) {
        assertTrue(ENCAPSULATED.encapsulated() && ENCAPSULATED.explicitVr());
        readAllWays(dataSet, ENCAPSULATED);
    }

    /** The contract for one encoded data set, checked for each way of reading it. */
    static void readAllWays(byte[] data, TransferSyntax syntax) {
        Bounds.check("DataSetScanner.scan", () -> {
            try {
                assertNotNull(DataSetScanner.scan(Bounds.trickle(new ByteArrayInputStream(data), 3), syntax));
            } catch (DicomDataException e) {
                assertNotNull(e.getMessage());
            } catch (IOException e) {
                throw new AssertionError("DataSetScanner.scan threw " + e + ", not a DicomDataException", e);
            }
        });
        Bounds.check("DataSetScanner.scanLeading", () -> {
            try {
                assertNotNull(DataSetScanner.scanLeading(new ByteArrayInputStream(data), syntax));
            } catch (DicomDataException e) {
                assertNotNull(e.getMessage());
            } catch (IOException e) {
                throw new AssertionError("DataSetScanner.scanLeading threw " + e + ", not a DicomDataException", e);
            }
        });
        Bounds.check("DataElementReader", () -> {
            try {
                walk(data, syntax);
            } catch (DicomDataException e) {
                assertNotNull(e.getMessage());
            } catch (IOException e) {
                throw new AssertionError("DataElementReader threw " + e + ", not a DicomDataException", e);
            }
        });
    }

    /**
     * Every element, consuming each value one of three ways; a value over the cap of {@code readValue} or
     * {@code readString} is refused with a {@link DicomDataException} and then skipped, as the reader allows.
     */
    private static void walk(byte[] data, TransferSyntax syntax) throws IOException {
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data), syntax)) {
            ElementHeader header;
            int elements = 0;
            while ((header = reader.next()) != null) {
                // every header, item and delimiter takes at least 8 bytes (PS3.5 §7.1, §7.5)
                assertTrue(++elements * 8L <= reader.position(), elements + " headers in " + reader.position()
                        + " bytes");
                assertTrue(reader.depth() >= 0 && reader.depth() <= DataElementReader.MAX_SEQUENCE_DEPTH,
                        "depth " + reader.depth());
                if (!reader.hasPendingValue()) {
                    continue;
                }
                boolean overCap = header.length() > VALUE_CAP;
                try {
                    switch (header.tag() & 3) {
                        case 0 -> reader.readValue(VALUE_CAP);
                        case 1 -> reader.readString(VALUE_CAP);
                        default -> reader.skipValue();
                    }
                } catch (DicomDataException refused) {
                    if (!overCap || (header.tag() & 3) > 1) {
                        throw refused;
                    }
                    // a value over the cap stays pending and may be skipped
                    assertTrue(reader.hasPendingValue(), "refused value is no longer pending");
                    reader.skipValue();
                }
                assertTrue(!reader.hasPendingValue(), "value still pending after it was consumed");
            }
        }
    }

    static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater)) {
            deflating.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
