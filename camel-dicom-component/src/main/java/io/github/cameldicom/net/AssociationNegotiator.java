package io.github.cameldicom.net;

import io.github.cameldicom.data.LogText;
import io.github.cameldicom.data.Uids;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.AAssociateRj;
import io.github.cameldicom.net.pdu.AAssociateRq;
import io.github.cameldicom.net.pdu.ImplementationClassUid;
import io.github.cameldicom.net.pdu.ImplementationVersionName;
import io.github.cameldicom.net.pdu.MaximumLength;
import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import io.github.cameldicom.net.pdu.RoleSelection;
import io.github.cameldicom.net.pdu.SopClassExtendedNegotiation;
import io.github.cameldicom.net.pdu.UserInformation;
import io.github.cameldicom.net.pdu.UserInformationSubItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.cameldicom.net.pdu.AAssociateRj.Reason.APPLICATION_CONTEXT_NAME_NOT_SUPPORTED;
import static io.github.cameldicom.net.pdu.AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED;
import static io.github.cameldicom.net.pdu.AAssociateRj.Reason.CALLING_AE_TITLE_NOT_RECOGNIZED;
import static io.github.cameldicom.net.pdu.AAssociateRj.Reason.LOCAL_LIMIT_EXCEEDED;
import static io.github.cameldicom.net.pdu.AAssociateRj.Reason.PROTOCOL_VERSION_NOT_SUPPORTED;
import static io.github.cameldicom.net.pdu.AAssociateRj.Reason.USER_NO_REASON_GIVEN;
import static io.github.cameldicom.net.pdu.AAssociateRj.Result.REJECTED_PERMANENT;
import static io.github.cameldicom.net.pdu.AAssociateRj.Result.REJECTED_TRANSIENT;

/**
 * Decides whether to accept an A-ASSOCIATE-RQ, as one short sequence of ordered checks, each with its own
 * A-ASSOCIATE-RJ result/source/reason (PS3.8 §7.1.1.7 to §7.1.1.9, Table 9-21).
 */
public final class AssociationNegotiator {

    /** The DICOM Application Context Name, PS3.7 Annex A.2.1. */
    public static final String DICOM_APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";

    private final AcceptorConfig config;

    public AssociationNegotiator(AcceptorConfig config) {
        this.config = config;
    }

