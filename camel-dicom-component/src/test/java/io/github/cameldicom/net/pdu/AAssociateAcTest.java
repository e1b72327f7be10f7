package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.AAssociateRqTest.APPLICATION_CONTEXT;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.CT_IMAGE_STORAGE;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.DCMTK_IMPLEMENTATION_CLASS_UID;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.EXPLICIT_VR_LITTLE_ENDIAN;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.IMPLICIT_VR_LITTLE_ENDIAN;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertEveryTruncationInvalid;
import static io.github.cameldicom.net.pdu.PduTestSupport.decode;
import static io.github.cameldicom.net.pdu.PduTestSupport.indexOf;
import static io.github.cameldicom.net.pdu.PduTestSupport.setItemLength;
import static io.github.cameldicom.net.pdu.PduTestSupport.withItemTwice;
import static io.github.cameldicom.net.pdu.PduTestSupport.withTrailingZero;
import static io.github.cameldicom.net.pdu.PduTestSupport.withoutItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import io.github.cameldicom.net.pdu.PresentationContextAc.Result;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A-ASSOCIATE-AC, PS3.8 §9.3.3, with the fixtures of {@link AssociateFixtures}. */
class AAssociateAcTest {

    /** The AE title fields (PS3.8 Table 9-17, bytes 11-26 and 27-42). */
    private static final int CALLED_AE_TITLE = 10;
    private static final int CALLING_AE_TITLE = 26;

    static AAssociateAc storescpAnswer() {
        return new AAssociateAc(1, "ANY-SCP", "ECHOSCU", APPLICATION_CONTEXT,
                List.of(new PresentationContextAc(1, Result.ACCEPTANCE, IMPLICIT_VR_LITTLE_ENDIAN)),
                UserInformation.forAcceptor(16384, DCMTK_IMPLEMENTATION_CLASS_UID, "OFFIS_DCMTK_367"));
    }

    @Test
    void decodesWhatStorescpAnswered() throws PduException {
        AAssociateAc ac = (AAssociateAc) decode(AssociateFixtures.storescpAc());

        assertEquals(PduType.A_ASSOCIATE_AC, ac.pduType());
        assertEquals(1, ac.protocolVersion());
        assertEquals("ANY-SCP", ac.calledAeTitle());
        assertEquals("ECHOSCU", ac.callingAeTitle());
        assertEquals(APPLICATION_CONTEXT, ac.applicationContextName());
        assertEquals(List.of(new PresentationContextAc(1, Result.ACCEPTANCE, IMPLICIT_VR_LITTLE_ENDIAN)),
                ac.presentationContexts());
        assertTrue(ac.presentationContexts().get(0).isAccepted());
        assertEquals(OptionalLong.of(16384), ac.userInformation().maxPduLength());
        assertEquals(storescpAnswer(), ac);
    }

    @Test
    void encodesTheAnswerByteForByte() {
        byte[] encoded = PduCodec.encode(storescpAnswer());

        assertArrayEquals(AssociateFixtures.storescpAc(), encoded, Hex.encode(encoded));
        assertEquals(encoded.length, PduCodec.encodedLength(storescpAnswer()));
    }

    @Test
    void decodesAndReencodesRejectedContextsAndEveryAcceptorSubItem() throws PduException {
        byte[] fixture = AssociateFixtures.storeAcAllSubItems();

        AAssociateAc ac = (AAssociateAc) decode(fixture);

        assertEquals(List.of(
                new PresentationContextAc(1, Result.ACCEPTANCE, EXPLICIT_VR_LITTLE_ENDIAN),
                new PresentationContextAc(3, Result.ABSTRACT_SYNTAX_NOT_SUPPORTED, IMPLICIT_VR_LITTLE_ENDIAN),
                new PresentationContextAc(5, Result.TRANSFER_SYNTAXES_NOT_SUPPORTED, EXPLICIT_VR_LITTLE_ENDIAN)),
                ac.presentationContexts());
        assertFalse(ac.presentationContexts().get(1).isAccepted());
        UserInformation userInformation = ac.userInformation();
        assertEquals(OptionalLong.of(16384), userInformation.maxPduLength());
        assertEquals(Optional.of("2.25.12345"), userInformation.implementationClassUid());
        assertEquals(Optional.of(new AsynchronousOperationsWindow(1, 1)),
                userInformation.asynchronousOperationsWindow());
        assertEquals(List.of(new RoleSelection(CT_IMAGE_STORAGE, true, false)), userInformation.roleSelections());
        assertEquals(Optional.of("CAMEL_DICOM_01"), userInformation.implementationVersionName());
        assertEquals(List.of(new SopClassExtendedNegotiation(CT_IMAGE_STORAGE, Hex.decode("020003000100"))),
                userInformation.extendedNegotiations());
        assertEquals(Optional.of(new UserIdentityAc(Hex.decode("a1b2c3d4"))), userInformation.userIdentityResponse());
        assertEquals(Optional.empty(), userInformation.userIdentity());

        assertArrayEquals(fixture, PduCodec.encode(ac));
    }

