package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertEveryTruncationInvalid;
import static io.github.cameldicom.net.pdu.PduTestSupport.decode;
import static io.github.cameldicom.net.pdu.PduTestSupport.indexOf;
import static io.github.cameldicom.net.pdu.PduTestSupport.setItemLength;
import static io.github.cameldicom.net.pdu.PduTestSupport.splice;
import static io.github.cameldicom.net.pdu.PduTestSupport.withItemTwice;
import static io.github.cameldicom.net.pdu.PduTestSupport.withTrailingZero;
import static io.github.cameldicom.net.pdu.PduTestSupport.withoutItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A-ASSOCIATE-RQ, PS3.8 §9.3.2, with the fixtures of {@link AssociateFixtures}. */
class AAssociateRqTest {

    static final String APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";
    static final String VERIFICATION = "1.2.840.10008.1.1";
    static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    static final String MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4";
    static final String PROCEDURE_LOG_STORAGE = "1.2.840.10008.5.1.4.1.1.88.40";
    static final String ENHANCED_SR_STORAGE = "1.2.840.10008.5.1.4.1.1.88.22";
    static final String STORAGE_SERVICE_CLASS = "1.2.840.10008.4.2";
    static final String IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
    static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    static final String DCMTK_IMPLEMENTATION_CLASS_UID = "1.2.276.0.7230010.3.0.3.6.7";

    /** Called-AE-title and Calling-AE-title in a whole PDU (PS3.8 Table 9-11, bytes 11-26 and 27-42). */
    private static final int CALLED_AE_TITLE = 10;
    private static final int CALLING_AE_TITLE = 26;
    /** The first variable item, the Application Context Item in all fixtures (Table 9-11, byte 75). */
    private static final int FIRST_ITEM = 74;

    static AAssociateRq echoscuRequest() {
        return new AAssociateRq(1, "ANY-SCP", "ECHOSCU", APPLICATION_CONTEXT,
                List.of(new PresentationContextRq(1, VERIFICATION, List.of(IMPLICIT_VR_LITTLE_ENDIAN))),
                new UserInformation(List.of(new MaximumLength(16384),
                        new ImplementationClassUid(DCMTK_IMPLEMENTATION_CLASS_UID),
                        new ImplementationVersionName("OFFIS_DCMTK_367"))));
    }

    @Test
    void decodesTheEchoscuRequest() throws PduException {
        AAssociateRq rq = (AAssociateRq) decode(AssociateFixtures.echoscuRq());

        assertEquals(PduType.A_ASSOCIATE_RQ, rq.pduType());
        assertEquals(1, rq.protocolVersion());
        assertEquals("ANY-SCP", rq.calledAeTitle());
        assertEquals("ECHOSCU", rq.callingAeTitle());
        assertEquals(APPLICATION_CONTEXT, rq.applicationContextName());
        assertEquals(List.of(new PresentationContextRq(1, VERIFICATION, List.of(IMPLICIT_VR_LITTLE_ENDIAN))),
                rq.presentationContexts());
        assertEquals(OptionalLong.of(16384), rq.userInformation().maxPduLength());
        assertEquals(Optional.of(DCMTK_IMPLEMENTATION_CLASS_UID), rq.userInformation().implementationClassUid());
        assertEquals(Optional.of("OFFIS_DCMTK_367"), rq.userInformation().implementationVersionName());
        assertEquals(echoscuRequest(), rq);
    }

    @Test
    void encodesTheEchoscuRequestByteForByte() {
        byte[] encoded = PduCodec.encode(echoscuRequest());

        assertArrayEquals(AssociateFixtures.echoscuRq(), encoded, Hex.encode(encoded));
        assertEquals(encoded.length, PduCodec.encodedLength(echoscuRequest()));
    }

