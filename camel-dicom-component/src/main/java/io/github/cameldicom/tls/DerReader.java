package io.github.cameldicom.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reads the few DER types that private key structures use (ITU-T X.690 §8 and §10): definite lengths only, every
 * length checked against the bytes actually present, so that a damaged file fails with a message instead of an
 * allocation or an index error.
 */
final class DerReader {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int OBJECT_IDENTIFIER = 0x06;
    static final int SEQUENCE = 0x30;
    /** Context-specific, constructed: {@code [n]} is {@code CONTEXT_CONSTRUCTED | n}. */
    static final int CONTEXT_CONSTRUCTED = 0xA0;

    private final byte[] der;
    private final int end;
    private int pos;

    DerReader(byte[] der) {
        this(der, 0, der.length);
    }

    private DerReader(byte[] der, int offset, int end) {
        this.der = der;
        this.pos = offset;
        this.end = end;
    }

    boolean hasMore() {
        return pos < end;
    }

    /** The tag of the next element, or -1 at the end. */
    int peekTag() {
        return pos < end ? der[pos] & 0xFF : -1;
    }

    /** The next element must be a SEQUENCE; returns a reader over its content. */
    DerReader sequence() throws IOException {
        return nested(SEQUENCE);
    }

    /** The next element must be the constructed context-specific tag {@code [number]}; a reader over its content. */
    DerReader explicit(int number) throws IOException {
        return nested(CONTEXT_CONSTRUCTED | number);
    }

    BigInteger integer() throws IOException {
        byte[] value = value(INTEGER);
        if (value.length == 0) {
            throw new IOException("malformed DER: empty INTEGER");
        }
        return new BigInteger(value);
    }

    byte[] octetString() throws IOException {
        return value(OCTET_STRING);
    }

    /** An OBJECT IDENTIFIER in dotted form (X.690 §8.19). */
    String objectIdentifier() throws IOException {
        byte[] value = value(OBJECT_IDENTIFIER);
        if (value.length == 0 || (value[value.length - 1] & 0x80) != 0) {
            throw new IOException("malformed DER: truncated OBJECT IDENTIFIER");
        }
        StringBuilder oid = new StringBuilder();
        long arc = 0;
        boolean first = true;
        for (byte b : value) {
            if (arc > (Long.MAX_VALUE >>> 7)) {
                throw new IOException("malformed DER: OBJECT IDENTIFIER arc too large");
            }
            arc = (arc << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (first) {
                    // The first subidentifier packs the first two arcs as 40 * X + Y (X.690 §8.19.4).
                    int x = (int) Math.min(arc / 40, 2);
                    oid.append(x).append('.').append(arc - 40L * x);
                    first = false;
                } else {
                    oid.append('.').append(arc);
                }
                arc = 0;
            }
        }
        return oid.toString();
    }

    /** Skips the next element, whatever it is. */
    void skip() throws IOException {
        int[] header = header();
        pos = header[1] + header[2];
    }

    private DerReader nested(int tag) throws IOException {
        int[] header = expect(tag);
        pos = header[1] + header[2];
        return new DerReader(der, header[1], header[1] + header[2]);
    }

    private byte[] value(int tag) throws IOException {
        int[] header = expect(tag);
        pos = header[1] + header[2];
        return Arrays.copyOfRange(der, header[1], header[1] + header[2]);
    }

    private int[] expect(int tag) throws IOException {
        if (peekTag() != tag) {
            throw new IOException(String.format("malformed DER: expected tag 0x%02X, found %s", tag,
                    hasMore() ? String.format("0x%02X", peekTag()) : "the end of the data"));
        }
        return header();
    }

    /** {tag, content offset, content length} of the element at {@code pos}, without moving. */
    private int[] header() throws IOException {
        if (pos >= end) {
            throw new IOException("malformed DER: element expected at the end of the data");
        }
        int tag = der[pos] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            throw new IOException("malformed DER: multi-byte tags are not used in keys");
        }
        int p = pos + 1;
        if (p >= end) {
            throw new IOException("malformed DER: length missing");
        }
        int first = der[p++] & 0xFF;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7F;
            if (count == 0) {
                throw new IOException("malformed DER: indefinite length");
            }
            if (count > 4 || p + count > end) {
                throw new IOException("malformed DER: length field of " + count + " bytes");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (der[p++] & 0xFF);
            }
        }
        if (length > end - p) {
            throw new IOException("malformed DER: element of " + length + " bytes, only " + (end - p) + " left");
        }
        return new int[] {tag, p, (int) length};
    }
}