    @Test
    void theBuilderWritesTheSubItemsInTheFixturesOrder() {
        UserInformation built = UserInformation.builder()
                .userIdentityResponse(new UserIdentityAc(Hex.decode("a1b2c3d4")))
                .add(new SopClassExtendedNegotiation(CT_IMAGE_STORAGE, Hex.decode("020003000100")))
                .implementationVersionName("CAMEL_DICOM_01")
                .add(new RoleSelection(CT_IMAGE_STORAGE, true, false))
                .asynchronousOperationsWindow(1, 1)
                .implementationClassUid("2.25.12345")
                .maxPduLength(16384)
                .build();
        AAssociateAc ac = new AAssociateAc(1, "STORESCP", "MODALITY", APPLICATION_CONTEXT, List.of(
                new PresentationContextAc(1, Result.ACCEPTANCE, EXPLICIT_VR_LITTLE_ENDIAN),
                new PresentationContextAc(3, Result.ABSTRACT_SYNTAX_NOT_SUPPORTED, IMPLICIT_VR_LITTLE_ENDIAN),
                new PresentationContextAc(5, Result.TRANSFER_SYNTAXES_NOT_SUPPORTED, EXPLICIT_VR_LITTLE_ENDIAN)),
                built);

        assertArrayEquals(AssociateFixtures.storeAcAllSubItems(), PduCodec.encode(ac));
    }

    @Test
    void acceptsARejectedContextWithoutTransferSyntax() throws PduException {
        AAssociateAc ac = (AAssociateAc) decode(AssociateFixtures.acRejectedWithoutTransferSyntax());

        assertEquals(List.of(new PresentationContextAc(1, Result.ABSTRACT_SYNTAX_NOT_SUPPORTED, "")),
                ac.presentationContexts());
    }

    @Test
    void encodesARejectedContextWithAnEmptyTransferSyntaxSubItem() throws PduException {
        AAssociateAc ac = (AAssociateAc) decode(AssociateFixtures.acRejectedWithoutTransferSyntax());

        byte[] encoded = PduCodec.encode(ac);

        assertEquals(4, PduCodec.encodedLength(ac) - AssociateFixtures.acRejectedWithoutTransferSyntax().length);
        // item 21H of length 8: id 1, result 3, then transfer syntax sub-item 40H of length 0
        assertTrue(indexOf(encoded, Hex.decode("21000008" + "01000300" + "40000000")) > 0);
        assertEquals(ac, decode(encoded));
    }

