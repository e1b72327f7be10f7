package io.github.cameldicom.net.pdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.function.Executable;

/** Decoding a whole encoded PDU the way the socket layer will, and asserting the A-ABORT reason of a failure. */
final class PduTestSupport {

    private PduTestSupport() {
    }

    /** Decodes a whole PDU (header included), checking that its PDU-length matches the array. */
    static Pdu decode(byte[] pdu) throws PduException {
        assertEquals(pdu.length - PduCodec.HEADER_LENGTH, PduCodec.pduLength(pdu, 0), "fixture PDU-length");
        return PduCodec.decode(pdu[0] & 0xFF, pdu, PduCodec.HEADER_LENGTH, pdu.length - PduCodec.HEADER_LENGTH);
    }

    /** Decodes only the first {@code bodyLength} bytes of the body, as if the PDU-length said so. */
    static Pdu decodeBody(byte[] pdu, int bodyLength) throws PduException {
        return PduCodec.decode(pdu[0] & 0xFF, pdu, PduCodec.HEADER_LENGTH, bodyLength);
    }

    /** The same PDU with one more byte of zero in the body and the PDU-length raised to match. */
    static byte[] withTrailingZero(byte[] pdu) {
        byte[] longer = Arrays.copyOf(pdu, pdu.length + 1);
        setPduLength(longer);
        return longer;
    }

    static void setPduLength(byte[] pdu) {
        int length = pdu.length - PduCodec.HEADER_LENGTH;
        pdu[2] = (byte) (length >>> 24);
        pdu[3] = (byte) (length >>> 16);
        pdu[4] = (byte) (length >>> 8);
        pdu[5] = (byte) length;
    }

    /** A copy of {@code bytes} with {@code [from, to)} replaced by {@code insert}; lengths are left to the caller. */
    static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }

    /** Item-length of the item whose type byte is at {@code itemStart} (2 bytes at +2). */
    static int itemLength(byte[] bytes, int itemStart) {
        return (bytes[itemStart + 2] & 0xFF) << 8 | bytes[itemStart + 3] & 0xFF;
    }

    static void setItemLength(byte[] bytes, int itemStart, int length) {
        bytes[itemStart + 2] = (byte) (length >>> 8);
        bytes[itemStart + 3] = (byte) length;
    }

    /** A copy without the whole item (header and value) starting at {@code itemStart}, PDU-length adjusted. */
    static byte[] withoutItem(byte[] pdu, int itemStart) {
        byte[] out = splice(pdu, itemStart, itemStart + 4 + itemLength(pdu, itemStart), new byte[0]);
        setPduLength(out);
        return out;
    }

    /** A copy with the whole item starting at {@code itemStart} repeated right after itself, PDU-length adjusted. */
    static byte[] withItemTwice(byte[] pdu, int itemStart) {
        int end = itemStart + 4 + itemLength(pdu, itemStart);
        byte[] out = splice(pdu, end, end, Arrays.copyOfRange(pdu, itemStart, end));
        setPduLength(out);
        return out;
    }

    /** Index of the first occurrence of {@code pattern} in {@code bytes}, failing when absent. */
    static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern " + Hex.encode(pattern) + " not in " + Hex.encode(bytes));
    }

    static PduException assertAbortReason(AAbort.Reason expected, Executable decoding) {
        PduException e = assertThrows(PduException.class, decoding);
        assertEquals(expected, e.reason(), e.getMessage());
        assertEquals(AAbort.Source.SERVICE_PROVIDER, e.source());
        return e;
    }

    /** Every strict prefix of the body must be rejected as an invalid parameter value. */
    static void assertEveryTruncationInvalid(byte[] pdu) {
        for (int cut = 0; cut < pdu.length - PduCodec.HEADER_LENGTH; cut++) {
            int bodyLength = cut;
            PduException e = assertThrows(PduException.class, () -> decodeBody(pdu, bodyLength),
                    "body cut to " + cut + " bytes");
            assertEquals(AAbort.Reason.INVALID_PDU_PARAMETER_VALUE, e.reason(),
                    "body cut to " + cut + " bytes: " + e.getMessage());
        }
    }
}
