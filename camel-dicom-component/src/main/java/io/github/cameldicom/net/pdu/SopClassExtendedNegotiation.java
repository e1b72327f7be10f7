package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * SOP Class Extended Negotiation Sub-Item (56H), the same layout in RQ and AC. PS3.7 Annex D.3.3.5, Table D.3-11.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 56H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      2 SOP-class-uid-length
 *      6      n SOP-class-uid
 *    6+n      m Service-class-application-information: the rest of the item, defined by the service class
 * </pre>
 *
 * <p>Immutable: the information bytes are copied in and out. Equality compares their content.
 *
 * @param sopClassUid                       the SOP class negotiated
 * @param serviceClassApplicationInformation the service-class specific bytes (e.g. PS3.4 Table B.3-1 for storage)
 */
public record SopClassExtendedNegotiation(String sopClassUid, byte[] serviceClassApplicationInformation)
        implements UserInformationSubItem {

    public SopClassExtendedNegotiation {
        Objects.requireNonNull(sopClassUid, "sopClassUid");
        serviceClassApplicationInformation = serviceClassApplicationInformation.clone();
    }

    @Override
    public byte[] serviceClassApplicationInformation() {
        return serviceClassApplicationInformation.clone();
    }

    @Override
    public int itemType() {
        return ItemType.SOP_CLASS_EXTENDED_NEGOTIATION;
    }

    @Override
    public int itemLength() {
        return WireFormat.checkItemLength("SOP Class Extended Negotiation Sub-Item",
                2 + WireFormat.textLength("SOP-class-uid", sopClassUid) + serviceClassApplicationInformation.length);
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType(), itemLength());
        WireFormat.putLengthPrefixedText(dst, sopClassUid);
        dst.put(serviceClassApplicationInformation);
    }

    static SopClassExtendedNegotiation decode(PduReader value) throws PduException {
        String uid = WireFormat.lengthPrefixedText(value, "SOP-class-uid");
        return new SopClassExtendedNegotiation(uid, value.bytes(value.remaining(),
                "Service-class-application-information"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SopClassExtendedNegotiation other
                && sopClassUid.equals(other.sopClassUid)
                && Arrays.equals(serviceClassApplicationInformation, other.serviceClassApplicationInformation);
    }

    @Override
    public int hashCode() {
        return sopClassUid.hashCode() * 31 + Arrays.hashCode(serviceClassApplicationInformation);
    }

    @Override
    public String toString() {
        return "SopClassExtendedNegotiation[sopClassUid=" + sopClassUid + ", serviceClassApplicationInformation="
                + WireFormat.hex(serviceClassApplicationInformation) + "]";
    }
}
