package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Presentation Context Item in an A-ASSOCIATE-RQ (item type 20H): one abstract syntax and the transfer syntaxes the
 * requestor proposes for it, in its order of preference. PS3.8 §9.3.2.2, Table 9-13; sub-items Table 9-14 and 9-15.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 20H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      1 Presentation-context-ID: odd, 1-255
 *      5      3 reserved
 *      8      n one Abstract Syntax Sub-Item and one or more Transfer Syntax Sub-Items:
 *                 1 Item-type (30H abstract syntax, 40H transfer syntax), 1 reserved, 2 Item-length,
 *                 then the Abstract-syntax-name or Transfer-syntax-name (a UID, PS3.8 Annex F)
 * </pre>
 *
 * <p>Decoding rejects an even or zero id and a missing abstract or transfer syntax as invalid PDU parameter
 * values, a second abstract syntax or another known item as an unexpected PDU parameter, and an unknown sub-item
 * type as an unrecognized PDU parameter. Sub-items may come in any order.
 *
 * @param presentationContextId odd integer 1..255 identifying the context
 * @param abstractSyntax        abstract syntax (SOP Class) UID
 * @param transferSyntaxes      proposed transfer syntax UIDs, at least one
 */
public record PresentationContextRq(int presentationContextId, String abstractSyntax, List<String> transferSyntaxes) {

    public PresentationContextRq {
        transferSyntaxes = List.copyOf(transferSyntaxes);
    }

    int itemLength() {
        int length = 4 + WireFormat.textItemLength("Abstract-syntax-name", abstractSyntax);
        for (String transferSyntax : transferSyntaxes) {
            length += WireFormat.textItemLength("Transfer-syntax-name", transferSyntax);
        }
        return WireFormat.checkItemLength("Presentation Context Item", length);
    }

    void encode(ByteBuffer dst) {
        WireFormat.checkPresentationContextId(presentationContextId);
        if (transferSyntaxes.isEmpty()) {
            throw new IllegalArgumentException("Presentation context " + presentationContextId
                    + " proposes no transfer syntax");
        }
        WireFormat.putItemHeader(dst, ItemType.PRESENTATION_CONTEXT_RQ, itemLength());
        dst.put((byte) presentationContextId).put((byte) 0).put((byte) 0).put((byte) 0);
        WireFormat.putTextItem(dst, ItemType.ABSTRACT_SYNTAX, abstractSyntax);
        for (String transferSyntax : transferSyntaxes) {
            WireFormat.putTextItem(dst, ItemType.TRANSFER_SYNTAX, transferSyntax);
        }
    }

    static PresentationContextRq decode(PduReader value) throws PduException {
        int id = AssociateItems.presentationContextId(value);
        value.skip(3, "Reserved");
        String abstractSyntax = null;
        List<String> transferSyntaxes = new ArrayList<>();
        while (value.hasRemaining()) {
            int type = value.u8("Item-type");
            PduReader item = WireFormat.item(value, type, "Sub-item");
            if (type == ItemType.ABSTRACT_SYNTAX) {
                if (abstractSyntax != null) {
                    throw new PduException(AAbort.Reason.UNEXPECTED_PDU_PARAMETER,
                            "Presentation context " + id + " has a second Abstract Syntax Sub-Item");
                }
                abstractSyntax = item.text("Abstract-syntax-name");
            } else if (type == ItemType.TRANSFER_SYNTAX) {
                transferSyntaxes.add(item.text("Transfer-syntax-name"));
            } else {
                throw AssociateItems.misplaced(type, "Presentation Context Item " + id);
            }
        }
        if (abstractSyntax == null) {
            throw value.invalid("Presentation context " + id + " has no Abstract Syntax Sub-Item");
        }
        if (transferSyntaxes.isEmpty()) {
            throw value.invalid("Presentation context " + id + " has no Transfer Syntax Sub-Item");
        }
        return new PresentationContextRq(id, abstractSyntax, transferSyntaxes);
    }
}
