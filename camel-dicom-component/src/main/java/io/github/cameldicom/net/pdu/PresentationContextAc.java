package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;

/**
 * Presentation Context Item in an A-ASSOCIATE-AC (item type 21H): the acceptor's answer to one proposed context.
 * PS3.8 §9.3.3.2, Table 9-18; transfer syntax sub-item Table 9-19.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 21H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      1 Presentation-context-ID: odd, 1-255
 *      5      1 reserved
 *      6      1 Result/Reason, see {@link Result}
 *      7      1 reserved
 *      8      n one Transfer Syntax Sub-Item: 1 Item-type 40H, 1 reserved, 2 Item-length, Transfer-syntax-name
 * </pre>
 *
 * <p>Encoding always writes the transfer syntax sub-item, as Table 9-18 requires. Decoding requires it only for an
 * accepted context: for the others it "shall not be tested", so a missing one decodes as an empty string.
 * Result values other than 0-4 are invalid PDU parameter values.
 *
 * @param presentationContextId the id of the proposed context this answers
 * @param result                acceptance or the reason for rejection
 * @param transferSyntax        the accepted transfer syntax UID; PS3.8 says it is not significant when the result
 *                              is not acceptance, but a sub-item is still sent (we send the first proposed one)
 */
public record PresentationContextAc(int presentationContextId, Result result, String transferSyntax) {

    /** Result/Reason field of the item, PS3.8 Table 9-18. */
    public enum Result {
        ACCEPTANCE(0),
        USER_REJECTION(1),
        NO_REASON(2),
        ABSTRACT_SYNTAX_NOT_SUPPORTED(3),
        TRANSFER_SYNTAXES_NOT_SUPPORTED(4);

        private final int code;

        Result(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        /** The result for a wire value, or {@code null} when the value is not defined by the standard. */
        public static Result of(int code) {
            for (Result r : values()) {
                if (r.code == code) {
                    return r;
                }
            }
            return null;
        }
    }

    public boolean isAccepted() {
        return result == Result.ACCEPTANCE;
    }

    int itemLength() {
        return WireFormat.checkItemLength("Presentation Context Item",
                4 + WireFormat.textItemLength("Transfer-syntax-name", transferSyntax));
    }

    void encode(ByteBuffer dst) {
        WireFormat.checkPresentationContextId(presentationContextId);
        if (result == null) {
            throw new IllegalArgumentException("Presentation context " + presentationContextId + " has no result");
        }
        WireFormat.putItemHeader(dst, ItemType.PRESENTATION_CONTEXT_AC, itemLength());
        dst.put((byte) presentationContextId).put((byte) 0).put((byte) result.code).put((byte) 0);
        WireFormat.putTextItem(dst, ItemType.TRANSFER_SYNTAX, transferSyntax);
    }

    static PresentationContextAc decode(PduReader value) throws PduException {
        int id = AssociateItems.presentationContextId(value);
        value.skip(1, "Reserved");
        int code = value.u8("Result/Reason");
        value.skip(1, "Reserved");
        Result result = Result.of(code);
        if (result == null) {
            throw value.invalid("Presentation context " + id + " Result/Reason " + code
                    + " is not defined (PS3.8 Table 9-18)");
        }
        String transferSyntax = null;
        while (value.hasRemaining()) {
            int type = value.u8("Item-type");
            PduReader item = WireFormat.item(value, type, "Sub-item");
            if (type != ItemType.TRANSFER_SYNTAX) {
                throw AssociateItems.misplaced(type, "Presentation Context Item " + id);
            }
            if (transferSyntax != null) {
                throw new PduException(AAbort.Reason.UNEXPECTED_PDU_PARAMETER,
                        "Presentation context " + id + " has a second Transfer Syntax Sub-Item");
            }
            transferSyntax = item.text("Transfer-syntax-name");
        }
        if (transferSyntax == null) {
            if (result == Result.ACCEPTANCE) {
                throw value.invalid("Accepted presentation context " + id + " has no Transfer Syntax Sub-Item");
            }
            transferSyntax = "";
        }
        return new PresentationContextAc(id, result, transferSyntax);
    }
}
