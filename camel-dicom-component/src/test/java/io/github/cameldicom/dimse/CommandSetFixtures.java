package io.github.cameldicom.dimse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Command sets in Implicit VR Little Endian, written element by element from PS3.7 Tables 9.3-1 (C-STORE-RQ), 9.3-2
 * (C-STORE-RSP), 9.3-12 (C-ECHO-RQ) and 9.3-13 (C-ECHO-RSP) with the tags and VRs of Table E.1-1. Each element is
 * its 8-byte header (group, element, value length; PS3.5 Table 7.1-3) followed by its value.
 */
final class CommandSetFixtures {

    static final String VERIFICATION = "1.2.840.10008.1.1";
    static final String SECONDARY_CAPTURE_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.7";
    static final String INSTANCE = "1.2.826.0.1.3680043.9.7433.1.1";

    static final byte[] C_ECHO_RQ = hex(
            // (0000,0000) CommandGroupLength UL, 4 bytes: 56
            "00 00 00 00 04 00 00 00", "38 00 00 00",
            // (0000,0002) AffectedSOPClassUID UI, 18 bytes: "1.2.840.10008.1.1" + NUL
            "00 00 02 00 12 00 00 00",
            "31 2E 32 2E 38 34 30 2E 31 30 30 30 38 2E 31 2E",
            "31 00",
            // (0000,0100) CommandField US, 2 bytes: 0030H
            "00 00 00 01 02 00 00 00", "30 00",
            // (0000,0110) MessageID US, 2 bytes: 1
            "00 00 10 01 02 00 00 00", "01 00",
            // (0000,0800) CommandDataSetType US, 2 bytes: 0101H
            "00 00 00 08 02 00 00 00", "01 01");

    static final byte[] C_ECHO_RSP = hex(
            // (0000,0000) CommandGroupLength UL, 4 bytes: 66
            "00 00 00 00 04 00 00 00", "42 00 00 00",
            // (0000,0002) AffectedSOPClassUID UI, 18 bytes: "1.2.840.10008.1.1" + NUL
            "00 00 02 00 12 00 00 00",
            "31 2E 32 2E 38 34 30 2E 31 30 30 30 38 2E 31 2E",
            "31 00",
            // (0000,0100) CommandField US, 2 bytes: 8030H
            "00 00 00 01 02 00 00 00", "30 80",
            // (0000,0120) MessageIDBeingRespondedTo US, 2 bytes: 1
            "00 00 20 01 02 00 00 00", "01 00",
            // (0000,0800) CommandDataSetType US, 2 bytes: 0101H
            "00 00 00 08 02 00 00 00", "01 01",
            // (0000,0900) Status US, 2 bytes: 0000H
            "00 00 00 09 02 00 00 00", "00 00");

    static final byte[] C_STORE_RQ = hex(
            // (0000,0000) CommandGroupLength UL, 4 bytes: 112
            "00 00 00 00 04 00 00 00", "70 00 00 00",
            // (0000,0002) AffectedSOPClassUID UI, 26 bytes: "1.2.840.10008.5.1.4.1.1.7" + NUL
            "00 00 02 00 1A 00 00 00",
            "31 2E 32 2E 38 34 30 2E 31 30 30 30 38 2E 35 2E",
            "31 2E 34 2E 31 2E 31 2E 37 00",
            // (0000,0100) CommandField US, 2 bytes: 0001H
            "00 00 00 01 02 00 00 00", "01 00",
            // (0000,0110) MessageID US, 2 bytes: 7
            "00 00 10 01 02 00 00 00", "07 00",
            // (0000,0700) Priority US, 2 bytes: 0
            "00 00 00 07 02 00 00 00", "00 00",
            // (0000,0800) CommandDataSetType US, 2 bytes: 0000H
            "00 00 00 08 02 00 00 00", "00 00",
            // (0000,1000) AffectedSOPInstanceUID UI, 30 bytes: "1.2.826.0.1.3680043.9.7433.1.1"
            "00 00 00 10 1E 00 00 00",
            "31 2E 32 2E 38 32 36 2E 30 2E 31 2E 33 36 38 30",
            "30 34 33 2E 39 2E 37 34 33 33 2E 31 2E 31");

    static final byte[] C_STORE_RQ_FOR_MOVE = hex(
            // (0000,0000) CommandGroupLength UL, 4 bytes: 138
            "00 00 00 00 04 00 00 00", "8A 00 00 00",
            // (0000,0002) AffectedSOPClassUID UI, 26 bytes: "1.2.840.10008.5.1.4.1.1.7" + NUL
            "00 00 02 00 1A 00 00 00",
            "31 2E 32 2E 38 34 30 2E 31 30 30 30 38 2E 35 2E",
            "31 2E 34 2E 31 2E 31 2E 37 00",
            // (0000,0100) CommandField US, 2 bytes: 0001H
            "00 00 00 01 02 00 00 00", "01 00",
            // (0000,0110) MessageID US, 2 bytes: 8
            "00 00 10 01 02 00 00 00", "08 00",
            // (0000,0700) Priority US, 2 bytes: 2
            "00 00 00 07 02 00 00 00", "02 00",
            // (0000,0800) CommandDataSetType US, 2 bytes: 0102H
            "00 00 00 08 02 00 00 00", "02 01",
            // (0000,1000) AffectedSOPInstanceUID UI, 30 bytes: "1.2.826.0.1.3680043.9.7433.1.1"
            "00 00 00 10 1E 00 00 00",
            "31 2E 32 2E 38 32 36 2E 30 2E 31 2E 33 36 38 30",
            "30 34 33 2E 39 2E 37 34 33 33 2E 31 2E 31",
            // (0000,1030) MoveOriginatorApplicationEntityTitle AE, 8 bytes: "MOVESCU" + space
            "00 00 30 10 08 00 00 00", "4D 4F 56 45 53 43 55 20",
            // (0000,1031) MoveOriginatorMessageID US, 2 bytes: 3
            "00 00 31 10 02 00 00 00", "03 00");

