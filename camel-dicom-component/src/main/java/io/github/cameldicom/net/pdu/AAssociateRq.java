package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * A-ASSOCIATE-RQ PDU (type 01H). PS3.8 §9.3.2, Table 9-11.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type 01H
 *      1      1 reserved
 *      2      4 PDU-length
 *      6      2 Protocol-version: bit 0 set = version 1
 *      8      2 reserved
 *     10     16 Called-AE-title: ISO 646 G0, space padded, not all spaces
 *     26     16 Calling-AE-title: as Called-AE-title
 *     42     32 reserved
 *     74      n variable items: one Application Context Item (10H, PS3.8 §9.3.2.1, Table 9-12),
 *                one or more Presentation Context Items (20H, {@link PresentationContextRq}),
 *                one User Information Item (50H, {@link UserInformation})
 * </pre>
 *
 * <p>The protocol version is decoded, not tested: an unsupported version is answered with an A-ASSOCIATE-RJ
 * (PS3.8 Table 9-21), which is the acceptor's decision. For the other decoding rules see
 * {@link AssociateItems#decodeVariable}.
 *
 * @param protocolVersion        the Protocol-version bit field; 1 for this version of the protocol
 * @param calledAeTitle          without its padding
 * @param callingAeTitle         without its padding
 * @param applicationContextName the Application-context-name UID, normally 1.2.840.10008.3.1.1.1 (PS3.7 Annex A.2.1)
 * @param presentationContexts   the proposed presentation contexts in wire order
 * @param userInformation        the user information sub-items
 */
public record AAssociateRq(int protocolVersion, String calledAeTitle, String callingAeTitle,
                           String applicationContextName, List<PresentationContextRq> presentationContexts,
                           UserInformation userInformation) implements Pdu {

    public AAssociateRq {
        Objects.requireNonNull(calledAeTitle, "calledAeTitle");
        Objects.requireNonNull(callingAeTitle, "callingAeTitle");
        Objects.requireNonNull(applicationContextName, "applicationContextName");
        presentationContexts = List.copyOf(presentationContexts);
        Objects.requireNonNull(userInformation, "userInformation");
    }

    @Override
    public int pduType() {
        return PduType.A_ASSOCIATE_RQ;
    }

    static AAssociateRq decode(PduReader r) throws PduException {
        AssociateItems.Fixed fixed = AssociateItems.decodeFixed(r, true);
        AssociateItems.Variable<PresentationContextRq> variable = AssociateItems.decodeVariable(r, "A-ASSOCIATE-RQ",
                ItemType.PRESENTATION_CONTEXT_RQ, PresentationContextRq::decode,
                PresentationContextRq::presentationContextId);
        return new AAssociateRq(fixed.protocolVersion(), fixed.calledAeTitle(), fixed.callingAeTitle(),
                variable.applicationContextName(), variable.presentationContexts(), variable.userInformation());
    }

    long bodyLength() {
        return AssociateItems.bodyLength(applicationContextName, presentationContexts,
                PresentationContextRq::itemLength, userInformation);
    }

    void encodeBody(ByteBuffer dst) {
        AssociateItems.encodeBody(dst, "A-ASSOCIATE-RQ", protocolVersion, calledAeTitle, callingAeTitle,
                applicationContextName, presentationContexts, PresentationContextRq::encode, userInformation);
    }
}
