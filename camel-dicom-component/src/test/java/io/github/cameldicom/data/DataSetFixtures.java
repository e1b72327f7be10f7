package io.github.cameldicom.data;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Small data sets encoded by hand from PS3.5 §7.1.2 (Explicit VR, Table 7.1-1 and 7.1-2), §7.1.3 (Implicit VR,
 * Table 7.1-3), §7.3 (byte order), §7.5 (sequences, Tables 7.5-1 to 7.5-3) and Annex A.4 (encapsulated Pixel Data,
 * Table A.4-1). Each fixture is a list of top-level elements, so tests know where a truncated copy is still a
 * well-formed (shorter) data set.
 */
final class DataSetFixtures {

    static final String SOP_CLASS = "1.2.840.10008.5.1.4.1.1.7";
    static final String SOP_INSTANCE = "1.2.3.4";
    static final String STUDY = "1.2.5";
    static final String SERIES = "1.2.6";
    static final String SERIES_DATE = "20240131";
    static final String MODALITY = "OT";

    /** The attributes every "instance" fixture below holds. */
    static final InstanceAttributes ATTRIBUTES =
            new InstanceAttributes(SOP_CLASS, SOP_INSTANCE, STUDY, SERIES, SERIES_DATE, MODALITY);

    /**
     * Explicit VR Little Endian (PS3.5 Annex A.2): the six attributes, a sequence of undefined length holding one
     * item of undefined length, a sequence of defined length holding one item of defined length, and native Pixel
     * Data.
     */
    static final String[] EXPLICIT_LE = {
        // (0008,0016) UI #26 SOP Class UID = 1.2.840.10008.5.1.4.1.1.7 + NUL pad
        "08 00 16 00 'UI' 1A 00 '1.2.840.10008.5.1.4.1.1.7' 00",
        // (0008,0018) UI #8 SOP Instance UID = 1.2.3.4 + NUL pad
        "08 00 18 00 'UI' 08 00 '1.2.3.4' 00",
        // (0008,0021) DA #8 Series Date = 20240131
        "08 00 21 00 'DA' 08 00 '20240131'",
        // (0008,0060) CS #2 Modality = OT
        "08 00 60 00 'CS' 02 00 'OT'",
        // (0008,1115) SQ #22 Referenced Series Sequence, 12-byte header (Table 7.1-1)
        //   (FFFE,E000) Item #14
        //     (0008,1150) UI #6 Referenced SOP Class UID = 1.2.3 + NUL
        "08 00 15 11 'SQ' 00 00 16 00 00 00"
            + " FE FF 00 E0 0E 00 00 00"
            + " 08 00 50 11 'UI' 06 00 '1.2.3' 00",
        // (0010,0010) PN #4 Patient's Name = Doe^
        "10 00 10 00 'PN' 04 00 'Doe^'",
        // (0020,000D) UI #6 Study Instance UID = 1.2.5 + NUL
        "20 00 0D 00 'UI' 06 00 '1.2.5' 00",
        // (0020,000E) UI #6 Series Instance UID = 1.2.6 + NUL
        "20 00 0E 00 'UI' 06 00 '1.2.6' 00",
        // (0040,0275) SQ undefined length, Request Attributes Sequence
        //   (FFFE,E000) Item, undefined length
        //     (0040,1001) SH #2 Requested Procedure ID = P1
        //   (FFFE,E00D) Item Delimitation Item #0
        // (FFFE,E0DD) Sequence Delimitation Item #0
        "40 00 75 02 'SQ' 00 00 FF FF FF FF"
            + " FE FF 00 E0 FF FF FF FF"
            + " 40 00 01 10 'SH' 02 00 'P1'"
            + " FE FF 0D E0 00 00 00 00"
            + " FE FF DD E0 00 00 00 00",
        // (7FE0,0010) OW #4 Pixel Data = 0201 0403
        "E0 7F 10 00 'OW' 00 00 04 00 00 00 01 02 03 04",
    };

