package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and malicious input: the reader must throw {@link DicomDataException}, never hang or over-allocate. */
@Timeout(60)
class HostileInputTest {

    private static final TransferSyntax EXPLICIT_LE = TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
    private static final TransferSyntax IMPLICIT_LE = TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN;

    private static DicomDataException scanFails(byte[] data, TransferSyntax ts) {
        return assertThrows(DicomDataException.class,
                () -> DataSetScanner.scan(new ByteArrayInputStream(data), ts));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("item at top level",
                        // (FFFE,E000) Item #0 outside any sequence
                        Hex.parse("FE FF 00 E0 00 00 00 00"), EXPLICIT_LE, "outside any sequence"),
                Arguments.of("item delimitation at top level",
                        Hex.parse("FE FF 0D E0 00 00 00 00"), EXPLICIT_LE, "outside an item of undefined length"),
                Arguments.of("sequence delimitation at top level",
                        Hex.parse("FE FF DD E0 00 00 00 00"), EXPLICIT_LE,
                        "outside a sequence of undefined length"),
                Arguments.of("item delimitation in an item of defined length",
                        // (0008,1115) SQ #16, Item #8, Item Delimitation Item inside it
                        Hex.parse("08 00 15 11 'SQ' 00 00 10 00 00 00 FE FF 00 E0 08 00 00 00",
                                "FE FF 0D E0 00 00 00 00"),
                        EXPLICIT_LE, "outside an item of undefined length"),
                Arguments.of("sequence delimitation inside an item",
                        // (0008,1115) SQ undefined, Item undefined, then Sequence Delimitation without Item Delim.
                        Hex.parse("08 00 15 11 'SQ' 00 00 FF FF FF FF FE FF 00 E0 FF FF FF FF",
                                "FE FF DD E0 00 00 00 00"),
                        EXPLICIT_LE, "outside a sequence of undefined length"),
                Arguments.of("sequence delimitation in a sequence of defined length",
                        // (0008,1115) SQ #8 holding a Sequence Delimitation Item
                        Hex.parse("08 00 15 11 'SQ' 00 00 08 00 00 00 FE FF DD E0 00 00 00 00"),
                        EXPLICIT_LE, "outside a sequence of undefined length"),
                Arguments.of("element directly inside a sequence",
                        // (0008,1115) SQ undefined holding (0008,0060) CS #2 without an item
                        Hex.parse("08 00 15 11 'SQ' 00 00 FF FF FF FF 08 00 60 00 'CS' 02 00 'CT'"),
                        EXPLICIT_LE, "only items and a sequence delimiter"),
                Arguments.of("element directly inside encapsulated Pixel Data",
                        Hex.parse("E0 7F 10 00 'OB' 00 00 FF FF FF FF 08 00 60 00 'CS' 02 00 'CT'"),
                        EXPLICIT_LE, "only items and a sequence delimiter"),
                Arguments.of("delimiter with a length",
                        // (0008,1115) SQ undefined, Sequence Delimitation Item #4
                        Hex.parse("08 00 15 11 'SQ' 00 00 FF FF FF FF FE FF DD E0 04 00 00 00"),
                        EXPLICIT_LE, "a delimiter has length 0"),
                Arguments.of("unknown group FFFE element",
                        Hex.parse("FE FF 01 E0 00 00 00 00"), EXPLICIT_LE, "group FFFE holds only"),
                Arguments.of("item longer than its sequence",
                        // (0008,1115) SQ #16, Item #10 (2 bytes past the sequence)
                        Hex.parse("08 00 15 11 'SQ' 00 00 10 00 00 00 FE FF 00 E0 0A 00 00 00",
                                "08 00 60 00 'CS' 02 00 'CT' 00 00"),
                        EXPLICIT_LE, "runs past the end of the sequence (0008,1115)"),
                Arguments.of("value longer than its item",
                        // (0008,1115) SQ #18, Item #10, (0008,0060) CS #4 in a 10-byte item
                        Hex.parse("08 00 15 11 'SQ' 00 00 12 00 00 00 FE FF 00 E0 0A 00 00 00",
                                "08 00 60 00 'CS' 04 00 'CT  '"),
                        EXPLICIT_LE, "runs past the end of the item"),
                Arguments.of("header crossing the end of an item",
                        // (0008,1115) SQ #14, Item #6, then an 8-byte header in a 6-byte item
                        Hex.parse("08 00 15 11 'SQ' 00 00 0E 00 00 00 FE FF 00 E0 06 00 00 00",
                                "08 00 60 00 'CS' 00 00 00"),
                        EXPLICIT_LE, "crosses the end of the item"),
                Arguments.of("undefined-length item not delimited in a defined-length sequence",
                        // (0008,1115) SQ #16, Item undefined, (0008,0060) CS #0, then the sequence ends
                        Hex.parse("08 00 15 11 'SQ' 00 00 10 00 00 00 FE FF 00 E0 FF FF FF FF",
                                "08 00 60 00 'CS' 00 00 08 00 70 00 'LO' 00 00"),
                        EXPLICIT_LE, "crosses the end of the sequence (0008,1115)"),
                Arguments.of("undefined length on a string",
                        // (0008,0018) UI undefined length: UI has a 2-byte length, so use UT #FFFFFFFF
                        Hex.parse("10 00 00 40 'UT' 00 00 FF FF FF FF"), EXPLICIT_LE,
                        "undefined length is not allowed"),
                Arguments.of("fragment of undefined length",
                        Hex.parse("E0 7F 10 00 'OB' 00 00 FF FF FF FF FE FF 00 E0 FF FF FF FF"),
                        EXPLICIT_LE, "has an undefined length"),
                Arguments.of("stream ends inside a sequence",
                        Hex.parse("08 00 15 11 'SQ' 00 00 FF FF FF FF FE FF 00 E0 FF FF FF FF"),
                        EXPLICIT_LE, "inside the item"),
                Arguments.of("huge length at top level",
                        // (7FE0,0010) OW #0xFFFFFFF0 followed by 10 bytes
                        Hex.parse("E0 7F 10 00 'OW' 00 00 F0 FF FF FF 00 01 02 03 04 05 06 07 08 09"),
                        EXPLICIT_LE, "stream ends inside the value"),
                Arguments.of("huge implicit length",
                        // (0009,1010) #0xFFFFFFF0 followed by 2 bytes
                        Hex.parse("09 00 10 10 F0 FF FF FF 00 01"), IMPLICIT_LE, "stream ends inside the value"),
                Arguments.of("huge length inside a defined-length item",
                        // (0008,1115) SQ #24, Item #16, (0009,1010) OB #0xFFFFFFF0
                        Hex.parse("08 00 15 11 'SQ' 00 00 18 00 00 00 FE FF 00 E0 10 00 00 00",
                                "09 00 10 10 'OB' 00 00 F0 FF FF FF 00 00 00 00"),
                        EXPLICIT_LE, "runs past the end of the item"),
                Arguments.of("truncated tag",
                        Hex.parse("08 00 60"), EXPLICIT_LE, "inside the tag"),
                Arguments.of("truncated header",
                        Hex.parse("08 00 60 00 'CS' 02"), EXPLICIT_LE, "inside the header of (0008,0060)"),
                Arguments.of("corrupt deflate data",
                        Hex.parse("FF FF FF FF FF FF FF FF FF FF"), TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                        "corrupt deflate data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedDataSetsAreRejected(String name, byte[] data, TransferSyntax ts, String expectedMessage) {
        DicomDataException e = scanFails(data, ts);
        assertTrue(e.getMessage().contains(expectedMessage), "message: " + e.getMessage());
    }

    @Test
    void hugeLengthIsNeverAllocated() throws IOException {
        // (7FE0,0010) OW #0xFFFFFFF0 followed by 10 bytes
        byte[] data = Hex.parse("E0 7F 10 00 'OW' 00 00 F0 FF FF FF 00 01 02 03 04 05 06 07 08 09");
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data), EXPLICIT_LE)) {
            ElementHeader header = reader.next();
            assertEquals(0xFFFFFFF0L, header.length());
            assertThrows(DicomDataException.class, () -> reader.readValue(Integer.MAX_VALUE));
            assertThrows(DicomDataException.class, () -> reader.readString(Integer.MAX_VALUE));
            DicomDataException e = assertThrows(DicomDataException.class, reader::skipValue);
            assertTrue(e.getMessage().contains("bytes short"), e.getMessage());
        }
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("explicit LE", DataSetFixtures.EXPLICIT_LE, EXPLICIT_LE),
                Arguments.of("implicit LE", DataSetFixtures.IMPLICIT_LE, IMPLICIT_LE),
                Arguments.of("explicit BE", DataSetFixtures.EXPLICIT_BE, TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN),
                Arguments.of("encapsulated", DataSetFixtures.ENCAPSULATED,
                        TransferSyntaxes.lookup("1.2.840.10008.1.2.4.90").orElseThrow()),
                Arguments.of("UN sequence", DataSetFixtures.UN_SEQUENCE, EXPLICIT_LE),
                Arguments.of("meta then BE", DataSetFixtures.META_THEN_BIG_ENDIAN,
                        TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void truncationAtEveryOffsetIsDetected(String name, String[] elements, TransferSyntax ts) throws IOException {
        byte[] data = DataSetFixtures.bytes(elements);
        List<Integer> boundaries = DataSetFixtures.boundaries(elements);
        for (int cut = 0; cut <= data.length; cut++) {
            byte[] truncated = Arrays.copyOf(data, cut);
            if (boundaries.contains(cut)) {
                DataSetScanner.scan(new ByteArrayInputStream(truncated), ts);
            } else {
                try {
                    DataSetScanner.scan(new ByteArrayInputStream(truncated), ts);
                    fail(name + " cut at " + cut + " of " + data.length + " was accepted");
                } catch (DicomDataException expected) {
                    // the point of the test
                }
            }
        }
    }

    @Test
    void truncatedDeflateStreamIsDetectedAtEveryOffset() throws IOException {
        byte[] deflated = DataSetFixtures.deflate(DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE));
        TransferSyntax ts = TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN;
        assertEquals(DataSetFixtures.ATTRIBUTES, DataSetScanner.scan(new ByteArrayInputStream(deflated), ts));
        for (int cut = 0; cut < deflated.length; cut++) {
            scanFails(Arrays.copyOf(deflated, cut), ts);
        }
    }

    /** {@code levels} sequences of undefined length, each holding one item of undefined length. */
    private static byte[] nestedUndefined(int levels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < levels; i++) {
            // (0008,1115) SQ undefined, (FFFE,E000) Item undefined
            out.writeBytes(Hex.parse("08 00 15 11 'SQ' 00 00 FF FF FF FF FE FF 00 E0 FF FF FF FF"));
        }
        // innermost (0008,0060) CS #2 CT
        out.writeBytes(Hex.parse("08 00 60 00 'CS' 02 00 'CT'"));
        for (int i = 0; i < levels; i++) {
            // Item Delimitation Item, Sequence Delimitation Item
            out.writeBytes(Hex.parse("FE FF 0D E0 00 00 00 00 FE FF DD E0 00 00 00 00"));
        }
        return out.toByteArray();
    }

    /** {@code levels} sequences of defined length, each holding one item of defined length. */
    private static byte[] nestedDefined(int levels) {
        // innermost (0008,0060) CS #2 CT
        byte[] content = Hex.parse("08 00 60 00 'CS' 02 00 'CT'");
        for (int i = 0; i < levels; i++) {
            int itemLength = content.length;
            int sequenceLength = itemLength + 8;
            byte[] wrapped = Hex.concat(
                    // (0008,1115) SQ #sequenceLength, (FFFE,E000) Item #itemLength
                    Hex.parse("08 00 15 11 'SQ' 00 00"), le32(sequenceLength),
                    Hex.parse("FE FF 00 E0"), le32(itemLength), content);
            content = wrapped;
        }
        return content;
    }

    private static byte[] le32(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    @Test
    void nestingUpToTheLimitIsAccepted() throws IOException {
        DataSetScanner.scan(new ByteArrayInputStream(nestedUndefined(DataElementReader.MAX_SEQUENCE_DEPTH)),
                EXPLICIT_LE);
        DataSetScanner.scan(new ByteArrayInputStream(nestedDefined(DataElementReader.MAX_SEQUENCE_DEPTH)),
                EXPLICIT_LE);
    }

    @Test
    void nestingBeyondTheLimitIsRejected() {
        DicomDataException undefined = scanFails(nestedUndefined(DataElementReader.MAX_SEQUENCE_DEPTH + 1),
                EXPLICIT_LE);
        assertTrue(undefined.getMessage().contains("nested deeper than 64"), undefined.getMessage());
        DicomDataException defined = scanFails(nestedDefined(DataElementReader.MAX_SEQUENCE_DEPTH + 1),
                EXPLICIT_LE);
        assertTrue(defined.getMessage().contains("nested deeper than 64"), defined.getMessage());
        DicomDataException deep = scanFails(nestedUndefined(100_000), EXPLICIT_LE);
        assertTrue(deep.getMessage().contains("nested deeper than 64"), deep.getMessage());
    }
}