    @Test
    void readsWhatEchoscuSentAndIgnoresTheReservedByte() throws PduException {
        byte[] captured = AssociateFixtures.echoscuRqAsCaptured();

        Pdu rq = decode(captured);

        assertEquals(echoscuRequest(), rq);
        byte[] canonical = PduCodec.encode(rq);
        assertArrayEquals(AssociateFixtures.echoscuRq(), canonical, "reserved FFH sent back as 00H");
    }

    @Test
    void decodesAndReencodesEveryRequestorSubItem() throws PduException {
        byte[] fixture = AssociateFixtures.storeRqAllSubItems();

        AAssociateRq rq = (AAssociateRq) decode(fixture);

        assertEquals("STORESCP", rq.calledAeTitle());
        assertEquals("MODALITY", rq.callingAeTitle());
        assertEquals(List.of(
                new PresentationContextRq(1, CT_IMAGE_STORAGE,
                        List.of(EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN, JPEG_BASELINE)),
                new PresentationContextRq(3, MR_IMAGE_STORAGE, List.of(IMPLICIT_VR_LITTLE_ENDIAN)),
                new PresentationContextRq(5, PROCEDURE_LOG_STORAGE, List.of(EXPLICIT_VR_LITTLE_ENDIAN))),
                rq.presentationContexts());
        UserInformation userInformation = rq.userInformation();
        assertEquals(OptionalLong.of(MaximumLength.UNLIMITED), userInformation.maxPduLength());
        assertEquals(Optional.of("2.25.12345"), userInformation.implementationClassUid());
        assertEquals(Optional.of(new AsynchronousOperationsWindow(5, 3)),
                userInformation.asynchronousOperationsWindow());
        assertEquals(List.of(new RoleSelection(CT_IMAGE_STORAGE, true, true)), userInformation.roleSelections());
        assertEquals(Optional.of("CAMEL_DICOM_01"), userInformation.implementationVersionName());
        assertEquals(List.of(new SopClassExtendedNegotiation(CT_IMAGE_STORAGE, Hex.decode("020003000100"))),
                userInformation.extendedNegotiations());
        assertEquals(List.of(new SopClassCommonExtendedNegotiation(PROCEDURE_LOG_STORAGE, STORAGE_SERVICE_CLASS,
                List.of(ENHANCED_SR_STORAGE))), userInformation.commonExtendedNegotiations());
        assertEquals(Optional.of(new UserIdentityRq(UserIdentityRq.USERNAME_AND_PASSCODE, true,
                "alice".getBytes(), "s3cret".getBytes())), userInformation.userIdentity());
        assertEquals(List.of(new UnknownSubItem(0xF0, Hex.decode("0102"))), userInformation.unknownSubItems());
        assertEquals(9, userInformation.items().size());

        assertArrayEquals(fixture, PduCodec.encode(rq));
    }

    @Test
    void stripsAeTitleSpacesAndUidPadding() throws PduException {
        AAssociateRq rq = (AAssociateRq) decode(AssociateFixtures.rqWithPadding());

        assertEquals("ANY-SCP", rq.calledAeTitle());
        assertEquals("ECHOSCU", rq.callingAeTitle());
        assertEquals(APPLICATION_CONTEXT, rq.applicationContextName());
        assertEquals(List.of(
                new PresentationContextRq(1, VERIFICATION, List.of(IMPLICIT_VR_LITTLE_ENDIAN)),
                new PresentationContextRq(3, CT_IMAGE_STORAGE, List.of(EXPLICIT_VR_LITTLE_ENDIAN))),
                rq.presentationContexts());
        assertEquals(Optional.of(DCMTK_IMPLEMENTATION_CLASS_UID), rq.userInformation().implementationClassUid());
    }

    @Test
    void decodesProtocolVersionWithoutTestingIt() throws PduException {
        byte[] pdu = AssociateFixtures.echoscuRq();
        pdu[7] = 0x02;

        assertEquals(2, ((AAssociateRq) decode(pdu)).protocolVersion());
    }