    /**
     * The same data set in Implicit VR Little Endian (PS3.5 Annex A.1, Table 7.1-3): tag, 32-bit length, value. The
     * undefined-length sequence is known to be one only by its length.
     */
    static final String[] IMPLICIT_LE = {
        // (0008,0016) #26 SOP Class UID
        "08 00 16 00 1A 00 00 00 '1.2.840.10008.5.1.4.1.1.7' 00",
        // (0008,0018) #8 SOP Instance UID
        "08 00 18 00 08 00 00 00 '1.2.3.4' 00",
        // (0008,0021) #8 Series Date
        "08 00 21 00 08 00 00 00 '20240131'",
        // (0008,0060) #2 Modality
        "08 00 60 00 02 00 00 00 'OT'",
        // (0008,1115) #18 Referenced Series Sequence of defined length: not in the reader's dictionary, so UN
        //   (FFFE,E000) Item #10
        //     (0008,1150) #2 Referenced SOP Class UID = 1 + NUL
        "08 00 15 11 12 00 00 00"
            + " FE FF 00 E0 0A 00 00 00"
            + " 08 00 50 11 02 00 00 00 '1' 00",
        // (0020,000D) #6 Study Instance UID
        "20 00 0D 00 06 00 00 00 '1.2.5' 00",
        // (0020,000E) #6 Series Instance UID
        "20 00 0E 00 06 00 00 00 '1.2.6' 00",
        // (0040,0275) undefined length, so a sequence
        //   (FFFE,E000) Item, undefined length
        //     (0040,1001) #2 Requested Procedure ID = P1
        //   (FFFE,E00D) Item Delimitation Item
        // (FFFE,E0DD) Sequence Delimitation Item
        "40 00 75 02 FF FF FF FF"
            + " FE FF 00 E0 FF FF FF FF"
            + " 40 00 01 10 02 00 00 00 'P1'"
            + " FE FF 0D E0 00 00 00 00"
            + " FE FF DD E0 00 00 00 00",
        // (7FE0,0010) #4 Pixel Data
        "E0 7F 10 00 04 00 00 00 01 02 03 04",
    };

    /** The same data set in Explicit VR Big Endian (PS3.5 Annex A.3, §7.3): tags, lengths and items big endian. */
    static final String[] EXPLICIT_BE = {
        // (0008,0016) UI #26 SOP Class UID
        "00 08 00 16 'UI' 00 1A '1.2.840.10008.5.1.4.1.1.7' 00",
        // (0008,0018) UI #8 SOP Instance UID
        "00 08 00 18 'UI' 00 08 '1.2.3.4' 00",
        // (0008,0021) DA #8 Series Date
        "00 08 00 21 'DA' 00 08 '20240131'",
        // (0008,0060) CS #2 Modality
        "00 08 00 60 'CS' 00 02 'OT'",
        // (0008,1115) SQ #22, (FFFE,E000) Item #14, (0008,1150) UI #6
        "00 08 11 15 'SQ' 00 00 00 00 00 16"
            + " FF FE E0 00 00 00 00 0E"
            + " 00 08 11 50 'UI' 00 06 '1.2.3' 00",
        // (0020,000D) UI #6 Study Instance UID
        "00 20 00 0D 'UI' 00 06 '1.2.5' 00",
        // (0020,000E) UI #6 Series Instance UID
        "00 20 00 0E 'UI' 00 06 '1.2.6' 00",
        // (0040,0275) SQ undefined, Item undefined, (0040,1001) SH #2, Item Delimitation, Sequence Delimitation
        "00 40 02 75 'SQ' 00 00 FF FF FF FF"
            + " FF FE E0 00 FF FF FF FF"
            + " 00 40 10 01 'SH' 00 02 'P1'"
            + " FF FE E0 0D 00 00 00 00"
            + " FF FE E0 DD 00 00 00 00",
        // (7FE0,0010) OW #4 Pixel Data, two 16-bit words 0x0102 0x0304 in big endian
        "7F E0 00 10 'OW' 00 00 00 00 00 04 01 02 03 04",
    };

