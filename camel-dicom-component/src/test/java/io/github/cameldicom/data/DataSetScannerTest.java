package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.testing.ExplicitLeDataSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Timeout(120)
class DataSetScannerTest {

    static Stream<Arguments> encodings() {
        byte[] explicitLe = DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE);
        return Stream.of(
                Arguments.of("explicit LE", explicitLe, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
                Arguments.of("implicit LE", DataSetFixtures.bytes(DataSetFixtures.IMPLICIT_LE),
                        TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN),
                Arguments.of("explicit BE", DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_BE),
                        TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN),
                Arguments.of("deflated", DataSetFixtures.deflate(explicitLe),
                        TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN),
                Arguments.of("encapsulated", DataSetFixtures.bytes(DataSetFixtures.ENCAPSULATED),
                        TransferSyntaxes.lookup("1.2.840.10008.1.2.5").orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void scanKeepsTheTopLevelAttributes(String name, byte[] data, TransferSyntax ts) throws IOException {
        assertEquals(DataSetFixtures.ATTRIBUTES, DataSetScanner.scan(new ByteArrayInputStream(data), ts));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void scanLeadingFindsTheSameAttributes(String name, byte[] data, TransferSyntax ts) throws IOException {
        assertEquals(DataSetFixtures.ATTRIBUTES, DataSetScanner.scanLeading(new ByteArrayInputStream(data), ts));
    }

    @Test
    void nestedAttributesAreNotTakenForTopLevelOnes() throws IOException {
        byte[] data = Hex.parse(
                // (0008,1115) SQ undefined, Item undefined,
                //   (0008,0060) CS #2 MR, (0020,000E) UI #4 9.9 + NUL
                // Item Delimitation Item, Sequence Delimitation Item
                "08 00 15 11 'SQ' 00 00 FF FF FF FF FE FF 00 E0 FF FF FF FF",
                "08 00 60 00 'CS' 02 00 'MR' 20 00 0E 00 'UI' 04 00 '9.9' 00",
                "FE FF 0D E0 00 00 00 00 FE FF DD E0 00 00 00 00");
        assertEquals(new InstanceAttributes(null, null, null, null, null, null),
                DataSetScanner.scan(new ByteArrayInputStream(data), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void emptyValuesAreEmptyAndMissingOnesNull() throws IOException {
        byte[] data = Hex.parse(
                // (0008,0021) DA #0 Series Date, (0008,0060) CS #0 Modality
                "08 00 21 00 'DA' 00 00 08 00 60 00 'CS' 00 00");
        assertEquals(new InstanceAttributes(null, null, null, null, "", ""),
                DataSetScanner.scan(new ByteArrayInputStream(data), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void implausiblyLongKeptValueIsRejected() {
        // (0008,0016) UT would not be a UI; use (0008,0016) UN #2048 of zeros
        byte[] data = Hex.concat(Hex.parse("08 00 16 00 'UN' 00 00 00 08 00 00"), new byte[2048]);
        assertThrows(DicomDataException.class, () -> DataSetScanner.scan(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void scanLeadingStopsRightAfterSeriesInstanceUid() throws IOException {
        byte[] leading = Hex.parse(
                // (0008,0016) UI #26, (0020,000E) UI #6
                "08 00 16 00 'UI' 1A 00 '1.2.840.10008.5.1.4.1.1.7' 00",
                "20 00 0E 00 'UI' 06 00 '1.2.6' 00");
        // not a data set at all: a full scan fails, a leading scan must not read it
        byte[] rest = Hex.parse("FE FF 00 E0 01 00 00 00 'x'");
        byte[] data = Hex.concat(leading, rest);
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        InstanceAttributes attributes = DataSetScanner.scanLeading(in, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        assertEquals("1.2.6", attributes.seriesInstanceUid());
        assertEquals(rest.length, in.available(), "bytes after (0020,000E) left unread");
        assertThrows(DicomDataException.class,
                () -> DataSetScanner.scan(new ByteArrayInputStream(data), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void scanLeadingStopsAtTheFirstLaterTopLevelTag() throws IOException {
        byte[] leading = Hex.parse(
                // (0008,0060) CS #2 CT, then (0028,0002) US #2 = 1 (past (0020,000E))
                "08 00 60 00 'CS' 02 00 'CT'",
                "28 00 02 00 'US' 02 00 01 00");
        byte[] rest = Hex.parse("FE FF 00 E0 01 00 00 00 'x'");
        ByteArrayInputStream in = new ByteArrayInputStream(Hex.concat(leading, rest));
        InstanceAttributes attributes = DataSetScanner.scanLeading(in, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        assertEquals(new InstanceAttributes(null, null, null, null, null, "CT"), attributes);
        assertEquals(rest.length + 2, in.available(), "only the header of (0028,0002) was read");
    }

    /**
     * A data set whose native Pixel Data is 3 GiB: larger than any Java array, so the test passes only if the value is
     * streamed, never held.
     */
    @Test
    void hugeNativePixelDataIsSkippedNotHeld() throws IOException {
        long pixelLength = 3L << 30;
        byte[] head = Hex.concat(
                Hex.parse(DataSetFixtures.EXPLICIT_LE[0], DataSetFixtures.EXPLICIT_LE[1],
                        DataSetFixtures.EXPLICIT_LE[2], DataSetFixtures.EXPLICIT_LE[3],
                        DataSetFixtures.EXPLICIT_LE[6], DataSetFixtures.EXPLICIT_LE[7]),
                // (7FE0,0010) OW #0xC0000000
                Hex.parse("E0 7F 10 00 'OW' 00 00 00 00 00 C0"));
        ZeroStream pixels = new ZeroStream(pixelLength);
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), pixels);
        assertEquals(DataSetFixtures.ATTRIBUTES,
                DataSetScanner.scan(in, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        assertEquals(0, pixels.remaining, "every pixel byte was read");
    }

    /** 16 384 fragments of 64 KiB each (1 GiB) of encapsulated Pixel Data, streamed. */
    @Test
    void manyLargeFragmentsAreSkippedNotHeld() throws IOException {
        int fragments = 16384;
        int fragmentLength = 65536;
        byte[] head = Hex.concat(
                Hex.parse(DataSetFixtures.ENCAPSULATED[0], DataSetFixtures.ENCAPSULATED[1],
                        DataSetFixtures.ENCAPSULATED[2], DataSetFixtures.ENCAPSULATED[3],
                        DataSetFixtures.ENCAPSULATED[4], DataSetFixtures.ENCAPSULATED[5]),
                // (7FE0,0010) OB undefined, empty Basic Offset Table item
                Hex.parse("E0 7F 10 00 'OB' 00 00 FF FF FF FF FE FF 00 E0 00 00 00 00"));
        // (FFFE,E000) Item #65536
        byte[] itemHeader = Hex.parse("FE FF 00 E0 00 00 01 00");
        // (FFFE,E0DD) Sequence Delimitation Item
        byte[] tail = Hex.parse("FE FF DD E0 00 00 00 00");
        int[] fragmentsRead = new int[1];
        InputStream fragmentStream = new InputStream() {
            private int fragment;
            private long offsetInFragment = -itemHeader.length;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (fragment == fragments) {
                    return -1;
                }
                if (offsetInFragment < 0) {
                    int n = (int) Math.min(len, -offsetInFragment);
                    int from = (int) (itemHeader.length + offsetInFragment);
                    System.arraycopy(itemHeader, from, b, off, n);
                    offsetInFragment += n;
                    return n;
                }
                int n = (int) Math.min(len, fragmentLength - offsetInFragment);
                offsetInFragment += n;
                if (offsetInFragment == fragmentLength) {
                    fragment++;
                    fragmentsRead[0] = fragment;
                    offsetInFragment = -itemHeader.length;
                }
                return n;
            }
        };
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head),
                new SequenceInputStream(fragmentStream, new ByteArrayInputStream(tail)));
        InstanceAttributes attributes =
                DataSetScanner.scan(in, TransferSyntaxes.lookup("1.2.840.10008.1.2.4.80").orElseThrow());
        assertEquals(DataSetFixtures.ATTRIBUTES, attributes);
        assertEquals(fragments, fragmentsRead[0]);
    }

    /** {@code length} bytes of whatever is in the caller's buffer; cheap to produce in any amount. */
    private static final class ZeroStream extends InputStream {
        private long remaining;

        ZeroStream(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            if (remaining == 0) {
                return -1;
            }
            remaining--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            remaining -= n;
            return n;
        }
    }

    @Test
    void truncatedHugeValueIsAnError() {
        byte[] head = Hex.parse("E0 7F 10 00 'OW' 00 00 00 00 00 C0");
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), new ZeroStream(1L << 20));
        DicomDataException e = assertThrows(DicomDataException.class,
                () -> DataSetScanner.scan(in, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        assertTrue(e.getMessage().contains("stream ends inside the value of (7FE0,0010)"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void scanCompleteFindsTheSameAttributes(String name, byte[] data, TransferSyntax ts) throws IOException {
        assertEquals(DataSetFixtures.ATTRIBUTES, DataSetScanner.scanComplete(new ByteArrayInputStream(data), ts));
    }

    /**
     * Cut anywhere, a data set that the full parse finds truncated is refused by the bit-preserving scan as well, and
     * one that the full parse accepts (cut between two top-level elements) is accepted with the same attributes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void scanCompleteRefusesEveryCutThatEndsInsideAnElement(String name, byte[] data, TransferSyntax ts)
            throws IOException {
        int truncations = 0;
        for (int cut = 1; cut < data.length; cut++) {
            byte[] part = Arrays.copyOf(data, cut);
            InstanceAttributes full;
            try {
                full = DataSetScanner.scan(new ByteArrayInputStream(part), ts);
            } catch (DataSetTruncatedException e) {
                truncations++;
                assertThrows(DataSetTruncatedException.class,
                        () -> DataSetScanner.scanComplete(new ByteArrayInputStream(part), ts), "cut at " + cut);
                continue;
            } catch (DicomDataException e) {
                continue;
            }
            assertEquals(full, DataSetScanner.scanComplete(new ByteArrayInputStream(part), ts), "cut at " + cut);
        }
        assertTrue(truncations > data.length / 2, truncations + " truncations among " + data.length + " cuts");
    }

    @Test
    void scanCompleteKeepsOtherIrregularitiesAfterTheLeadingAttributes() throws IOException {
        // an Item Delimitation Item at the top level, after the Series Instance UID
        byte[] data = ExplicitLeDataSet.withSopUids("1.2.3", "1.2.3.4")
                .uid(0x0020000E, "1.2.3.4.5").endItem().text(0x00280004, "CS", "MONOCHROME2 ").bytes();
        InstanceAttributes kept = DataSetScanner.scanComplete(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN);
        assertEquals("1.2.3.4", kept.sopInstanceUid());
        assertEquals("1.2.3.4.5", kept.seriesInstanceUid());
        assertThrows(DicomDataException.class, () -> DataSetScanner.scan(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void scanCompleteRefusesIrregularLeadingAttributes() {
        byte[] data = ExplicitLeDataSet.withSopUids("1.2.3", "1.2.3.4").endItem()
                .uid(0x0020000E, "1.2.3.4.5").bytes();
        DicomDataException e = assertThrows(DicomDataException.class, () -> DataSetScanner.scanComplete(
                new ByteArrayInputStream(data), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
        assertTrue(!(e instanceof DataSetTruncatedException), e.toString());
    }

    @Test
    void scanCompleteRefusesAStreamEndingInsideASequenceOfUndefinedLength() {
        byte[] data = ExplicitLeDataSet.withSopUids("1.2.3", "1.2.3.4")
                .uid(0x0020000E, "1.2.3.4.5").startSequence(0x00400275).startItem()
                .text(0x00321060, "LO", "STUDY ").bytes();
        assertThrows(DataSetTruncatedException.class, () -> DataSetScanner.scanComplete(
                new ByteArrayInputStream(data), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }
}