    @Test
    void rejectsAnAcceptedContextWithoutTransferSyntax() {
        byte[] pdu = AssociateFixtures.acRejectedWithoutTransferSyntax();
        pdu[indexOf(pdu, Hex.decode("2100000401000300")) + 6] = 0;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @ParameterizedTest
    @EnumSource(Result.class)
    void decodesEveryResult(Result result) throws PduException {
        byte[] pdu = AssociateFixtures.storescpAc();
        pdu[indexOf(pdu, Hex.decode("2100001901000000")) + 6] = (byte) result.code();

        assertEquals(result, ((AAssociateAc) decode(pdu)).presentationContexts().get(0).result());
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 0x80, 0xFF})
    void rejectsAnUndefinedResult(int code) {
        byte[] pdu = AssociateFixtures.storescpAc();
        pdu[indexOf(pdu, Hex.decode("2100001901000000")) + 6] = (byte) code;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsASecondTransferSyntax() {
        byte[] ac = AssociateFixtures.storescpAc();
        int presentationContext = indexOf(ac, Hex.decode("21000019"));
        byte[] pdu = withItemTwice(ac, indexOf(ac, Hex.decode("40000011")));
        setItemLength(pdu, presentationContext, 0x19 + 21);

        assertAbortReason(Reason.UNEXPECTED_PDU_PARAMETER, () -> decode(pdu));
    }

    @ParameterizedTest(name = "sub-item {0}: {1}")
    @CsvSource({
            "0x30, UNEXPECTED_PDU_PARAMETER",
            "0x50, UNEXPECTED_PDU_PARAMETER",
            "0x41, UNRECOGNIZED_PDU_PARAMETER",
    })
    void rejectsAnotherSubItemInAPresentationContext(String itemType, Reason expected) {
        byte[] pdu = AssociateFixtures.storescpAc();
        pdu[indexOf(pdu, Hex.decode("40000011"))] = (byte) Integer.decode(itemType).intValue();

        assertAbortReason(expected, () -> decode(pdu));
    }

    @Test
    void rejectsARequestPresentationContextItem() {
        byte[] pdu = AssociateFixtures.storescpAc();
        pdu[indexOf(pdu, Hex.decode("21000019"))] = 0x20;

        assertAbortReason(Reason.UNEXPECTED_PDU_PARAMETER, () -> decode(pdu));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void rejectsAPresentationContextIdThatIsNotOdd(int id) {
        byte[] pdu = AssociateFixtures.storescpAc();
        pdu[indexOf(pdu, Hex.decode("21000019")) + 4] = (byte) id;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsTheSamePresentationContextIdTwice() {
        byte[] ac = AssociateFixtures.storescpAc();
        byte[] pdu = withItemTwice(ac, indexOf(ac, Hex.decode("21000019")));

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsMissingMandatoryItems() {
        byte[] ac = AssociateFixtures.storescpAc();

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withoutItem(ac, indexOf(ac, Hex.decode("10000015")))));
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withoutItem(ac, indexOf(ac, Hex.decode("21000019")))));
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withoutItem(ac, indexOf(ac, Hex.decode("5000003a")))));
    }

    @Test
    void doesNotTestTheEchoedAeTitles() throws PduException {
        byte[] pdu = AssociateFixtures.storescpAc();
        Arrays.fill(pdu, CALLED_AE_TITLE, CALLED_AE_TITLE + 16, (byte) ' ');
        pdu[CALLING_AE_TITLE] = (byte) 0xE4;

        AAssociateAc ac = (AAssociateAc) decode(pdu);

        assertEquals("", ac.calledAeTitle());
        assertEquals("\u00e4CHOSCU", ac.callingAeTitle());
    }

    @Test
    void rejectsEveryTruncation() {
        assertEveryTruncationInvalid(AssociateFixtures.storescpAc());
        assertEveryTruncationInvalid(AssociateFixtures.storeAcAllSubItems());
        assertEveryTruncationInvalid(AssociateFixtures.acRejectedWithoutTransferSyntax());
    }

    @Test
    void rejectsABytePastTheLastItem() {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withTrailingZero(AssociateFixtures.storescpAc())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // the transfer syntax sub-item then runs one byte past its presentation context
            "presentation context length 24, 21000019, 0x18, INVALID_PDU_PARAMETER_VALUE",
            "transfer syntax length past its item, 40000011, 0x12, INVALID_PDU_PARAMETER_VALUE",
            "application context length past the PDU, 10000015, 0xFFFF, INVALID_PDU_PARAMETER_VALUE",
    })
    void rejectsMisSizedItems(String name, String itemHeader, String length, Reason expected) {
        byte[] pdu = AssociateFixtures.storescpAc();
        setItemLength(pdu, indexOf(pdu, Hex.decode(itemHeader)), Integer.decode(length));

        assertAbortReason(expected, () -> decode(pdu));
    }

    @Test
    void refusesToEncodeInvalidPresentationContexts() {
        AAssociateAc valid = storescpAnswer();

        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateAc(1, "A", "B",
                APPLICATION_CONTEXT, List.of(), valid.userInformation())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateAc(1, "A", "B",
                APPLICATION_CONTEXT, List.of(new PresentationContextAc(256 + 1, Result.ACCEPTANCE,
                IMPLICIT_VR_LITTLE_ENDIAN)), valid.userInformation())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateAc(1, "A", "B",
                APPLICATION_CONTEXT, List.of(new PresentationContextAc(1, null, IMPLICIT_VR_LITTLE_ENDIAN)),
                valid.userInformation())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateAc(1, "A", "B",
                APPLICATION_CONTEXT, List.of(new PresentationContextAc(1, Result.ACCEPTANCE, null)),
                valid.userInformation())));
    }

    @Test
    void anAnswerCanEchoTheRequestFields() throws PduException {
        AAssociateRq rq = (AAssociateRq) decode(AssociateFixtures.rqWithPadding());
        AAssociateAc ac = new AAssociateAc(rq.protocolVersion(), rq.calledAeTitle(), rq.callingAeTitle(),
                rq.applicationContextName(), rq.presentationContexts().stream()
                .map(pc -> new PresentationContextAc(pc.presentationContextId(), Result.ACCEPTANCE,
                        pc.transferSyntaxes().get(0)))
                .toList(), UserInformation.forAcceptor(0, "2.25.12345", "CAMEL_DICOM_01"));

        byte[] encoded = PduCodec.encode(ac);

        assertEquals(ac, decode(encoded));
    }
}