    /**
     * Encapsulated Pixel Data in Explicit VR Little Endian (PS3.5 Annex A.4, Table A.4-1): an empty Basic Offset
     * Table item, then one fragment per frame.
     */
    static final String[] ENCAPSULATED = {
        // (0008,0016) UI #26 SOP Class UID
        "08 00 16 00 'UI' 1A 00 '1.2.840.10008.5.1.4.1.1.7' 00",
        // (0008,0018) UI #8 SOP Instance UID
        "08 00 18 00 'UI' 08 00 '1.2.3.4' 00",
        // (0008,0021) DA #8 Series Date
        "08 00 21 00 'DA' 08 00 '20240131'",
        // (0008,0060) CS #2 Modality
        "08 00 60 00 'CS' 02 00 'OT'",
        // (0020,000D) UI #6 Study Instance UID
        "20 00 0D 00 'UI' 06 00 '1.2.5' 00",
        // (0020,000E) UI #6 Series Instance UID
        "20 00 0E 00 'UI' 06 00 '1.2.6' 00",
        // (7FE0,0010) OB undefined length
        //   (FFFE,E000) Item #0: empty Basic Offset Table
        //   (FFFE,E000) Item #4: fragment FF D8 FF D9 (JPEG SOI, EOI)
        //   (FFFE,E000) Item #6: fragment FF D8 00 00 FF D9
        // (FFFE,E0DD) Sequence Delimitation Item #0
        "E0 7F 10 00 'OB' 00 00 FF FF FF FF"
            + " FE FF 00 E0 00 00 00 00"
            + " FE FF 00 E0 04 00 00 00 FF D8 FF D9"
            + " FE FF 00 E0 06 00 00 00 FF D8 00 00 FF D9"
            + " FE FF DD E0 00 00 00 00",
        // (FFFC,FFFC) OB #2 Data Set Trailing Padding
        "FC FF FC FF 'OB' 00 00 02 00 00 00 00 00",
    };

    /**
     * Explicit VR Little Endian with a private UN element of undefined length, whose content is a sequence in
     * Implicit VR Little Endian (PS3.5 §6.2.2).
     */
    static final String[] UN_SEQUENCE = {
        // (0008,0016) UI #26 SOP Class UID
        "08 00 16 00 'UI' 1A 00 '1.2.840.10008.5.1.4.1.1.7' 00",
        // (0009,0010) LO #8 private creator = ACME 1.0
        "09 00 10 00 'LO' 08 00 'ACME 1.0'",
        // (0009,1010) UN undefined length
        //   (FFFE,E000) Item undefined
        //     (0008,1150) #6 (implicit) Referenced SOP Class UID = 1.2.3 + NUL
        //     (0009,1011) #16 (implicit) private bytes
        //   (FFFE,E00D) Item Delimitation Item
        // (FFFE,E0DD) Sequence Delimitation Item
        "09 00 10 10 'UN' 00 00 FF FF FF FF"
            + " FE FF 00 E0 FF FF FF FF"
            + " 08 00 50 11 06 00 00 00 '1.2.3' 00"
            + " 09 00 11 10 10 00 00 00 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F"
            + " FE FF 0D E0 00 00 00 00"
            + " FE FF DD E0 00 00 00 00",
        // (0020,000D) UI #6 Study Instance UID
        "20 00 0D 00 'UI' 06 00 '1.2.5' 00",
    };

    /**
     * File Meta Information (always Explicit VR Little Endian, PS3.10 §7.1) followed by a data set in Explicit VR
     * Big Endian.
     */
    static final String[] META_THEN_BIG_ENDIAN = {
        // (0002,0000) UL #4 File Meta Information Group Length = 28
        "02 00 00 00 'UL' 04 00 1C 00 00 00",
        // (0002,0010) UI #20 Transfer Syntax UID = 1.2.840.10008.1.2.2 + NUL
        "02 00 10 00 'UI' 14 00 '1.2.840.10008.1.2.2' 00",
        // (0008,0016) UI #26 SOP Class UID, big endian
        "00 08 00 16 'UI' 00 1A '1.2.840.10008.5.1.4.1.1.7' 00",
        // (0008,0060) CS #2 Modality, big endian
        "00 08 00 60 'CS' 00 02 'OT'",
    };

    private DataSetFixtures() {
    }

    static byte[] bytes(String[] elements) {
        return Hex.parse(elements);
    }

    /** Offsets at which the fixture can be cut and still be a well-formed data set: 0, and after each element. */
    static List<Integer> boundaries(String[] elements) {
        List<Integer> offsets = new ArrayList<>();
        int offset = 0;
        offsets.add(offset);
        for (String element : elements) {
            offset += Hex.parse(element).length;
            offsets.add(offset);
        }
        return offsets;
    }

    /** Raw deflate (RFC 1951, no zlib wrapper) as PS3.5 Annex A.5 requires. */
    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[data.length + 64];
            int n = deflater.deflate(buffer);
            if (!deflater.finished()) {
                throw new IllegalStateException("deflate buffer too small");
            }
            return java.util.Arrays.copyOf(buffer, n);
        } finally {
            deflater.end();
        }
    }
}
