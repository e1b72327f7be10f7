package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Encoding rules shared by the PDUs and items: item headers (PS3.8 §9.3.1: item-type, reserved 00H, 2-byte
 * big-endian item-length) and ISO 646 text. Encoding validates its input and throws
 * {@link IllegalArgumentException}: a value that cannot be written is the caller's bug, not the peer's.
 */
final class WireFormat {

    /** Item-type, reserved byte and item-length before every item's value. */
    static final int ITEM_HEADER_LENGTH = 4;

    static final int MAX_ITEM_LENGTH = 0xFFFF;

    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private WireFormat() {
    }

    /** Byte length of an ISO 646 (basic G0, 20H-7EH) text value; one byte per character. */
    static int textLength(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(
                        String.format("%s has character U+%04X at %d, outside ISO 646 G0", field, (int) c, i));
            }
        }
        return value.length();
    }

    /** Total length of an item whose value is one text field, checked against the 16-bit item-length. */
    static int textItemLength(String field, String value) {
        return ITEM_HEADER_LENGTH + checkItemLength(field, textLength(field, value));
    }

    static int checkItemLength(String item, int valueLength) {
        if (valueLength > MAX_ITEM_LENGTH) {
            throw new IllegalArgumentException(item + " needs " + valueLength + " bytes, more than the 16-bit "
                    + "item-length allows");
        }
        return valueLength;
    }

    static int checkUnsigned16(String field, int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(field + " " + value + " is not an unsigned 16-bit value");
        }
        return value;
    }

    /** Presentation-context-ID: odd integers 1 to 255, PS3.8 §9.3.2.2, Table 9-13. */
    static int checkPresentationContextId(int id) {
        if (id < 1 || id > 255 || id % 2 == 0) {
            throw new IllegalArgumentException("Presentation-context-ID " + id + " is not an odd integer 1-255");
        }
        return id;
    }

    static boolean isPresentationContextId(int id) {
        return id >= 1 && id <= 255 && id % 2 == 1;
    }

    /**
     * Reads the reserved byte and the 2-byte item-length that follow an item-type already read, and returns a reader
     * over the item's value (PS3.8 §9.3.1).
     *
     * @param kind what the caller calls such an item in messages, e.g. {@code "Sub-item"}
     */
    static PduReader item(PduReader r, int itemType, String kind) throws PduException {
        r.skip(1, "Reserved");
        return r.item(r.u16("Item-length"), itemLabel(kind, itemType));
    }

    /** {@code kind} and the item-type as two upper-case hex digits, e.g. {@code "Sub-item 51H"}. */
    static String itemLabel(String kind, int itemType) {
        return kind + " " + UPPER_HEX.toHexDigits((byte) itemType) + "H";
    }

    static void putItemHeader(ByteBuffer dst, int itemType, int itemLength) {
        dst.put((byte) itemType).put((byte) 0).putShort((short) itemLength);
    }

    /** Writes text already checked by {@link #textLength}. */
    static void putText(ByteBuffer dst, String value) {
        dst.put(value.getBytes(StandardCharsets.US_ASCII));
    }

    static void putTextItem(ByteBuffer dst, int itemType, String value) {
        putItemHeader(dst, itemType, value.length());
        putText(dst, value);
    }

    /** Reads a 2-byte length followed by that many bytes of text, as the UID fields of PS3.7 Annex D.3.3 are laid out. */
    static String lengthPrefixedText(PduReader r, String field) throws PduException {
        int length = r.u16(field + "-length");
        return r.text(length, field);
    }

    static byte[] lengthPrefixedBytes(PduReader r, String field) throws PduException {
        int length = r.u16(field + "-length");
        return r.bytes(length, field);
    }

    static void putLengthPrefixedText(ByteBuffer dst, String value) {
        dst.putShort((short) value.length());
        putText(dst, value);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