    static final byte[] C_STORE_RSP = hex(
            // (0000,0000) CommandGroupLength UL, 4 bytes: 112
            "00 00 00 00 04 00 00 00", "70 00 00 00",
            // (0000,0002) AffectedSOPClassUID UI, 26 bytes: "1.2.840.10008.5.1.4.1.1.7" + NUL
            "00 00 02 00 1A 00 00 00",
            "31 2E 32 2E 38 34 30 2E 31 30 30 30 38 2E 35 2E",
            "31 2E 34 2E 31 2E 31 2E 37 00",
            // (0000,0100) CommandField US, 2 bytes: 8001H
            "00 00 00 01 02 00 00 00", "01 80",
            // (0000,0120) MessageIDBeingRespondedTo US, 2 bytes: 7
            "00 00 20 01 02 00 00 00", "07 00",
            // (0000,0800) CommandDataSetType US, 2 bytes: 0101H
            "00 00 00 08 02 00 00 00", "01 01",
            // (0000,0900) Status US, 2 bytes: 0000H
            "00 00 00 09 02 00 00 00", "00 00",
            // (0000,1000) AffectedSOPInstanceUID UI, 30 bytes: "1.2.826.0.1.3680043.9.7433.1.1"
            "00 00 00 10 1E 00 00 00",
            "31 2E 32 2E 38 32 36 2E 30 2E 31 2E 33 36 38 30",
            "30 34 33 2E 39 2E 37 34 33 33 2E 31 2E 31");

    static final byte[] C_STORE_RSP_OUT_OF_RESOURCES = hex(
            // (0000,0000) CommandGroupLength UL, 4 bytes: 130
            "00 00 00 00 04 00 00 00", "82 00 00 00",
            // (0000,0002) AffectedSOPClassUID UI, 26 bytes: "1.2.840.10008.5.1.4.1.1.7" + NUL
            "00 00 02 00 1A 00 00 00",
            "31 2E 32 2E 38 34 30 2E 31 30 30 30 38 2E 35 2E",
            "31 2E 34 2E 31 2E 31 2E 37 00",
            // (0000,0100) CommandField US, 2 bytes: 8001H
            "00 00 00 01 02 00 00 00", "01 80",
            // (0000,0120) MessageIDBeingRespondedTo US, 2 bytes: 7
            "00 00 20 01 02 00 00 00", "07 00",
            // (0000,0800) CommandDataSetType US, 2 bytes: 0101H
            "00 00 00 08 02 00 00 00", "01 01",
            // (0000,0900) Status US, 2 bytes: A700H
            "00 00 00 09 02 00 00 00", "00 A7",
            // (0000,0902) ErrorComment LO, 10 bytes: "Disk full" + space
            "00 00 02 09 0A 00 00 00", "44 69 73 6B 20 66 75 6C 6C 20",
            // (0000,1000) AffectedSOPInstanceUID UI, 30 bytes: "1.2.826.0.1.3680043.9.7433.1.1"
            "00 00 00 10 1E 00 00 00",
            "31 2E 32 2E 38 32 36 2E 30 2E 31 2E 33 36 38 30",
            "30 34 33 2E 39 2E 37 34 33 33 2E 31 2E 31");

    /**
     * The C-STORE-RSP to {@link #C_STORE_RQ} with its Affected SOP Instance UID replaced by one that is no UID: 0117H,
     * and no (0000,1000) AffectedSOPInstanceUID, which is U(=) in a response (PS3.7 Table 9.1-1).
     */
    static final byte[] C_STORE_RSP_INVALID_INSTANCE = hex(
            // (0000,0000) CommandGroupLength UL, 4 bytes: 74
            "00 00 00 00 04 00 00 00", "4A 00 00 00",
            // (0000,0002) AffectedSOPClassUID UI, 26 bytes: "1.2.840.10008.5.1.4.1.1.7" + NUL
            "00 00 02 00 1A 00 00 00",
            "31 2E 32 2E 38 34 30 2E 31 30 30 30 38 2E 35 2E",
            "31 2E 34 2E 31 2E 31 2E 37 00",
            // (0000,0100) CommandField US, 2 bytes: 8001H
            "00 00 00 01 02 00 00 00", "01 80",
            // (0000,0120) MessageIDBeingRespondedTo US, 2 bytes: 7
            "00 00 20 01 02 00 00 00", "07 00",
            // (0000,0800) CommandDataSetType US, 2 bytes: 0101H
            "00 00 00 08 02 00 00 00", "01 01",
            // (0000,0900) Status US, 2 bytes: 0117H
            "00 00 00 09 02 00 00 00", "17 01");

    private CommandSetFixtures() {
    }

    /** One group 0000 element: tag (0000,number), value length and the value bytes as given, unpadded. */
    static byte[] element(int number, byte[] value) {
        return concat(hex(String.format("00 00 %02X %02X", number & 0xFF, number >>> 8)), uint32(value.length), value);
    }

    /** A US value, little endian. */
    static byte[] us(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8)};
    }

    /** A UL value, little endian. */
    static byte[] uint32(long value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    /** Text as ASCII bytes, unpadded. */
    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Concatenates hex strings such as {@code "00 00 00 01"}; spaces are ignored. */
    static byte[] hex(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            out.writeBytes(HexFormat.of().parseHex(part.replace(" ", "")));
        }
        return out.toByteArray();
    }
}