    @Test
    void rejectsEveryTruncation() {
        assertEveryTruncationInvalid(AssociateFixtures.echoscuRq());
        assertEveryTruncationInvalid(AssociateFixtures.storeRqAllSubItems());
        assertEveryTruncationInvalid(AssociateFixtures.rqWithPadding());
    }

    @Test
    void rejectsABytePastTheLastItem() {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withTrailingZero(AssociateFixtures.echoscuRq())));
    }

    @ParameterizedTest
    @ValueSource(ints = {CALLED_AE_TITLE, CALLING_AE_TITLE})
    void rejectsAnAeTitleOfSpacesOnly(int aeTitle) {
        byte[] pdu = AssociateFixtures.echoscuRq();
        Arrays.fill(pdu, aeTitle, aeTitle + 16, (byte) ' ');

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x09, 0x7F, 0x80, 0xE4})
    void rejectsAnAeTitleOutsideIso646(int badByte) {
        byte[] pdu = AssociateFixtures.echoscuRq();
        pdu[CALLING_AE_TITLE + 2] = (byte) badByte;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsAMissingApplicationContextItem() {
        byte[] pdu = withoutItem(AssociateFixtures.echoscuRq(), FIRST_ITEM);

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsAMissingPresentationContextItem() {
        byte[] rq = AssociateFixtures.echoscuRq();
        byte[] pdu = withoutItem(rq, indexOf(rq, Hex.decode("2000002e")));

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsAMissingUserInformationItem() {
        byte[] rq = AssociateFixtures.echoscuRq();
        byte[] pdu = withoutItem(rq, indexOf(rq, Hex.decode("5000003a")));

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsUserInformationWithoutMaximumLength() {
        byte[] rq = AssociateFixtures.echoscuRq();
        int userInformation = indexOf(rq, Hex.decode("5000003a"));
        byte[] pdu = withoutItem(rq, indexOf(rq, Hex.decode("51000004")));
        setItemLength(pdu, userInformation, 0x3a - 8);

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsASecondApplicationContextItem() {
        byte[] pdu = withItemTwice(AssociateFixtures.echoscuRq(), FIRST_ITEM);

        assertAbortReason(Reason.UNEXPECTED_PDU_PARAMETER, () -> decode(pdu));
    }

    @Test
    void rejectsASecondUserInformationItem() {
        byte[] rq = AssociateFixtures.echoscuRq();
        byte[] pdu = withItemTwice(rq, indexOf(rq, Hex.decode("5000003a")));

        assertAbortReason(Reason.UNEXPECTED_PDU_PARAMETER, () -> decode(pdu));
    }

    @ParameterizedTest(name = "item type {0} in place of the application context: {1}")
    @CsvSource({
            "0x00, UNRECOGNIZED_PDU_PARAMETER",
            "0x11, UNRECOGNIZED_PDU_PARAMETER",
            "0x60, UNRECOGNIZED_PDU_PARAMETER",
            "0xFF, UNRECOGNIZED_PDU_PARAMETER",
            "0x21, UNEXPECTED_PDU_PARAMETER",
            "0x30, UNEXPECTED_PDU_PARAMETER",
            "0x40, UNEXPECTED_PDU_PARAMETER",
            "0x51, UNEXPECTED_PDU_PARAMETER",
    })
    void rejectsAnItemThatDoesNotBelongInTheVariableField(String itemType, Reason expected) {
        byte[] pdu = AssociateFixtures.echoscuRq();
        pdu[FIRST_ITEM] = (byte) Integer.decode(itemType).intValue();

        assertAbortReason(expected, () -> decode(pdu));
    }

    @ParameterizedTest(name = "sub-item {0} in place of the abstract syntax: {1}")
    @CsvSource({
            "0x31, UNRECOGNIZED_PDU_PARAMETER",
            "0x10, UNEXPECTED_PDU_PARAMETER",
            "0x21, UNEXPECTED_PDU_PARAMETER",
            "0x51, UNEXPECTED_PDU_PARAMETER",
            "0x40, INVALID_PDU_PARAMETER_VALUE",
    })
    void rejectsAPresentationContextWithTheWrongSubItems(String itemType, Reason expected) {
        byte[] pdu = AssociateFixtures.echoscuRq();
        pdu[indexOf(pdu, Hex.decode("30000011"))] = (byte) Integer.decode(itemType).intValue();

        assertAbortReason(expected, () -> decode(pdu));
    }

    @Test
    void rejectsASecondAbstractSyntax() {
        byte[] pdu = AssociateFixtures.echoscuRq();
        pdu[indexOf(pdu, Hex.decode("40000011"))] = 0x30;

        assertAbortReason(Reason.UNEXPECTED_PDU_PARAMETER, () -> decode(pdu));
    }

    @Test
    void rejectsAPresentationContextWithoutTransferSyntax() {
        byte[] rq = AssociateFixtures.echoscuRq();
        int presentationContext = indexOf(rq, Hex.decode("2000002e"));
        byte[] pdu = withoutItem(rq, indexOf(rq, Hex.decode("40000011")));
        setItemLength(pdu, presentationContext, 0x2e - 21);

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 254})
    void rejectsAPresentationContextIdThatIsNotOdd(int id) {
        byte[] pdu = AssociateFixtures.echoscuRq();
        pdu[indexOf(pdu, Hex.decode("2000002e")) + 4] = (byte) id;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsTheSamePresentationContextIdTwice() {
        byte[] pdu = AssociateFixtures.storeRqAllSubItems();
        // the MR context (id 3) becomes a second id 1
        pdu[indexOf(pdu, Hex.decode("2000003603000000")) + 4] = 1;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // the value swallows the 20H of the next item (a space, stripped); the next "item" then has length 2E01H
            "application context length 22, 10000015, 0x16, INVALID_PDU_PARAMETER_VALUE",
            "application context length past the PDU, 10000015, 0xFFFF, INVALID_PDU_PARAMETER_VALUE",
            // the transfer syntax sub-item then runs one byte past its presentation context
            "presentation context length 45, 2000002e, 0x2d, INVALID_PDU_PARAMETER_VALUE",
            // the presentation context swallows the 50H of the user information item as a truncated sub-item
            "presentation context length 47, 2000002e, 0x2f, INVALID_PDU_PARAMETER_VALUE",
            // the abstract syntax swallows the 40H of the transfer syntax, whose length then reads 1131H
            "abstract syntax length 18, 30000011, 0x12, INVALID_PDU_PARAMETER_VALUE",
            "user information length past the PDU, 5000003a, 0x3b, INVALID_PDU_PARAMETER_VALUE",
            // the last sub-item then runs one byte past the user information item
            "user information length 57, 5000003a, 0x39, INVALID_PDU_PARAMETER_VALUE",
            "maximum length sub-item length 3, 51000004, 0x03, INVALID_PDU_PARAMETER_VALUE",
            "maximum length sub-item length 5, 51000004, 0x05, INVALID_PDU_PARAMETER_VALUE",
    })
    void rejectsMisSizedItems(String name, String itemHeader, String length, Reason expected) {
        byte[] pdu = AssociateFixtures.echoscuRq();
        setItemLength(pdu, indexOf(pdu, Hex.decode(itemHeader)), Integer.decode(length));

        assertAbortReason(expected, () -> decode(pdu));
    }

    @Test
    void rejectsAnApplicationContextNameOutsideIso646() {
        byte[] pdu = AssociateFixtures.echoscuRq();
        pdu[FIRST_ITEM + 4 + 1] = (byte) 0xAE;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void decodesItemsInAnyOrder() throws PduException {
        byte[] rq = AssociateFixtures.echoscuRq();
        int userInformation = indexOf(rq, Hex.decode("5000003a"));
        byte[] applicationContext = Arrays.copyOfRange(rq, FIRST_ITEM, FIRST_ITEM + 4 + 21);
        byte[] reordered = splice(splice(rq, FIRST_ITEM, FIRST_ITEM + 25, new byte[0]), userInformation - 25,
                userInformation - 25, applicationContext);

        assertEquals(echoscuRequest(), decode(reordered));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "                ", "ABCDEFGHIJKLMNOPQ", "ÄRZTE", "TAB\tAE"})
    void refusesToEncodeAnInvalidAeTitle(String aeTitle) {
        AAssociateRq valid = echoscuRequest();
        AAssociateRq called = new AAssociateRq(1, aeTitle, "ECHOSCU", APPLICATION_CONTEXT,
                valid.presentationContexts(), valid.userInformation());
        AAssociateRq calling = new AAssociateRq(1, "ANY-SCP", aeTitle, APPLICATION_CONTEXT,
                valid.presentationContexts(), valid.userInformation());

        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(called));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(calling));
    }

    @Test
    void encodesASixteenCharacterAeTitleWithoutPadding() throws PduException {
        AAssociateRq valid = echoscuRequest();
        AAssociateRq rq = new AAssociateRq(1, "ABCDEFGHIJKLMNOP", "ECHOSCU", APPLICATION_CONTEXT,
                valid.presentationContexts(), valid.userInformation());

        byte[] encoded = PduCodec.encode(rq);

        assertEquals("ABCDEFGHIJKLMNOP", new String(encoded, CALLED_AE_TITLE, 16,
                StandardCharsets.US_ASCII));
        assertEquals(rq, decode(encoded));
    }

    @Test
    void refusesToEncodeWhatCouldNotBeDecoded() {
        AAssociateRq valid = echoscuRequest();
        UserInformation withoutMaximumLength = new UserInformation(
                List.of(new ImplementationClassUid(DCMTK_IMPLEMENTATION_CLASS_UID)));

        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateRq(1, "A", "B",
                APPLICATION_CONTEXT, List.of(), valid.userInformation())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateRq(1, "A", "B",
                APPLICATION_CONTEXT, valid.presentationContexts(), withoutMaximumLength)));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateRq(1, "A", "B",
                APPLICATION_CONTEXT, List.of(new PresentationContextRq(2, VERIFICATION,
                List.of(IMPLICIT_VR_LITTLE_ENDIAN))), valid.userInformation())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateRq(1, "A", "B",
                APPLICATION_CONTEXT, List.of(new PresentationContextRq(1, VERIFICATION, List.of())),
                valid.userInformation())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateRq(1, "A", "B",
                "1.2.840.10008.3.1.1.1\u00e9", valid.presentationContexts(), valid.userInformation())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateRq(0x10000, "A", "B",
                APPLICATION_CONTEXT, valid.presentationContexts(), valid.userInformation())));
    }

    @Test
    void refusesAPresentationContextTooLongForItsItemLength() {
        AAssociateRq valid = echoscuRequest();
        List<String> transferSyntaxes = Collections.nCopies(4000, EXPLICIT_VR_LITTLE_ENDIAN);

        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new AAssociateRq(1, "A", "B",
                APPLICATION_CONTEXT, List.of(new PresentationContextRq(1, VERIFICATION, transferSyntaxes)),
                valid.userInformation())));
    }

    @Test
    void keepsItsListsImmutable() {
        ArrayList<PresentationContextRq> contexts = new ArrayList<>(
                echoscuRequest().presentationContexts());
        AAssociateRq rq = new AAssociateRq(1, "A", "B", APPLICATION_CONTEXT, contexts,
                echoscuRequest().userInformation());
        contexts.clear();

        assertEquals(1, rq.presentationContexts().size());
        assertThrows(UnsupportedOperationException.class, () -> rq.presentationContexts().clear());
    }
}
