package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Implementation Class UID Sub-Item (52H). PS3.7 Annex D.3.3.2.1, Table D.3-1 (RQ) and D.3.3.2.2, Table D.3-2 (AC).
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 52H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      n Implementation-class-uid (a UID, PS3.5 §9)
 * </pre>
 *
 * @param uid the implementation class UID; ISO 646 text, UID syntax is not checked here
 */
public record ImplementationClassUid(String uid) implements UserInformationSubItem {

    public ImplementationClassUid {
        Objects.requireNonNull(uid, "uid");
    }

    @Override
    public int itemType() {
        return ItemType.IMPLEMENTATION_CLASS_UID;
    }

    @Override
    public int itemLength() {
        return WireFormat.checkItemLength("Implementation-class-uid",
                WireFormat.textLength("Implementation-class-uid", uid));
    }

    @Override
    public void encode(ByteBuffer dst) {
        itemLength();
        WireFormat.putTextItem(dst, itemType(), uid);
    }

    static ImplementationClassUid decode(PduReader value) throws PduException {
        return new ImplementationClassUid(value.text("Implementation-class-uid"));
    }
}
