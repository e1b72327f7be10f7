package io.github.cameldicom.profile;

import io.github.cameldicom.data.TransferSyntaxes;
import io.github.cameldicom.net.AcceptancePolicy;
import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextAc.Result;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import io.github.cameldicom.net.pdu.RoleSelection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The acceptance policy of one association profile ({@code dcmrecv -xf FILE PROFILE}), negotiating as DCMTK 3.6.7's
 * {@code DcmAssociationConfiguration::evaluateAssociationParameters} does (PS3.8 §9.3.3.2, Table 9-18):
 *
 * <ul>
 *   <li>an abstract syntax the profile does not list: abstract syntax not supported (3);</li>
 *   <li>otherwise the first transfer syntax <em>in the profile's order</em> that the requestor proposed: acceptance;
 *       none of them: transfer syntaxes not supported (4);</li>
 *   <li>a profile role of SCP only while the requestor proposed no role selection for the abstract syntax (so it
 *       would act as SCU): no reason (2), see {@link #negotiate(PresentationContextRq, RoleSelection)}.</li>
 * </ul>
 *
 * <p>Immutable; obtained from {@link AssociationProfiles#policy(String)}.
 */
public final class ProfileAcceptancePolicy implements AcceptancePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileAcceptancePolicy.class);

    private final String profileName;
    private final Map<String, List<String>> transferSyntaxes;
    private final Map<String, Role> roles;
    private final Map<String, byte[]> extendedNegotiation;

    ProfileAcceptancePolicy(String profileName, Map<String, List<String>> transferSyntaxes, Map<String, Role> roles,
                            Map<String, byte[]> extendedNegotiation) {
        this.profileName = profileName;
        this.transferSyntaxes = new LinkedHashMap<>(transferSyntaxes);
        this.roles = Map.copyOf(roles);
        this.extendedNegotiation = Map.copyOf(extendedNegotiation);
    }

    /** The profile's name as written in its {@code [[Profiles]]} section heading. */
    public String profileName() {
        return profileName;
    }

    /**
     * Answers a proposed context without knowing whether the requestor proposed a role for it. A profile role of
     * SCP only therefore refuses nothing here; callers that know the proposal use
     * {@link #negotiate(PresentationContextRq, RoleSelection)}.
     */
    @Override
    public PresentationContextAc negotiate(PresentationContextRq proposed) {
        return negotiate(proposed, null, false);
    }

    /**
     * Answers a proposed context as DCMTK does, including its one role check: when the profile lets the requestor be
     * SCP only and the requestor proposed no SCP/SCU Role Selection Sub-Item for the abstract syntax (default role:
     * requestor SCU, PS3.7 Annex D.3.3.4), an otherwise acceptable context is refused with reason 2 (no reason).
     *
     * @param proposedRole the requestor's role selection item for the abstract syntax, or {@code null} if it sent none
     */
    @Override
    public PresentationContextAc negotiate(PresentationContextRq proposed, RoleSelection proposedRole) {
        return negotiate(proposed, proposedRole, true);
    }

    private PresentationContextAc negotiate(PresentationContextRq proposed, RoleSelection proposedRole,
                                            boolean roleKnown) {
        List<String> accepted = transferSyntaxes.get(proposed.abstractSyntax());
        if (accepted == null) {
            LOG.debug("Profile {}: abstract syntax {} of context {} is not in the profile", profileName,
                    proposed.abstractSyntax(), proposed.presentationContextId());
            return refuse(proposed, Result.ABSTRACT_SYNTAX_NOT_SUPPORTED);
        }
        for (String transferSyntax : accepted) {
            if (proposed.transferSyntaxes().contains(transferSyntax)) {
                if (roleKnown && proposedRole == null && roles.get(proposed.abstractSyntax()) == Role.SCP) {
                    LOG.debug("Profile {}: context {} ({}) refused: the profile allows the requestor only the SCP"
                                    + " role, but it proposed the default role", profileName,
                            proposed.presentationContextId(), proposed.abstractSyntax());
                    return refuse(proposed, Result.NO_REASON);
                }
                return new PresentationContextAc(proposed.presentationContextId(), Result.ACCEPTANCE,
                        transferSyntax);
            }
        }
        LOG.debug("Profile {}: none of the transfer syntaxes {} of context {} ({}) is in the profile", profileName,
                proposed.transferSyntaxes(), proposed.presentationContextId(), proposed.abstractSyntax());
        return refuse(proposed, Result.TRANSFER_SYNTAXES_NOT_SUPPORTED);
    }

    /**
     * Answers a role selection proposal by the profile's role list, as DCMTK builds the A-ASSOCIATE-AC sub-item: no
     * item when the list has no role for the SOP class (default roles); otherwise each role the requestor proposed
     * that the profile allows it (PS3.7 Annex D.3.3.4, Table D.3-10: the acceptor accepts only proposed roles). Both
     * fields may end up 0, which refuses both roles.
     */
    @Override
    public Optional<RoleSelection> negotiateRole(RoleSelection proposed) {
        Role role = roles.get(proposed.sopClassUid());
        if (role == null) {
            return Optional.empty();
        }
        return Optional.of(new RoleSelection(proposed.sopClassUid(), role.allowsScu() && proposed.scuRole(),
                role.allowsScp() && proposed.scpRole()));
    }

    /**
     * The Service-class-application-information the profile's {@code [[ExtendedNegotiation]]} list gives for a SOP
     * class, which DCMTK sends in a SOP Class Extended Negotiation Sub-Item (PS3.7 Annex D.3.3.5, Table D.3-12) when
     * the association has an accepted context for the class.
     */
    @Override
    public Optional<byte[]> extendedNegotiation(String sopClassUid) {
        return Optional.ofNullable(extendedNegotiation.get(sopClassUid)).map(byte[]::clone);
    }

    /** The abstract syntaxes the profile accepts, in profile order. */
    public List<String> abstractSyntaxes() {
        return List.copyOf(transferSyntaxes.keySet());
    }

    /** The transfer syntaxes the profile accepts for an abstract syntax, in its order of preference. */
    public List<String> transferSyntaxes(String abstractSyntax) {
        return transferSyntaxes.getOrDefault(abstractSyntax, List.of());
    }

    @Override
    public String toString() {
        return "ProfileAcceptancePolicy[" + profileName + ", " + transferSyntaxes.size() + " abstract syntaxes]";
    }

    private static PresentationContextAc refuse(PresentationContextRq proposed, Result result) {
        // PS3.8 Table 9-18 makes the transfer syntax of a refused context insignificant; the net layer's convention
        // is to echo the first proposed one.
        String transferSyntax = proposed.transferSyntaxes().isEmpty()
                ? TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN.uid()
                : proposed.transferSyntaxes().get(0);
        return new PresentationContextAc(proposed.presentationContextId(), result, transferSyntax);
    }
}
