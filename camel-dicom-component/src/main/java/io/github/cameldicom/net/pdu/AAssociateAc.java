package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * A-ASSOCIATE-AC PDU (type 02H). PS3.8 §9.3.3, Table 9-17.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type 02H
 *      1      1 reserved
 *      2      4 PDU-length
 *      6      2 Protocol-version: bit 0 set = version 1
 *      8      2 reserved
 *     10     16 reserved: sent as the Called-AE-title of the A-ASSOCIATE-RQ, not tested
 *     26     16 reserved: sent as the Calling-AE-title of the A-ASSOCIATE-RQ, not tested
 *     42     32 reserved: sent as the same bytes of the A-ASSOCIATE-RQ (always zero here), not tested
 *     74      n variable items: one Application Context Item (10H, PS3.8 §9.3.3.1),
 *                one or more Presentation Context Items (21H, {@link PresentationContextAc}),
 *                one User Information Item (50H, {@link UserInformation})
 * </pre>
 *
 * <p>Decoding does not test the AE title fields (Table 9-17); it only strips their spaces. For the other decoding
 * rules see {@link AssociateItems#decodeVariable}.
 *
 * @param protocolVersion        the Protocol-version bit field; 1 for this version of the protocol
 * @param calledAeTitle          the called AE title echoed from the RQ
 * @param callingAeTitle         the calling AE title echoed from the RQ
 * @param applicationContextName the Application-context-name UID
 * @param presentationContexts   one answer per proposed presentation context
 * @param userInformation        the acceptor's user information sub-items
 */
public record AAssociateAc(int protocolVersion, String calledAeTitle, String callingAeTitle,
                           String applicationContextName, List<PresentationContextAc> presentationContexts,
                           UserInformation userInformation) implements Pdu {

    public AAssociateAc {
        Objects.requireNonNull(calledAeTitle, "calledAeTitle");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(applicationContextName, "applicationContextName");
        presentationContexts = List.copyOf(presentationContexts);
        Objects.requireNonNull(userInformation, "userInformation");
    }

    @Override
    public int pduType() {
        return PduType.A_ASSOCIATE_AC;
    }

    static AAssociateAc decode(PduReader r) throws PduException {
        AssociateItems.Fixed fixed = AssociateItems.decodeFixed(r, false);
        AssociateItems.Variable<PresentationContextAc> variable = AssociateItems.decodeVariable(r, "A-ASSOCIATE-AC",
                ItemType.PRESENTATION_CONTEXT_AC, PresentationContextAc::decode,
                PresentationContextAc::presentationContextId);
        return new AAssociateAc(fixed.protocolVersion(), fixed.calledAeTitle(), fixed.callingAeTitle(),
                variable.applicationContextName(), variable.presentationContexts(), variable.userInformation());
    }

    long bodyLength() {
        return AssociateItems.bodyLength(applicationContextName, presentationContexts,
                PresentationContextAc::itemLength, userInformation);
    }

    void encodeBody(ByteBuffer dst) {
        AssociateItems.encodeBody(dst, "A-ASSOCIATE-AC", protocolVersion, calledAeTitle, callingAeTitle,
                applicationContextName, presentationContexts, PresentationContextAc::encode, userInformation);
    }
}
