package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real-world files from Debian's python3-pydicom, written by many toolkits, in every transfer syntax family. The
 * expected attributes come from DCMTK's dcmdump, so the two implementations are checked against each other.
 */
@Timeout(120)
class PydicomSamplesTest {

    /** A top-level line of {@code dcmdump +p -Un +P ...}: nested ones start with the path of their sequence. */
    private static final Pattern DUMP_LINE =
            Pattern.compile("^\\(([0-9a-f]{4}),([0-9a-f]{4})\\) [A-Z]{2} (?:\\[(.*?)\\]|\\(no value available\\))");

    private static InstanceAttributes expectedFromDcmdump(Path file) throws IOException, InterruptedException {
        String dump = Dcmtk.run("dcmdump", "-q", "+p", "-Un", "+P", "0008,0016", "+P", "0008,0018", "+P",
                "0020,000d", "+P", "0020,000e", "+P", "0008,0021", "+P", "0008,0060", file.toString());
        Map<Integer, String> values = new HashMap<>();
        for (String line : dump.split("\n")) {
            Matcher m = DUMP_LINE.matcher(line);
            if (m.find()) {
                int tag = Integer.parseInt(m.group(1) + m.group(2), 16);
                values.put(tag, m.group(3) == null ? "" : m.group(3));
            }
        }
        return new InstanceAttributes(values.get(Tag.SOPClassUID), values.get(Tag.SOPInstanceUID),
                values.get(Tag.StudyInstanceUID), values.get(Tag.SeriesInstanceUID), values.get(Tag.SeriesDate),
                values.get(Tag.Modality));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Explicit VR Little Endian
        "CT_small.dcm", "MR_small.dcm", "MR_small_padded.dcm", "SC_rgb_small_odd.dcm",
        "SC_ybr_full_422_uncompressed.dcm", "liver_1frame.dcm", "reportsi.dcm", "test-SR.dcm", "waveform_ecg.dcm",
        "badVR.dcm",
        // Implicit VR Little Endian
        "MR_small_implicit.dcm", "rtplan.dcm", "rtdose.dcm", "rtdose_1frame.dcm", "priv_SQ.dcm",
        "empty_charset_LEI.dcm", "no_meta_group_length.dcm", "SC_rgb_jpeg_dcmd.dcm",
        // Explicit VR Big Endian
        "MR_small_bigendian.dcm", "MR_small_expb.dcm", "ExplVR_BigEnd.dcm", "liver_expb_1frame.dcm",
        "rtdose_expb.dcm", "rtdose_expb_1frame.dcm",
        // Deflated Explicit VR Little Endian
        "image_dfl.dcm",
        // JPEG
        "JPEG-lossy.dcm", "JPGExtended.dcm", "SC_rgb_jpeg_dcmtk.dcm", "SC_rgb_jpeg_gdcm.dcm",
        "SC_rgb_jpeg_lossy_gdcm.dcm", "SC_rgb_dcmtk_+eb+cr.dcm", "SC_rgb_small_odd_jpeg.dcm",
        "SC_jpeg_no_color_transform.dcm", "UN_sequence.dcm",
        // JPEG-LS
        "MR_small_jpeg_ls_lossless.dcm",
        // JPEG 2000
        "JPEG2000.dcm", "MR_small_jp2klossless.dcm", "693_J2KI.dcm", "GDCMJ2K_TextGBR.dcm", "SC_rgb_gdcm_KY.dcm",
        "J2K_pixelrep_mismatch.dcm", "JPEG2000-embedded-sequence-delimiter.dcm",
        // RLE
        "MR_small_RLE.dcm", "SC_rgb_rle.dcm", "SC_rgb_rle_2frame.dcm", "SC_rgb_rle_16bit.dcm",
        "SC_rgb_rle_32bit_2frame.dcm"})
    void scannedAttributesMatchDcmdump(String name) throws IOException, InterruptedException {
        Path path = Dcmtk.pydicomFile(name);
        InstanceAttributes expected = expectedFromDcmdump(path);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            Part10File file = Part10Reader.open(in);
            assertEquals(expected, DataSetScanner.scan(file.dataSet(), file.transferSyntax()));
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            Part10File file = Part10Reader.open(in);
            assertEquals(expected, DataSetScanner.scanLeading(file.dataSet(), file.transferSyntax()));
        }
    }

    /** file, Transfer Syntax UID: the reader consumes every byte after the File Meta Information. */
    @ParameterizedTest
    @CsvSource({
        "CT_small.dcm,                   1.2.840.10008.1.2.1",
        "MR_small_implicit.dcm,          1.2.840.10008.1.2",
        "MR_small_bigendian.dcm,         1.2.840.10008.1.2.2",
        "JPEG2000.dcm,                   1.2.840.10008.1.2.4.91",
        "MR_small_RLE.dcm,               1.2.840.10008.1.2.5",
        "MR_small_jpeg_ls_lossless.dcm,  1.2.840.10008.1.2.4.80",
        "SC_rgb_jpeg_dcmtk.dcm,          1.2.840.10008.1.2.4.50",
        "rtdose_rle.dcm,                 1.2.840.10008.1.2.5",
    })
    void readerConsumesTheWholeDataSet(String name, String transferSyntaxUid) throws IOException {
        Path path = Dcmtk.pydicomFile(name);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            Part10File file = Part10Reader.open(in);
            assertEquals(transferSyntaxUid, file.meta().transferSyntaxUid());
            long metaEnd = Files.size(path) - file.dataSet().available();
            try (DataElementReader reader = new DataElementReader(file.dataSet(), file.transferSyntax())) {
                int fragments = 0;
                ElementHeader header;
                while ((header = reader.next()) != null) {
                    if (reader.hasPendingValue()) {
                        if (header.isItem()) {
                            fragments++;
                        }
                        reader.skipValue();
                    }
                }
                assertEquals(Files.size(path) - metaEnd, reader.position());
                assertEquals(file.transferSyntax().encapsulated(), fragments > 0);
            }
        }
    }

    /** Every attribute of this file is encoded as UN, which dcmdump shows as bytes, so compare with known values. */
    @org.junit.jupiter.api.Test
    void attributesEncodedAsUnknownVr() throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Dcmtk.pydicomFile("rtdose_rle.dcm")))) {
            Part10File file = Part10Reader.open(in);
            assertEquals(new InstanceAttributes("1.2.840.10008.5.1.4.1.1.481.2",
                    "1.9.999.999.99.9.9999.9999.20030818153516", "1.2.999.999.99.9.9999.8888",
                    "1.2.777.777.77.7.7777.7777", null, "RTDOSE"),
                    DataSetScanner.scan(file.dataSet(), file.transferSyntax()));
        }
    }

    /**
     * Element (0001,0002) has the odd length 9, which PS3.5 §7.1.1 forbids; DCMTK reads it with a warning, and so do
     * we, to the end of the data set.
     */
    @org.junit.jupiter.api.Test
    void oddLengthInNestedPrivateSequenceIsReadLikeDcmtk() throws IOException {
        try (InputStream in = new BufferedInputStream(
                Files.newInputStream(Dcmtk.pydicomFile("nested_priv_SQ.dcm")))) {
            Part10File file = Part10Reader.open(in);
            DataSetScanner.scan(file.dataSet(), file.transferSyntax());
            assertEquals(-1, file.dataSet().read(), "the whole data set was read");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"MR_truncated.dcm", "rtplan_truncated.dcm"})
    void truncatedFilesAreRejected(String name) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Dcmtk.pydicomFile(name)))) {
            Part10File file = Part10Reader.open(in);
            DicomDataException e = assertThrows(DicomDataException.class,
                    () -> DataSetScanner.scan(file.dataSet(), file.transferSyntax()));
            assertTrue(e.getMessage().contains("stream ends"), e.getMessage());
        }
    }
}
