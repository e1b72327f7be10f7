package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class Part10Test {

    private static final FileMetaInformation META = new FileMetaInformation("1.2.840.10008.5.1.4.1.1.7", "1.2.3.4",
            "1.2.840.10008.1.2.1", "1.2.3.4.5", "CAMELDICOM_010", "STORESCU");

    /**
     * The File Meta Information of {@link #META} after the 128-byte preamble, PS3.10 §7.1 Table 7.1-1, all in
     * Explicit VR Little Endian.
     */
    private static final byte[] META_BYTES = Hex.parse(
            // DICOM prefix
            "'DICM'",
            // (0002,0000) UL #4 File Meta Information Group Length = 148 (0x94)
            "02 00 00 00 'UL' 04 00 94 00 00 00",
            // (0002,0001) OB #2 File Meta Information Version = 00 01 (12-byte header, Table 7.1-1)
            "02 00 01 00 'OB' 00 00 02 00 00 00 00 01",
            // (0002,0002) UI #26 Media Storage SOP Class UID = 1.2.840.10008.5.1.4.1.1.7 + NUL
            "02 00 02 00 'UI' 1A 00 '1.2.840.10008.5.1.4.1.1.7' 00",
            // (0002,0003) UI #8 Media Storage SOP Instance UID = 1.2.3.4 + NUL
            "02 00 03 00 'UI' 08 00 '1.2.3.4' 00",
            // (0002,0010) UI #20 Transfer Syntax UID = 1.2.840.10008.1.2.1 + NUL
            "02 00 10 00 'UI' 14 00 '1.2.840.10008.1.2.1' 00",
            // (0002,0012) UI #10 Implementation Class UID = 1.2.3.4.5 + NUL
            "02 00 12 00 'UI' 0A 00 '1.2.3.4.5' 00",
            // (0002,0013) SH #14 Implementation Version Name = CAMELDICOM_010
            "02 00 13 00 'SH' 0E 00 'CAMELDICOM_010'",
            // (0002,0016) AE #8 Source Application Entity Title = STORESCU
            "02 00 16 00 'AE' 08 00 'STORESCU'");

    /** A small data set in Explicit VR Little Endian: (0008,0016), (0008,0018), (0008,0060). */
    private static final byte[] DATA_SET = Hex.parse(
            // (0008,0016) UI #26 SOP Class UID = 1.2.840.10008.5.1.4.1.1.7 + NUL
            "08 00 16 00 'UI' 1A 00 '1.2.840.10008.5.1.4.1.1.7' 00",
            // (0008,0018) UI #8 SOP Instance UID = 1.2.3.4 + NUL
            "08 00 18 00 'UI' 08 00 '1.2.3.4' 00",
            // (0008,0060) CS #2 Modality = OT
            "08 00 60 00 'CS' 02 00 'OT'");

    @Test
    void headerIsByteExact() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.writeHeader(out, META);
        byte[] written = out.toByteArray();
        assertArrayEquals(new byte[128], Arrays.copyOf(written, 128), "zero preamble");
        assertArrayEquals(META_BYTES, Arrays.copyOfRange(written, 128, written.length));
    }

    @Test
    void oddValuesArePaddedPerVr() {
        byte[] header = Part10Writer.encodeHeader(
                new FileMetaInformation("1.2", "1.2.3", "1.2.840.10008.1.2", "1.2", "ODD", "SCU"));
        byte[] meta = Arrays.copyOfRange(header, 128 + 4 + 12, header.length);
        assertArrayEquals(Hex.parse(
                // (0002,0001) OB #2 00 01
                "02 00 01 00 'OB' 00 00 02 00 00 00 00 01",
                // (0002,0002) UI #4 "1.2" + NUL
                "02 00 02 00 'UI' 04 00 '1.2' 00",
                // (0002,0003) UI #6 "1.2.3" + NUL
                "02 00 03 00 'UI' 06 00 '1.2.3' 00",
                // (0002,0010) UI #18 "1.2.840.10008.1.2" + NUL
                "02 00 10 00 'UI' 12 00 '1.2.840.10008.1.2' 00",
                // (0002,0012) UI #4 "1.2" + NUL
                "02 00 12 00 'UI' 04 00 '1.2' 00",
                // (0002,0013) SH #4 "ODD" + space
                "02 00 13 00 'SH' 04 00 'ODD '",
                // (0002,0016) AE #4 "SCU" + space
                "02 00 16 00 'AE' 04 00 'SCU '"), meta);
    }

    @Test
    void optionalValuesAreOmitted() throws IOException {
        FileMetaInformation meta = new FileMetaInformation("1.2", "1.2.3", "1.2.840.10008.1.2", "1.2", null, null);
        Part10File file = Part10Reader.open(new ByteArrayInputStream(Part10Writer.encodeHeader(meta)));
        assertEquals(meta, file.meta());
    }

    @Test
    void ofUsesThisImplementation() {
        FileMetaInformation meta = FileMetaInformation.of("1.2.840.10008.5.1.4.1.1.2", "1.2.3",
                "1.2.840.10008.1.2", "MODALITY");
        assertEquals(new FileMetaInformation("1.2.840.10008.5.1.4.1.1.2", "1.2.3", "1.2.840.10008.1.2",
                Uids.IMPLEMENTATION_CLASS_UID, Uids.IMPLEMENTATION_VERSION_NAME, "MODALITY"), meta);
    }

    @Test
    void roundTripLeavesTheStreamAtTheDataSet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.writeHeader(out, META);
        out.write(DATA_SET);
        Part10File file = Part10Reader.open(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(META, file.meta());
        assertEquals(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, file.transferSyntax());
        assertArrayEquals(DATA_SET, file.dataSet().readAllBytes());
    }

    @Test
    void invalidValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Part10Writer.encodeHeader(
                new FileMetaInformation("1.2", "1.2.3", null, "1.2", null, null)));
        assertThrows(IllegalArgumentException.class, () -> Part10Writer.encodeHeader(
                new FileMetaInformation("1.2", "1.2.x", "1.2.840.10008.1.2", "1.2", null, null)));
        assertThrows(IllegalArgumentException.class, () -> Part10Writer.encodeHeader(
                new FileMetaInformation("1.2", "1." + "2".repeat(64), "1.2.840.10008.1.2", "1.2", null, null)));
        assertThrows(IllegalArgumentException.class, () -> Part10Writer.encodeHeader(
                new FileMetaInformation("1.2", "1.2", "1.2.840.10008.1.2", "1.2", null, "SEVENTEEN_LETTERS")));
        assertThrows(IllegalArgumentException.class, () -> Part10Writer.encodeHeader(
                new FileMetaInformation("1.2", "1.2", "1.2.840.10008.1.2", "1.2", "A\\B", null)));
    }

    @Test
    void fileWithoutPrefixIsRejected() {
        byte[] noPrefix = new byte[200];
        DicomDataException e = assertThrows(DicomDataException.class,
                () -> Part10Reader.open(new ByteArrayInputStream(noPrefix)));
        assertTrue(e.getMessage().contains("DICM"), e.getMessage());
        assertThrows(DicomDataException.class, () -> Part10Reader.open(new ByteArrayInputStream(new byte[10])));
    }

    @Test
    void truncatedMetaIsRejected() {
        byte[] header = Part10Writer.encodeHeader(META);
        byte[] truncated = Arrays.copyOf(header, header.length - 3);
        assertThrows(DicomDataException.class, () -> Part10Reader.open(new ByteArrayInputStream(truncated)));
    }

    @Test
    void missingTransferSyntaxIsReported() throws IOException {
        byte[] file = Hex.concat(new byte[128], Hex.parse(
                "'DICM'",
                // (0002,0002) UI #4 Media Storage SOP Class UID = 1.2 + NUL
                "02 00 02 00 'UI' 04 00 '1.2' 00"));
        Part10File opened = Part10Reader.open(new ByteArrayInputStream(file));
        assertEquals("1.2", opened.meta().mediaStorageSopClassUid());
        assertThrows(DicomDataException.class, opened::transferSyntax);
    }

    @Test
    void dcmdumpReadsWrittenFile(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("written.dcm");
        try (OutputStream out = Files.newOutputStream(file)) {
            Part10Writer.writeHeader(out, FileMetaInformation.of("1.2.840.10008.5.1.4.1.1.7", "1.2.3.4",
                    "1.2.840.10008.1.2.1", "STORESCU"));
            out.write(DATA_SET);
        }
        String dump = Dcmtk.run("dcmdump", "-Un", "+E", file.toString());
        assertTrue(dump.contains("(0002,0002) UI [1.2.840.10008.5.1.4.1.1.7]"), dump);
        assertTrue(dump.contains("(0002,0003) UI [1.2.3.4]"), dump);
        assertTrue(dump.contains("(0002,0010) UI [1.2.840.10008.1.2.1]"), dump);
        assertTrue(dump.contains("(0002,0012) UI [" + Uids.IMPLEMENTATION_CLASS_UID + "]"), dump);
        assertTrue(dump.contains("(0002,0013) SH [CAMELDICOM_010]"), dump);
        assertTrue(dump.contains("(0002,0016) AE [STORESCU]"), dump);
        assertTrue(dump.contains("(0008,0060) CS [OT]"), dump);
        assertTrue(!dump.contains("W: ") && !dump.contains("E: "), dump);
    }

    @Test
    void readsPydicomSampleMeta() throws IOException {
        try (InputStream in = Files.newInputStream(Dcmtk.pydicomFile("CT_small.dcm"))) {
            Part10File file = Part10Reader.open(in);
            assertEquals("1.2.840.10008.5.1.4.1.1.2", file.meta().mediaStorageSopClassUid());
            assertEquals("1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322", file.meta().mediaStorageSopInstanceUid());
            assertEquals(TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN, file.transferSyntax());
        }
    }

    @Test
    void fileWithoutMetaIsRejected() throws IOException {
        try (InputStream in = Files.newInputStream(Dcmtk.pydicomFile("no_meta.dcm"))) {
            assertThrows(DicomDataException.class, () -> Part10Reader.open(in));
        }
    }
}
