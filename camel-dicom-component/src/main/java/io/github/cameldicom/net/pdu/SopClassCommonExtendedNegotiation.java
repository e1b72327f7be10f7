package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SOP Class Common Extended Negotiation Sub-Item (57H), sent by the requestor only. PS3.7 Annex D.3.3.6,
 * Table D.3-12 and Table D.3-13.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 57H
 *      1      1 Sub-Item-version (00H; not tested when received)
 *      2      2 Item-length
 *      4      2 SOP-class-uid-length
 *      6      n SOP-class-uid
 *    6+n      2 Service-class-uid-length
 *    8+n      m Service-class-uid
 *  8+n+m      2 Related-general-sop-class-identification-length
 * 10+n+m      k Related-general-sop-class-identification: zero or more of
 *                 2 Related-general-sop-class-uid-length, then that many bytes of UID (Table D.3-13)
 * </pre>
 *
 * @param sopClassUid                the SOP class this sub-item describes
 * @param serviceClassUid            the service class of that SOP class
 * @param relatedGeneralSopClassUids zero or more more general SOP classes it is compatible with
 */
public record SopClassCommonExtendedNegotiation(String sopClassUid, String serviceClassUid,
                                                List<String> relatedGeneralSopClassUids)
        implements UserInformationSubItem {

    public SopClassCommonExtendedNegotiation {
        Objects.requireNonNull(sopClassUid, "sopClassUid");
        Objects.requireNonNull(serviceClassUid, "serviceClassUid");
        relatedGeneralSopClassUids = List.copyOf(relatedGeneralSopClassUids);
    }

    @Override
    public int itemType() {
        return ItemType.SOP_CLASS_COMMON_EXTENDED_NEGOTIATION;
    }

    @Override
    public int itemLength() {
        return WireFormat.checkItemLength("SOP Class Common Extended Negotiation Sub-Item",
                2 + WireFormat.textLength("SOP-class-uid", sopClassUid)
                        + 2 + WireFormat.textLength("Service-class-uid", serviceClassUid)
                        + 2 + relatedLength());
    }

    private int relatedLength() {
        int length = 0;
        for (String uid : relatedGeneralSopClassUids) {
            length += 2 + WireFormat.textLength("Related-general-sop-class-uid", uid);
        }
        return length;
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType(), itemLength());
        WireFormat.putLengthPrefixedText(dst, sopClassUid);
        WireFormat.putLengthPrefixedText(dst, serviceClassUid);
        dst.putShort((short) relatedLength());
        for (String uid : relatedGeneralSopClassUids) {
            WireFormat.putLengthPrefixedText(dst, uid);
        }
    }

    static SopClassCommonExtendedNegotiation decode(PduReader value) throws PduException {
        String sopClass = WireFormat.lengthPrefixedText(value, "SOP-class-uid");
        String serviceClass = WireFormat.lengthPrefixedText(value, "Service-class-uid");
        PduReader related = value.item(value.u16("Related-general-sop-class-identification-length"),
                "Related-general-sop-class-identification");
        value.requireEnd("SOP Class Common Extended Negotiation Sub-Item");
        List<String> uids = new ArrayList<>();
        while (related.hasRemaining()) {
            uids.add(WireFormat.lengthPrefixedText(related, "Related-general-sop-class-uid"));
        }
        return new SopClassCommonExtendedNegotiation(sopClass, serviceClass, uids);
    }
}
