package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes whole PDUs. PS3.8 §9.3.1: every PDU is a 6-byte header followed by its body, all fields big
 * endian.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type, see {@link PduType}
 *      1      1 reserved (sent as 00H, not tested)
 *      2      4 PDU-length: unsigned length of the body that follows
 *      6      n body
 * </pre>
 *
 * <p>The caller reads the header, checks the PDU-length against its own limit (see {@link #pduLength}), reads the
 * body and hands it to {@link #decode}. Decoding follows one rule: reserved fields and fields the standard says
 * "shall not be tested" are skipped; any other field whose value the standard does not define, including values it
 * marks "reserved", makes the PDU invalid. Errors are {@link PduException}s whose reason is the A-ABORT reason
 * (PS3.8 Table 9-26) and whose source is always the service provider:
 * <ul>
 *   <li>an unknown PDU type: {@link AAbort.Reason#UNRECOGNIZED_PDU};</li>
 *   <li>an unknown item type among the items of an A-ASSOCIATE-RQ/AC or a presentation context:
 *       {@link AAbort.Reason#UNRECOGNIZED_PDU_PARAMETER} (unknown user information sub-items are kept, not
 *       rejected, PS3.8 Annex D.2);</li>
 *   <li>a known item in the wrong place or a second one where only one is allowed:
 *       {@link AAbort.Reason#UNEXPECTED_PDU_PARAMETER};</li>
 *   <li>everything else: truncated fixed fields, lengths running past the parent item or PDU, left-over bytes in
 *       fixed-size fields, missing mandatory items, undefined field values, even or zero presentation context ids,
 *       AE titles all spaces: {@link AAbort.Reason#INVALID_PDU_PARAMETER_VALUE}.</li>
 * </ul>
 * Encoding validates its input and throws {@link IllegalArgumentException} for what cannot be sent (an AE title
 * over 16 characters, non-ISO 646 text, an item too long for its 16-bit length, ...).
 */
public final class PduCodec {

    /** PDU-type, reserved byte and PDU-length. */
    public static final int HEADER_LENGTH = 6;

    /**
     * The bytes before the fragment of a P-DATA-TF with one PDV: the PDU header, the PDV item-length, the
     * presentation context id and the message control header.
     */
    public static final int P_DATA_TF_HEADER_LENGTH = HEADER_LENGTH + PresentationDataValue.HEADER_LENGTH;

    /** The largest PDU-length a Java array can hold after the header. */
    private static final long MAX_ENCODED_BODY_LENGTH = Integer.MAX_VALUE - 8 - HEADER_LENGTH;

    /** One decoder per PDU type (PS3.8 Table 9-11 to 9-26). */
    private static final Map<Integer, BodyDecoder> DECODERS = Map.of(
            PduType.A_ASSOCIATE_RQ, AAssociateRq::decode,
            PduType.A_ASSOCIATE_AC, AAssociateAc::decode,
            PduType.A_ASSOCIATE_RJ, AAssociateRj::decode,
            PduType.P_DATA_TF, PDataTf::decode,
            PduType.A_RELEASE_RQ, AReleaseRq::decode,
            PduType.A_RELEASE_RP, AReleaseRp::decode,
            PduType.A_ABORT, AAbort::decode);

    private PduCodec() {
    }

    /**
     * Decodes one PDU body.
     *
     * @param pduType the PDU-type byte of the header
     * @param body    holds the bytes that followed the 6-byte header
     * @param offset  where they start in {@code body}
     * @param length  how many there are: the header's PDU-length
     * @throws PduException              when the PDU is malformed; its reason is the A-ABORT reason to send
     * @throws IndexOutOfBoundsException when offset and length do not lie within {@code body}
     */
    public static Pdu decode(int pduType, byte[] body, int offset, int length) throws PduException {
        Objects.checkFromIndexSize(offset, length, body.length);
        BodyDecoder decoder = DECODERS.get(pduType);
        if (decoder == null) {
            throw new PduException(AAbort.Reason.UNRECOGNIZED_PDU, "unknown PDU type " + PduType.name(pduType));
        }
        return decoder.decode(new PduReader(body, offset, length));
    }

    /** The unsigned PDU-length field of a PDU header that starts at {@code offset}. */
    public static long pduLength(byte[] header, int offset) {
        Objects.checkFromIndexSize(offset, HEADER_LENGTH, header.length);
        return (long) (header[offset + 2] & 0xFF) << 24 | (header[offset + 3] & 0xFF) << 16
                | (header[offset + 4] & 0xFF) << 8 | header[offset + 5] & 0xFF;
    }

    /** The length of {@code encode(pdu)}: the 6-byte header and the body. */
    public static int encodedLength(Pdu pdu) {
        long body = bodyLength(pdu);
        if (body > MAX_ENCODED_BODY_LENGTH) {
            throw new IllegalArgumentException(PduType.name(pdu.pduType()) + " of " + body + " bytes is too long");
        }
        return HEADER_LENGTH + (int) body;
    }

    /**
     * Encodes a whole PDU, header included.
     *
     * @throws IllegalArgumentException when a field cannot be encoded
     */
    public static byte[] encode(Pdu pdu) {
        int length = encodedLength(pdu);
        ByteBuffer dst = ByteBuffer.wrap(new byte[length]);
        dst.put((byte) pdu.pduType()).put((byte) 0).putInt(length - HEADER_LENGTH);
        encodeBody(pdu, dst);
        if (dst.hasRemaining()) {
            throw new IllegalStateException(PduType.name(pdu.pduType()) + " encoded " + dst.position()
                    + " of " + length + " bytes");
        }
        return dst.array();
    }

    /**
     * Writes the 12 bytes that precede the fragment of a P-DATA-TF carrying a single PDV (PS3.8 Table 9-22 and 9-23,
     * Annex E.2) so that the caller can place the fragment right after them, without building records.
     *
     * <pre>
     * offset length field
     *      0      1 PDU-type 04H
     *      1      1 reserved
     *      2      4 PDU-length = 6 + fragmentLength
     *      6      4 Item-length = 2 + fragmentLength
     *     10      1 Presentation-context-ID
     *     11      1 Message Control Header
     * </pre>
     *
     * @return {@link #P_DATA_TF_HEADER_LENGTH}, the number of bytes written
     * @throws IllegalArgumentException  for an even or out-of-range presentation context id or a negative length,
     *                                   or one that does not fit the PDU-length
     * @throws IndexOutOfBoundsException when the 12 bytes do not fit in {@code dst} at {@code off}
     */
    public static int writePDataTfHeader(byte[] dst, int off, int presentationContextId, boolean command,
                                         boolean last, int fragmentLength) {
        Objects.checkFromIndexSize(off, P_DATA_TF_HEADER_LENGTH, dst.length);
        WireFormat.checkPresentationContextId(presentationContextId);
        if (fragmentLength < 0 || fragmentLength > MAX_ENCODED_BODY_LENGTH - PresentationDataValue.HEADER_LENGTH) {
            throw new IllegalArgumentException("fragment length " + fragmentLength + " is out of range");
        }
        ByteBuffer.wrap(dst, off, P_DATA_TF_HEADER_LENGTH)
                .put((byte) PduType.P_DATA_TF).put((byte) 0)
                .putInt(PresentationDataValue.HEADER_LENGTH + fragmentLength)
                .putInt(2 + fragmentLength)
                .put((byte) presentationContextId)
                .put((byte) PresentationDataValue.messageControlHeader(command, last));
        return P_DATA_TF_HEADER_LENGTH;
    }

    private static long bodyLength(Pdu pdu) {
        if (pdu instanceof AAssociateRq rq) {
            return rq.bodyLength();
        } else if (pdu instanceof AAssociateAc ac) {
            return ac.bodyLength();
        } else if (pdu instanceof AAssociateRj) {
            return AAssociateRj.BODY_LENGTH;
        } else if (pdu instanceof PDataTf data) {
            return data.bodyLength();
        } else if (pdu instanceof AReleaseRq) {
            return AReleaseRq.BODY_LENGTH;
        } else if (pdu instanceof AReleaseRp) {
            return AReleaseRp.BODY_LENGTH;
        } else if (pdu instanceof AAbort) {
            return AAbort.BODY_LENGTH;
        }
        throw new IllegalArgumentException("not a PDU: " + pdu);
    }

    private static void encodeBody(Pdu pdu, ByteBuffer dst) {
        if (pdu instanceof AAssociateRq rq) {
            rq.encodeBody(dst);
        } else if (pdu instanceof AAssociateAc ac) {
            ac.encodeBody(dst);
        } else if (pdu instanceof AAssociateRj rj) {
            rj.encodeBody(dst);
        } else if (pdu instanceof PDataTf data) {
            data.encodeBody(dst);
        } else if (pdu instanceof AReleaseRq || pdu instanceof AReleaseRp) {
            dst.putInt(0);
        } else if (pdu instanceof AAbort abort) {
            abort.encodeBody(dst);
        }
    }

    @FunctionalInterface
    private interface BodyDecoder {
        Pdu decode(PduReader body) throws PduException;
    }
}
