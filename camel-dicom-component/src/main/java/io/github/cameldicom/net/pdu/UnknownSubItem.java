package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A user information sub-item whose type this codec does not define, kept as raw bytes so that it round-trips.
 * PS3.8 Annex D.2, note 2: acceptors ignore unrecognized user information sub-items and do not reject the
 * association because of them.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type (not one of 51H-59H)
 *      1      1 reserved
 *      2      2 Item-length
 *      4      n data
 * </pre>
 *
 * <p>{@link #toString()} shows only the data length: its meaning is unknown, so it is treated as possibly
 * sensitive. The array is copied in and out.
 *
 * @param itemType the item type, 0-255, other than the types the codec decodes itself
 * @param data     the item value
 */
public record UnknownSubItem(int itemType, byte[] data) implements UserInformationSubItem {

    public UnknownSubItem {
        if (itemType < 0 || itemType > 0xFF) {
            throw new IllegalArgumentException("Item-type " + itemType + " is not one byte");
        }
        if (itemType >= ItemType.MAXIMUM_LENGTH && itemType <= ItemType.USER_IDENTITY_AC) {
            throw new IllegalArgumentException(String.format(
                    "Item-type %02XH is a known sub-item; use its own record", itemType));
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public int itemLength() {
        return WireFormat.checkItemLength(WireFormat.itemLabel("Sub-item", itemType), data.length);
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType, itemLength());
        dst.put(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownSubItem other && itemType == other.itemType && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return itemType * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("UnknownSubItem[itemType=%02XH, dataLength=%d]", itemType, data.length);
    }
}
