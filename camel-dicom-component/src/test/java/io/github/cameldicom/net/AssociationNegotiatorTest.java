package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.AAssociateRj;
import io.github.cameldicom.net.pdu.AAssociateRq;
import io.github.cameldicom.net.pdu.MaximumLength;
import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import io.github.cameldicom.net.pdu.RoleSelection;
import io.github.cameldicom.net.pdu.SopClassExtendedNegotiation;
import io.github.cameldicom.net.pdu.UserInformation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The ordered checks of the acceptor and the per-context answers, table-driven. */
class AssociationNegotiatorTest {

    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String IMPLICIT = "1.2.840.10008.1.2";
    private static final String EXPLICIT = "1.2.840.10008.1.2.1";
    private static final String BIG = "1.2.840.10008.1.2.2";
    private static final String DEFLATED = "1.2.840.10008.1.2.1.99";
    private static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.70";
    private static final String J2K = "1.2.840.10008.1.2.4.91";

    private static AcceptorConfig.Builder config() {
        return AcceptorConfig.builder().aeTitle("STORE").policy(AcceptancePolicies.allStorage(false));
    }

    private static AAssociateRq rq(int version, String appContext, String called, String calling,
                                   List<PresentationContextRq> contexts) {
        return new AAssociateRq(version, called, calling, appContext, contexts,
                new UserInformation(List.of(new MaximumLength(16384))));
    }

