package io.github.cameldicom.net.pdu;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Bounded big-endian reader over one PDU body or one item value inside it (PS3.8 §9.3.1: all fields are big endian).
 * Every read that would run past the bound throws {@link PduException} with
 * {@link AAbort.Reason#INVALID_PDU_PARAMETER_VALUE}; reads never go past the array slice the reader was given, so a
 * hostile length can neither over-read nor make us allocate more than the bytes already received.
 */
final class PduReader {

    private final byte[] buffer;
    /** Where the PDU body starts in {@link #buffer}; offsets in messages are relative to it. */
    private final int origin;
    private final int end;
    private int position;

    PduReader(byte[] buffer, int offset, int length) {
        this(buffer, offset, offset, length);
    }

    private PduReader(byte[] buffer, int origin, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        this.buffer = buffer;
        this.origin = origin;
        this.position = offset;
        this.end = offset + length;
    }

    boolean hasRemaining() {
        return position < end;
    }

    int remaining() {
        return end - position;
    }

    /** Offset of the next byte from the start of the PDU body, for messages. */
    int bodyOffset() {
        return position - origin;
    }

    byte[] buffer() {
        return buffer;
    }

    /** Absolute index of the next byte in {@link #buffer()}. */
    int position() {
        return position;
    }

    int u8(String field) throws PduException {
        need(1, field);
        return buffer[position++] & 0xFF;
    }

    int u16(String field) throws PduException {
        need(2, field);
        int value = (buffer[position] & 0xFF) << 8 | buffer[position + 1] & 0xFF;
        position += 2;
        return value;
    }

    long u32(String field) throws PduException {
        need(4, field);
        long value = (long) (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                | (buffer[position + 2] & 0xFF) << 8 | buffer[position + 3] & 0xFF;
        position += 4;
        return value;
    }

    /** Skips a reserved field: PS3.8 §9.3.1, reserved fields are sent as zero but not tested when received. */
    void skip(int length, String field) throws PduException {
        need(length, field);
        position += length;
    }

    byte[] bytes(int length, String field) throws PduException {
        need(length, field);
        byte[] value = Arrays.copyOfRange(buffer, position, position + length);
        position += length;
        return value;
    }

    /**
     * A reader over the next {@code length} bytes (an item's value), advancing past them. The length comes from the
     * wire, so running past this reader's bound is the peer's error, not a truncated read.
     */
    PduReader item(long length, String field) throws PduException {
        if (length > remaining()) {
            throw invalid(field + " length " + length + " at offset " + bodyOffset() + " runs past its parent ("
                    + remaining() + " bytes left)");
        }
        PduReader item = new PduReader(buffer, origin, position, (int) length);
        position += (int) length;
        return item;
    }

    /**
     * A UID or other ISO 646 (basic G0) text field of {@code length} bytes. Trailing NUL and space padding is
     * stripped: PS3.8 Annex F says UIDs are not padded, but senders pad odd-length UIDs as PS3.5 §9.1 does for data
     * elements. Any byte outside 20H-7EH (ISO 646 G0) is an invalid parameter value.
     */
    String text(int length, String field) throws PduException {
        need(length, field);
        int start = position;
        int stop = start + length;
        position = stop;
        while (stop > start && (buffer[stop - 1] == 0 || buffer[stop - 1] == ' ')) {
            stop--;
        }
        for (int i = start; i < stop; i++) {
            int c = buffer[i] & 0xFF;
            if (c < 0x20 || c > 0x7E) {
                throw invalid(String.format("%s has byte 0x%02X at offset %d, outside ISO 646 G0", field, c,
                        i - origin));
            }
        }
        return new String(buffer, start, stop - start, StandardCharsets.US_ASCII);
    }

    /** The rest of this reader as text, see {@link #text(int, String)}. */
    String text(String field) throws PduException {
        return text(remaining(), field);
    }

    /** Fails when bytes are left over: a fixed-length field or item is longer than its layout allows. */
    void requireEnd(String what) throws PduException {
        if (hasRemaining()) {
            throw invalid(what + " has " + remaining() + " bytes beyond its last field at offset " + bodyOffset());
        }
    }

    PduException invalid(String message) {
        return new PduException(AAbort.Reason.INVALID_PDU_PARAMETER_VALUE, message);
    }

    private void need(int length, String field) throws PduException {
        if (length > remaining()) {
            throw invalid("truncated " + field + ": needs " + length + " bytes at offset " + bodyOffset() + ", "
                    + remaining() + " left");
        }
    }
}
