package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import io.github.cameldicom.net.pdu.RoleSelection;

import java.util.Optional;

/**
 * Decides which proposed presentation contexts an acceptor accepts and with which transfer syntax. Implementations
 * are immutable and shared by all associations of one acceptor.
 */
public interface AcceptancePolicy {

    /**
     * Answers one proposed presentation context (PS3.8 §9.3.3.2). The transfer syntax is chosen in the acceptor's
     * order of preference among those proposed, not the requestor's.
     */
    PresentationContextAc negotiate(PresentationContextRq proposed);

    /**
     * Answers one proposed presentation context knowing the requestor's role selection item for its abstract
     * syntax, for policies whose answer depends on roles (DCMTK profiles refuse an SCP-only class proposed with the
     * default roles).
     *
     * @param proposedRole the requestor's SCP/SCU Role Selection Sub-Item for the abstract syntax, or null
     */
    default PresentationContextAc negotiate(PresentationContextRq proposed, RoleSelection proposedRole) {
        return negotiate(proposed);
    }

    /**
     * Answers an SCP/SCU role selection proposal (PS3.7 Annex D.3.3.4), or empty to leave the item out of the
     * A-ASSOCIATE-AC, which keeps the default roles (requestor SCU, acceptor SCP).
     */
    default Optional<RoleSelection> negotiateRole(RoleSelection proposed) {
        return Optional.empty();
    }

    /**
     * The Service-class-application-information this acceptor answers a SOP Class Extended Negotiation proposal with
     * (PS3.7 Annex D.3.3.5), or empty to leave the item out, which means no extended negotiation.
     */
    default Optional<byte[]> extendedNegotiation(String sopClassUid) {
        return Optional.empty();
    }
}