    /**
     * The service-provider's part of AE-6 (PS3.8 §9.2.2): a request this Upper Layer cannot serve at all. Only the
     * protocol version is checked here; the rest is the service user's decision in {@link #negotiate}.
     */
    public Negotiation.Rejected checkProvider(AAssociateRq rq) {
        if ((rq.protocolVersion() & 0x0001) == 0) {
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_PERMANENT, PROTOCOL_VERSION_NOT_SUPPORTED),
                    "protocol version " + Integer.toHexString(rq.protocolVersion()) + "H has bit 0 clear");
        }
        return null;
    }

    /**
     * The service user's answer to an acceptable request.
     *
     * @param limitExceeded whether the acceptor already serves as many associations as it may
     */
    public Negotiation negotiate(AAssociateRq rq, boolean limitExceeded) {
        Negotiation.Rejected rejected = checkProvider(rq);
        if (rejected != null) {
            return rejected;
        }
        if (!DICOM_APPLICATION_CONTEXT.equals(rq.applicationContextName())) {
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_PERMANENT, APPLICATION_CONTEXT_NAME_NOT_SUPPORTED),
                    "application context " + LogText.of(rq.applicationContextName())
                    + " is not the DICOM application context");
        }
        if (!isAeTitle(rq.calledAeTitle())) {
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_PERMANENT, CALLED_AE_TITLE_NOT_RECOGNIZED),
                    "called AE title " + rq.calledAeTitle() + " contains a backslash, which no AE title may hold");
        }
        if (config.checkCalledAeTitle() && !config.aeTitle().equals(rq.calledAeTitle())) {
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_PERMANENT, CALLED_AE_TITLE_NOT_RECOGNIZED),
                    "called AE title " + rq.calledAeTitle() + " is not " + config.aeTitle());
        }
        if (!isAeTitle(rq.callingAeTitle())) {
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_PERMANENT, CALLING_AE_TITLE_NOT_RECOGNIZED),
                    "calling AE title " + rq.callingAeTitle() + " contains a backslash, which no AE title may hold");
        }
        if (!config.allowedCallingAeTitles().isEmpty()
            && !config.allowedCallingAeTitles().contains(rq.callingAeTitle())) {
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_PERMANENT, CALLING_AE_TITLE_NOT_RECOGNIZED),
                    "calling AE title " + rq.callingAeTitle() + " is not on the allow-list");
        }
        if (limitExceeded) {
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_TRANSIENT, LOCAL_LIMIT_EXCEEDED),
                    "already serving " + config.maxAssociations() + " associations");
        }
        List<PresentationContextAc> answers = new ArrayList<>(rq.presentationContexts().size());
        Map<Integer, PresentationContext> accepted = new LinkedHashMap<>();
        Map<String, RoleSelection> proposedRoles = new HashMap<>();
        rq.userInformation().roleSelections().forEach(r -> proposedRoles.putIfAbsent(r.sopClassUid(), r));
        for (PresentationContextRq proposed : rq.presentationContexts()) {
            PresentationContextAc answer = config.policy().negotiate(proposed,
                    proposedRoles.get(proposed.abstractSyntax()));
            answers.add(answer);
            if (answer.isAccepted()) {
                accepted.put(proposed.presentationContextId(), new PresentationContext(
                        proposed.presentationContextId(), proposed.abstractSyntax(), answer.transferSyntax()));
            }
        }
        if (accepted.isEmpty()) {
            // dcmrecv refuses such an association the same way rather than accepting one that can carry nothing.
            return new Negotiation.Rejected(new AAssociateRj(REJECTED_PERMANENT, USER_NO_REASON_GIVEN),
                    "no acceptable presentation contexts");
        }
        String respondingAeTitle = config.useCalledAeTitle() ? rq.calledAeTitle() : config.aeTitle();
        AAssociateAc ac = new AAssociateAc(1, respondingAeTitle, rq.callingAeTitle(), DICOM_APPLICATION_CONTEXT,
                answers, new UserInformation(userInformation(rq, accepted)));
        return new Negotiation.Accepted(ac, accepted);
    }

    /**
     * Whether a title the PDU decoder let through (ISO 646 G0, not all spaces, PS3.8 Table 9-11) is also a value of
     * the AE VR, which excludes the backslash (PS3.5 Table 6.2-1). No AE can have such a title, and the calling one
     * would read as two values once written into Source AE Title (0002,0016) of each stored file.
     */
    private static boolean isAeTitle(String title) {
        return title.indexOf('\\') < 0;
    }

    /**
     * Our user information: limits and identity, and, only for SOP classes with an accepted context, the answers to
     * role selection and SOP class extended negotiation proposals (PS3.7 Annex D.3.3.4, D.3.3.5).
     */
    private List<UserInformationSubItem> userInformation(AAssociateRq rq, Map<Integer, PresentationContext> accepted) {
        Set<String> acceptedClasses = new HashSet<>();
        accepted.values().forEach(pc -> acceptedClasses.add(pc.abstractSyntax()));
        List<UserInformationSubItem> items = new ArrayList<>();
        items.add(new MaximumLength(config.maxPduLength()));
        items.add(new ImplementationClassUid(Uids.IMPLEMENTATION_CLASS_UID));
        for (RoleSelection proposed : rq.userInformation().roleSelections()) {
            if (acceptedClasses.contains(proposed.sopClassUid())) {
                config.policy().negotiateRole(proposed).ifPresent(items::add);
            }
        }
        items.add(new ImplementationVersionName(Uids.IMPLEMENTATION_VERSION_NAME));
        for (SopClassExtendedNegotiation proposed : rq.userInformation().extendedNegotiations()) {
            if (acceptedClasses.contains(proposed.sopClassUid())) {
                config.policy().extendedNegotiation(proposed.sopClassUid()).ifPresent(
                        info -> items.add(new SopClassExtendedNegotiation(proposed.sopClassUid(), info)));
            }
        }
        return items;
    }
}