    private static AAssociateRq ctRq(String called, String calling) {
        return rq(1, AssociationNegotiator.DICOM_APPLICATION_CONTEXT, called, calling,
                List.of(new PresentationContextRq(1, CT, List.of(EXPLICIT))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // case,                   version, app context,            called,  calling, check called, allow-list, limit, result,             reason
        "protocol version 2 only,  2,       1.2.840.10008.3.1.1.1,  STORE,   SCU,     false,        '',         false, REJECTED_PERMANENT, PROTOCOL_VERSION_NOT_SUPPORTED",
        "foreign app context,      1,       1.2.3.4,                STORE,   SCU,     false,        '',         false, REJECTED_PERMANENT, APPLICATION_CONTEXT_NAME_NOT_SUPPORTED",
        "called AE checked,        1,       1.2.840.10008.3.1.1.1,  OTHER,   SCU,     true,         '',         false, REJECTED_PERMANENT, CALLED_AE_TITLE_NOT_RECOGNIZED",
        "calling AE not allowed,   1,       1.2.840.10008.3.1.1.1,  STORE,   SCU,     false,        GOOD,       false, REJECTED_PERMANENT, CALLING_AE_TITLE_NOT_RECOGNIZED",
        "limit exceeded,           1,       1.2.840.10008.3.1.1.1,  STORE,   SCU,     false,        '',         true,  REJECTED_TRANSIENT, LOCAL_LIMIT_EXCEEDED",
        "version checked first,    2,       1.2.3.4,                OTHER,   SCU,     true,         GOOD,       true,  REJECTED_PERMANENT, PROTOCOL_VERSION_NOT_SUPPORTED",
        "app context before AE,    1,       1.2.3.4,                OTHER,   SCU,     true,         GOOD,       true,  REJECTED_PERMANENT, APPLICATION_CONTEXT_NAME_NOT_SUPPORTED",
        "called before calling,    1,       1.2.840.10008.3.1.1.1,  OTHER,   SCU,     true,         GOOD,       true,  REJECTED_PERMANENT, CALLED_AE_TITLE_NOT_RECOGNIZED",
        "calling before limit,     1,       1.2.840.10008.3.1.1.1,  STORE,   SCU,     true,         GOOD,       true,  REJECTED_PERMANENT, CALLING_AE_TITLE_NOT_RECOGNIZED",
        "backslash in called,      1,       1.2.840.10008.3.1.1.1,  ST\\ORE, SCU,     false,        '',         false, REJECTED_PERMANENT, CALLED_AE_TITLE_NOT_RECOGNIZED",
        "backslash in calling,     1,       1.2.840.10008.3.1.1.1,  STORE,   S\\CU,   false,        '',         false, REJECTED_PERMANENT, CALLING_AE_TITLE_NOT_RECOGNIZED",
        "backslash before list,    1,       1.2.840.10008.3.1.1.1,  STORE,   S\\CU,   false,        S\\CU,       false, REJECTED_PERMANENT, CALLING_AE_TITLE_NOT_RECOGNIZED",
    })
    void rejections(String name, int version, String appContext, String called, String calling, boolean checkCalled,
                    String allowed, boolean limitExceeded, AAssociateRj.Result result, AAssociateRj.Reason reason) {
        AcceptorConfig c = config().checkCalledAeTitle(checkCalled)
                .allowedCallingAeTitles(allowed.isEmpty() ? Set.of() : Set.of(allowed)).build();
        Negotiation n = new AssociationNegotiator(c).negotiate(rq(version, appContext, called, calling,
                List.of(new PresentationContextRq(1, CT, List.of(EXPLICIT)))), limitExceeded);
        Negotiation.Rejected rejected = assertInstanceOf(Negotiation.Rejected.class, n);
        assertEquals(result, rejected.rj().result());
        assertEquals(reason, rejected.rj().reason());
    }

    @Test
    void protocolVersionWithBitZeroAndOthersIsAccepted() {
        Negotiation n = new AssociationNegotiator(config().build()).negotiate(rq(0x0003,
                AssociationNegotiator.DICOM_APPLICATION_CONTEXT, "STORE", "SCU",
                List.of(new PresentationContextRq(1, CT, List.of(EXPLICIT)))), false);
        assertInstanceOf(Negotiation.Accepted.class, n);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case                          | abstract syntax               | proposed (space-separated)  | result                          | accepted
        "explicit only                   | 1.2.840.10008.5.1.4.1.1.2     | " + EXPLICIT + "            | ACCEPTANCE                      | " + EXPLICIT,
        "SCP prefers explicit to implicit| 1.2.840.10008.5.1.4.1.1.2     | " + IMPLICIT + " " + EXPLICIT + " | ACCEPTANCE                | " + EXPLICIT,
        "explicit LE before big endian   | 1.2.840.10008.5.1.4.1.1.2     | " + BIG + " " + EXPLICIT + "| ACCEPTANCE                      | " + EXPLICIT,
        "deflated before uncompressed    | 1.2.840.10008.5.1.4.1.1.2     | " + IMPLICIT + " " + DEFLATED + " | ACCEPTANCE                | " + DEFLATED,
        "compressed kept as sent         | 1.2.840.10008.5.1.4.1.1.2     | " + EXPLICIT + " " + JPEG_LOSSLESS + " | ACCEPTANCE           | " + JPEG_LOSSLESS,
        "jpeg 2000                       | 1.2.840.10008.5.1.4.1.1.4     | " + J2K + "                 | ACCEPTANCE                      | " + J2K,
        "unknown transfer syntax         | 1.2.840.10008.5.1.4.1.1.2     | 1.2.3.4.5                   | TRANSFER_SYNTAXES_NOT_SUPPORTED | ''",
        "not a storage class             | 1.2.840.10008.5.1.4.1.2.1.1   | " + IMPLICIT + "            | ABSTRACT_SYNTAX_NOT_SUPPORTED   | ''",
        "private class not accepted      | 1.2.3.4.5.6                   | " + IMPLICIT + "            | ABSTRACT_SYNTAX_NOT_SUPPORTED   | ''",
        "verification uncompressed only  | 1.2.840.10008.1.1             | " + JPEG_LOSSLESS + " " + IMPLICIT + " | ACCEPTANCE           | " + IMPLICIT,
    })
    void presentationContexts(String name, String abstractSyntax, String proposed, PresentationContextAc.Result result,
                              String accepted) {
        PresentationContextAc ac = AcceptancePolicies.allStorage(false).negotiate(
                new PresentationContextRq(7, abstractSyntax, List.of(proposed.trim().split("\\s+"))));
        assertEquals(7, ac.presentationContextId());
        assertEquals(result, ac.result());
        if (result == PresentationContextAc.Result.ACCEPTANCE) {
            assertEquals(accepted, ac.transferSyntax());
        }
    }

    @Test
    void unknownSopClassesWhenAllowed() {
        PresentationContextAc ac = AcceptancePolicies.allStorage(true).negotiate(
                new PresentationContextRq(1, "1.2.3.4.5.6", List.of(IMPLICIT)));
        assertEquals(PresentationContextAc.Result.ACCEPTANCE, ac.result());
        PresentationContextAc invalid = AcceptancePolicies.allStorage(true).negotiate(
                new PresentationContextRq(1, "1.2.x", List.of(IMPLICIT)));
        assertEquals(PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED, invalid.result());
    }

