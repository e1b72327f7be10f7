package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataElementReaderTest {

    /** One line per header: depth, tag, VR, length, and the value as a string when it has one. */
    private static List<String> walk(byte[] data, TransferSyntax ts) throws IOException {
        return walk(data, ts, data.length);
    }

    private static List<String> walk(byte[] data, TransferSyntax ts, long endPosition) throws IOException {
        List<String> lines = new ArrayList<>();
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data), ts)) {
            ElementHeader header;
            while ((header = reader.next()) != null) {
                String line = reader.depth() + " " + header;
                if (reader.hasPendingValue()) {
                    VR vr = header.vr();
                    boolean text = vr != null && vr.paddingByte() == ' ' || vr == VR.UI;
                    line += text ? " [" + reader.readString(256) + "]" : " " + hex(reader.readValue(256));
                }
                lines.add(line);
            }
            assertEquals(endPosition, reader.position(), "position at end");
        }
        return lines;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X", b));
        }
        return s.toString();
    }

    @Test
    void explicitLittleEndian() throws IOException {
        assertEquals(List.of(
                "0 (0008,0016) UI #26 [1.2.840.10008.5.1.4.1.1.7]",
                "0 (0008,0018) UI #8 [1.2.3.4]",
                "0 (0008,0021) DA #8 [20240131]",
                "0 (0008,0060) CS #2 [OT]",
                "0 (0008,1115) SQ #22",
                "1 (FFFE,E000) #14",
                "1 (0008,1150) UI #6 [1.2.3]",
                "0 (0010,0010) PN #4 [Doe^]",
                "0 (0020,000D) UI #6 [1.2.5]",
                "0 (0020,000E) UI #6 [1.2.6]",
                "0 (0040,0275) SQ undefined length",
                "1 (FFFE,E000) undefined length",
                "1 (0040,1001) SH #2 [P1]",
                "1 (FFFE,E00D) #0",
                "1 (FFFE,E0DD) #0",
                "0 (7FE0,0010) OW #4 01020304"),
                walk(DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void implicitLittleEndianTakesVrsFromTheDictionary() throws IOException {
        assertEquals(List.of(
                "0 (0008,0016) UI #26 [1.2.840.10008.5.1.4.1.1.7]",
                "0 (0008,0018) UI #8 [1.2.3.4]",
                "0 (0008,0021) DA #8 [20240131]",
                "0 (0008,0060) CS #2 [OT]",
                "0 (0008,1115) UN #18 FEFF00E00A00000008005011020000003100",
                "0 (0020,000D) UI #6 [1.2.5]",
                "0 (0020,000E) UI #6 [1.2.6]",
                "0 (0040,0275) SQ undefined length",
                "1 (FFFE,E000) undefined length",
                "1 (0040,1001) UN #2 5031",
                "1 (FFFE,E00D) #0",
                "1 (FFFE,E0DD) #0",
                "0 (7FE0,0010) OW #4 01020304"),
                walk(DataSetFixtures.bytes(DataSetFixtures.IMPLICIT_LE), TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void explicitBigEndian() throws IOException {
        assertEquals(List.of(
                "0 (0008,0016) UI #26 [1.2.840.10008.5.1.4.1.1.7]",
                "0 (0008,0018) UI #8 [1.2.3.4]",
                "0 (0008,0021) DA #8 [20240131]",
                "0 (0008,0060) CS #2 [OT]",
                "0 (0008,1115) SQ #22",
                "1 (FFFE,E000) #14",
                "1 (0008,1150) UI #6 [1.2.3]",
                "0 (0020,000D) UI #6 [1.2.5]",
                "0 (0020,000E) UI #6 [1.2.6]",
                "0 (0040,0275) SQ undefined length",
                "1 (FFFE,E000) undefined length",
                "1 (0040,1001) SH #2 [P1]",
                "1 (FFFE,E00D) #0",
                "1 (FFFE,E0DD) #0",
                "0 (7FE0,0010) OW #4 01020304"),
                walk(DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_BE), TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN));
    }

    @Test
    void deflatedIsInflatedAndPositionCountsInflatedBytes() throws IOException {
        byte[] plain = DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE);
        byte[] deflated = DataSetFixtures.deflate(plain);
        assertTrue(deflated.length < plain.length, "fixture compresses");
        assertEquals(walk(plain, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN),
                walk(deflated, TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN, plain.length));
    }

    @Test
    void encapsulatedPixelDataYieldsFragmentsAsValues() throws IOException {
        TransferSyntax jpeg = TransferSyntaxes.lookup("1.2.840.10008.1.2.4.50").orElseThrow();
        assertEquals(List.of(
                "0 (0008,0016) UI #26 [1.2.840.10008.5.1.4.1.1.7]",
                "0 (0008,0018) UI #8 [1.2.3.4]",
                "0 (0008,0021) DA #8 [20240131]",
                "0 (0008,0060) CS #2 [OT]",
                "0 (0020,000D) UI #6 [1.2.5]",
                "0 (0020,000E) UI #6 [1.2.6]",
                "0 (7FE0,0010) OB undefined length",
                "1 (FFFE,E000) #0 ",
                "1 (FFFE,E000) #4 FFD8FFD9",
                "1 (FFFE,E000) #6 FFD80000FFD9",
                "1 (FFFE,E0DD) #0",
                "0 (FFFC,FFFC) OB #2 0000"),
                walk(DataSetFixtures.bytes(DataSetFixtures.ENCAPSULATED), jpeg));
    }

    @Test
    void otherObOfUndefinedLengthIsLaidOutAsFragments() throws IOException {
        byte[] data = Hex.parse(
                // (0009,1010) OB undefined length, (FFFE,E000) Item #2 = 01 02, (FFFE,E0DD) Sequence Delimitation
                "09 00 10 10 'OB' 00 00 FF FF FF FF FE FF 00 E0 02 00 00 00 01 02 FE FF DD E0 00 00 00 00");
        assertEquals(List.of(
                "0 (0009,1010) OB undefined length",
                "1 (FFFE,E000) #2 0102",
                "1 (FFFE,E0DD) #0"),
                walk(data, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void unknownVrOfUndefinedLengthIsAnImplicitLittleEndianSequence() throws IOException {
        assertEquals(List.of(
                "0 (0008,0016) UI #26 [1.2.840.10008.5.1.4.1.1.7]",
                "0 (0009,0010) LO #8 [ACME 1.0]",
                "0 (0009,1010) UN undefined length",
                "1 (FFFE,E000) undefined length",
                "1 (0008,1150) UN #6 312E322E3300",
                "1 (0009,1011) UN #16 000102030405060708090A0B0C0D0E0F",
                "1 (FFFE,E00D) #0",
                "1 (FFFE,E0DD) #0",
                "0 (0020,000D) UI #6 [1.2.5]"),
                walk(DataSetFixtures.bytes(DataSetFixtures.UN_SEQUENCE), TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void leadingGroup0002IsExplicitLittleEndianWhateverTheDataSetSyntax() throws IOException {
        assertEquals(List.of(
                "0 (0002,0000) UL #4 1C000000",
                "0 (0002,0010) UI #20 [1.2.840.10008.1.2.2]",
                "0 (0008,0016) UI #26 [1.2.840.10008.5.1.4.1.1.7]",
                "0 (0008,0060) CS #2 [OT]"),
                walk(DataSetFixtures.bytes(DataSetFixtures.META_THEN_BIG_ENDIAN),
                        TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN));
    }

    @Test
    void leadingGroup0002BeforeAnImplicitDataSet() throws IOException {
        byte[] data = Hex.concat(
                // (0002,0010) UI #18 Transfer Syntax UID = 1.2.840.10008.1.2 (explicit VR, PS3.10 §7.1)
                Hex.parse("02 00 10 00 'UI' 12 00 '1.2.840.10008.1.2' 00"),
                // (0008,0060) #2 Modality = CT, implicit VR
                Hex.parse("08 00 60 00 02 00 00 00 'CT'"));
        assertEquals(List.of("0 (0002,0010) UI #18 [1.2.840.10008.1.2]", "0 (0008,0060) CS #2 [CT]"),
                walk(data, TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN));
    }

    @Test
    void readStringTrimsPaddingPerVr() throws IOException {
        byte[] data = Hex.parse(
                // (0008,0060) CS #4 "  CT" with leading spaces, which CS does not keep
                "08 00 60 00 'CS' 04 00 '  CT'",
                // (0008,0018) UI #8 1.2.3.4 + NUL
                "08 00 18 00 'UI' 08 00 '1.2.3.4' 00",
                // (0010,4000) LT #6 "  a b " : leading spaces significant, trailing space is padding
                "10 00 00 40 'LT' 06 00 '  a b '");
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            reader.next();
            assertEquals("CT", reader.readString(64));
            reader.next();
            assertEquals("1.2.3.4", reader.readString(64));
            reader.next();
            assertEquals("  a b", reader.readString(64));
            assertNull(reader.next());
        }
    }

    @Test
    void tooLongValueLeavesItPendingSoItCanBeSkipped() throws IOException {
        byte[] data = DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE);
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            ElementHeader header = reader.next();
            assertEquals(Tag.SOPClassUID, header.tag());
            DicomDataException e = assertThrows(DicomDataException.class, () -> reader.readValue(10));
            assertTrue(e.getMessage().contains("26 bytes long, more than the 10 allowed"), e.getMessage());
            assertTrue(reader.hasPendingValue());
            reader.skipValue();
            assertEquals(Tag.SOPInstanceUID, reader.next().tag());
            assertEquals("1.2.3.4", reader.readString(64));
        }
    }

    @Test
    void positionDepthAndHeaderFlags() throws IOException {
        byte[] data = DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE);
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            assertEquals(0, reader.position());
            reader.next();
            assertEquals(8, reader.position(), "short explicit header is 8 bytes");
            reader.skipValue();
            assertEquals(34, reader.position());
            ElementHeader header;
            while ((header = reader.next()).tag() != 0x00400275) {
                if (reader.hasPendingValue()) {
                    reader.skipValue();
                }
            }
            assertTrue(header.undefinedLength());
            assertFalse(reader.hasPendingValue());
            ElementHeader item = reader.next();
            assertTrue(item.isItem());
            assertNull(item.vr());
            assertEquals(1, reader.depth());
            reader.next();
            reader.skipValue();
            assertTrue(reader.next().isItemDelimitation());
            assertTrue(reader.next().isSequenceDelimitation());
            ElementHeader pixels = reader.next();
            assertEquals(0, reader.depth());
            long valueStart = reader.position();
            assertEquals(12, valueStart - (data.length - 4 - 12), "long explicit header is 12 bytes");
            assertArrayEquals(new byte[] {1, 2, 3, 4}, reader.readValue(4));
            assertEquals(Tag.PixelData, pixels.tag());
        }
    }

    @Test
    void nextBeforeConsumingTheValueIsAProgrammingError() throws IOException {
        byte[] data = DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE);
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            reader.next();
            assertThrows(IllegalStateException.class, reader::next);
        }
    }

    @Test
    void sequencesHaveNoValueOfTheirOwn() throws IOException {
        byte[] data = DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE);
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            ElementHeader header;
            while ((header = reader.next()).vr() != VR.SQ) {
                reader.skipValue();
            }
            assertThrows(IllegalStateException.class, () -> reader.readValue(100));
            assertThrows(IllegalStateException.class, reader::skipValue);
        }
    }

    @Test
    void readerIsUnusableAfterAnError() throws IOException {
        // (FFFE,E000) Item #0 outside any sequence
        byte[] data = Hex.parse("FE FF 00 E0 00 00 00 00");
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            assertThrows(DicomDataException.class, reader::next);
            assertThrows(IllegalStateException.class, reader::next);
        }
    }

    @Test
    void oddLengthsAndUnknownVrCodesAreReadLikeDcmtkReadsThem() throws IOException {
        // (0008,0060) CS #3 "CT " (odd length); (0008,0070) "ZZ" #2 "AB" (undefined VR code, 2-byte length);
        // (0008,0080) lower-case "lo" #2 "XY"
        byte[] data = Hex.parse("08 00 60 00 'CS' 03 00 'CT ' 08 00 70 00 'ZZ' 02 00 'AB' 08 00 80 00 'lo' 02 00 'XY'");
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(data),
                TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            ElementHeader modality = reader.next();
            assertEquals(3, modality.length());
            assertEquals("CT", reader.readString(16));
            ElementHeader unknown = reader.next();
            assertEquals(VR.UN, unknown.vr());
            assertEquals(2, unknown.length());
            reader.skipValue();
            assertEquals(VR.UN, reader.next().vr());
            assertEquals("XY", reader.readString(16));
            assertNull(reader.next());
        }
    }

    @Test
    void emptyStreamIsAnEmptyDataSet() throws IOException {
        try (DataElementReader reader = new DataElementReader(new ByteArrayInputStream(new byte[0]),
                TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN)) {
            assertNull(reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void nonDeflatedReaderLeavesTheStreamRightAfterTheLastElement() throws IOException {
        byte[] data = DataSetFixtures.bytes(DataSetFixtures.EXPLICIT_LE);
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        try (DataElementReader reader = new DataElementReader(in, TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN)) {
            reader.next();
            reader.skipValue();
            assertEquals(data.length - 34, in.available());
        }
    }
}
