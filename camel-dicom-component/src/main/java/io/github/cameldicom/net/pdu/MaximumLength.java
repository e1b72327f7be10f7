package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;

/**
 * Maximum Length Sub-Item (51H): the largest P-DATA-TF PDU-length the sender is ready to receive.
 * PS3.8 Annex D.1, Table D.1-1 (RQ) and Table D.1-2 (AC).
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 51H
 *      1      1 reserved
 *      2      2 Item-length (4)
 *      4      4 Maximum-length-received: unsigned, 0 = no maximum
 * </pre>
 *
 * @param maxPduLength 0 to 2<sup>32</sup>-1; 0 means no maximum is specified
 */
public record MaximumLength(long maxPduLength) implements UserInformationSubItem {

    static final int VALUE_LENGTH = 4;

    /** The value meaning "no maximum length is specified", PS3.8 Table D.1-1. */
    public static final long UNLIMITED = 0;

    public MaximumLength {
        if (maxPduLength < 0 || maxPduLength > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Maximum-length-received " + maxPduLength
                    + " is not an unsigned 32-bit value");
        }
    }

    @Override
    public int itemType() {
        return ItemType.MAXIMUM_LENGTH;
    }

    @Override
    public int itemLength() {
        return VALUE_LENGTH;
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType(), VALUE_LENGTH);
        dst.putInt((int) maxPduLength);
    }

    static MaximumLength decode(PduReader value) throws PduException {
        long length = value.u32("Maximum-length-received");
        value.requireEnd("Maximum Length Sub-Item");
        return new MaximumLength(length);
    }
}