    @Test
    void roleAndExtendedNegotiationAreAnsweredForAcceptedClassesOnly() {
        String refused = "1.2.3.4";
        AcceptancePolicy policy = new AcceptancePolicy() {
            @Override
            public PresentationContextAc negotiate(PresentationContextRq proposed) {
                return AcceptancePolicies.allStorage(false).negotiate(proposed);
            }

            @Override
            public java.util.Optional<RoleSelection> negotiateRole(RoleSelection proposed) {
                return java.util.Optional.of(new RoleSelection(proposed.sopClassUid(), true, false));
            }

            @Override
            public java.util.Optional<byte[]> extendedNegotiation(String sopClassUid) {
                return java.util.Optional.of(new byte[] {1, 0, 0, 0, 0, 0});
            }
        };
        AAssociateRq rq = new AAssociateRq(1, "STORE", "SCU", AssociationNegotiator.DICOM_APPLICATION_CONTEXT,
                List.of(new PresentationContextRq(1, CT, List.of(EXPLICIT)),
                        new PresentationContextRq(3, refused, List.of(EXPLICIT))),
                new UserInformation(List.of(new MaximumLength(16384),
                        new RoleSelection(CT, true, true), new RoleSelection(refused, true, true),
                        new SopClassExtendedNegotiation(CT, new byte[] {1}),
                        new SopClassExtendedNegotiation(refused, new byte[] {1}))));
        Negotiation.Accepted accepted = assertInstanceOf(Negotiation.Accepted.class,
                new AssociationNegotiator(config().policy(policy).build()).negotiate(rq, false));
        UserInformation ui = accepted.ac().userInformation();
        assertEquals(List.of(new RoleSelection(CT, true, false)), ui.roleSelections());
        assertEquals(1, ui.extendedNegotiations().size());
        assertEquals(CT, ui.extendedNegotiations().get(0).sopClassUid());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {1, 0, 0, 0, 0, 0},
                ui.extendedNegotiations().get(0).serviceClassApplicationInformation());
    }

    @Test
    void verificationOnlyRefusesStorage() {
        PresentationContextAc ac = AcceptancePolicies.verificationOnly().negotiate(
                new PresentationContextRq(1, CT, List.of(IMPLICIT)));
        assertEquals(PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED, ac.result());
    }

    @Test
    void noAcceptableContextRejectsLikeDcmrecv() {
        Negotiation n = new AssociationNegotiator(config().policy(AcceptancePolicies.verificationOnly()).build())
                .negotiate(ctRq("STORE", "SCU"), false);
        Negotiation.Rejected rejected = assertInstanceOf(Negotiation.Rejected.class, n);
        assertEquals(AAssociateRj.Result.REJECTED_PERMANENT, rejected.rj().result());
        assertEquals(AAssociateRj.Reason.USER_NO_REASON_GIVEN, rejected.rj().reason());
    }

    @Test
    void acceptAnswersEveryContextAndAdvertisesOurLimits() {
        AcceptorConfig c = config().maxPduLength(32768).build();
        AAssociateRq rq = rq(1, AssociationNegotiator.DICOM_APPLICATION_CONTEXT, "ANYONE", "SCU", List.of(
                new PresentationContextRq(1, CT, List.of(EXPLICIT)),
                new PresentationContextRq(3, "1.2.3.4", List.of(EXPLICIT))));
        Negotiation.Accepted accepted = assertInstanceOf(Negotiation.Accepted.class,
                new AssociationNegotiator(c).negotiate(rq, false));
        assertEquals(2, accepted.ac().presentationContexts().size());
        assertEquals(Set.of(1), accepted.contexts().keySet());
        assertEquals(32768, accepted.ac().userInformation().maxPduLength().getAsLong());
        assertEquals("STORE", accepted.ac().calledAeTitle(), "responds with its own AE title by default");
        AAssociateRq sameRq = rq;
        Negotiation.Accepted withCalled = assertInstanceOf(Negotiation.Accepted.class,
                new AssociationNegotiator(config().useCalledAeTitle(true).build()).negotiate(sameRq, false));
        assertEquals("ANYONE", withCalled.ac().calledAeTitle());
    }
}
