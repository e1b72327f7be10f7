package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * SCP/SCU Role Selection Sub-Item (item type 54H). PS3.7 Annex D.3.3.4, Table D.3-9 (RQ) and D.3-10 (AC).
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 54H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      2 UID-length
 *      6      n SOP-class-uid
 *    6+n      1 SCU-role: RQ 0 non-support / 1 support; AC 0 rejection / 1 acceptance
 *    7+n      1 SCP-role: as SCU-role
 * </pre>
 *
 * <p>Decoding rejects role values other than 0 and 1 as invalid PDU parameter values.
 *
 * @param sopClassUid the SOP class the roles apply to
 * @param scuRole     in an RQ: the requestor proposes to be SCU; in an AC: the acceptor accepts that proposal
 * @param scpRole     in an RQ: the requestor proposes to be SCP; in an AC: the acceptor accepts that proposal
 */
public record RoleSelection(String sopClassUid, boolean scuRole, boolean scpRole) implements UserInformationSubItem {

    public RoleSelection {
        Objects.requireNonNull(sopClassUid, "sopClassUid");
    }

    @Override
    public int itemType() {
        return ItemType.ROLE_SELECTION;
    }

    @Override
    public int itemLength() {
        return WireFormat.checkItemLength("SCP/SCU Role Selection Sub-Item",
                2 + WireFormat.textLength("SOP-class-uid", sopClassUid) + 2);
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType(), itemLength());
        WireFormat.putLengthPrefixedText(dst, sopClassUid);
        dst.put((byte) (scuRole ? 1 : 0)).put((byte) (scpRole ? 1 : 0));
    }

    static RoleSelection decode(PduReader value) throws PduException {
        String uid = WireFormat.lengthPrefixedText(value, "SOP-class-uid");
        boolean scu = role(value, "SCU-role");
        boolean scp = role(value, "SCP-role");
        value.requireEnd("SCP/SCU Role Selection Sub-Item");
        return new RoleSelection(uid, scu, scp);
    }

    private static boolean role(PduReader value, String field) throws PduException {
        int role = value.u8(field);
        if (role > 1) {
            throw value.invalid(field + " " + role + " is neither 0 nor 1 (PS3.7 Table D.3-9)");
        }
        return role == 1;
    }
}
