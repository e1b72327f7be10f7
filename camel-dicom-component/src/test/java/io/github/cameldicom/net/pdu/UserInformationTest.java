package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.AAssociateRqTest.CT_IMAGE_STORAGE;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.DCMTK_IMPLEMENTATION_CLASS_UID;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.ENHANCED_SR_STORAGE;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.MR_IMAGE_STORAGE;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.PROCEDURE_LOG_STORAGE;
import static io.github.cameldicom.net.pdu.AAssociateRqTest.STORAGE_SERVICE_CLASS;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.setItemLength;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * User Information Item and its sub-items, PS3.8 Annex D and PS3.7 Annex D.3.3, with the fixtures of
 * {@link UserInformationFixtures}.
 */
class UserInformationTest {

    private static final byte[] ALICE = "alice".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PASSCODE = "s3cret".getBytes(StandardCharsets.US_ASCII);

    static Stream<Arguments> subItems() {
        return Stream.of(
                arguments("Maximum Length", UserInformationFixtures.maximumLength(), new MaximumLength(16384)),
                arguments("Maximum Length 2^32-1", UserInformationFixtures.maximumLengthMax(),
                        new MaximumLength(0xFFFF_FFFFL)),
                arguments("Implementation Class UID", UserInformationFixtures.implementationClassUid(),
                        new ImplementationClassUid(DCMTK_IMPLEMENTATION_CLASS_UID)),
                arguments("Asynchronous Operations Window", UserInformationFixtures.asynchronousOperationsWindow(),
                        new AsynchronousOperationsWindow(5, 65535)),
                arguments("SCP/SCU Role Selection", UserInformationFixtures.roleSelection(),
                        new RoleSelection(CT_IMAGE_STORAGE, false, true)),
                arguments("Implementation Version Name", UserInformationFixtures.implementationVersionName(),
                        new ImplementationVersionName("OFFIS_DCMTK_367")),
                arguments("SOP Class Extended Negotiation", UserInformationFixtures.extendedNegotiation(),
                        new SopClassExtendedNegotiation(CT_IMAGE_STORAGE, Hex.decode("020003000100"))),
                arguments("SOP Class Common Extended Negotiation",
                        UserInformationFixtures.commonExtendedNegotiation(),
                        new SopClassCommonExtendedNegotiation(PROCEDURE_LOG_STORAGE, STORAGE_SERVICE_CLASS,
                                List.of(ENHANCED_SR_STORAGE))),
                arguments("SOP Class Common Extended Negotiation without related classes",
                        UserInformationFixtures.commonExtendedNegotiationNoRelated(),
                        new SopClassCommonExtendedNegotiation(MR_IMAGE_STORAGE, STORAGE_SERVICE_CLASS, List.of())),
                arguments("User Identity username", UserInformationFixtures.userIdentityUsername(),
                        new UserIdentityRq(UserIdentityRq.USERNAME, false, ALICE, new byte[0])),
                arguments("User Identity username and passcode",
                        UserInformationFixtures.userIdentityUsernamePasscode(),
                        new UserIdentityRq(UserIdentityRq.USERNAME_AND_PASSCODE, true, ALICE, PASSCODE)),
                arguments("User Identity AC", UserInformationFixtures.userIdentityAc(),
                        new UserIdentityAc(Hex.decode("a1b2c3d4"))),
                arguments("User Identity AC empty", UserInformationFixtures.userIdentityAcEmpty(),
                        new UserIdentityAc(new byte[0])),
                arguments("unknown F0H", UserInformationFixtures.unknownSubItem(),
                        new UnknownSubItem(0xF0, Hex.decode("010203"))));
    }

    private static UserInformation decodeValue(byte[] value, int length) throws PduException {
        return UserInformation.decode(new PduReader(value, 0, length));
    }

    private static UserInformation decodeValue(byte[] value) throws PduException {
        return decodeValue(value, value.length);
    }

    private static byte[] encode(UserInformationSubItem item) {
        ByteBuffer buffer = ByteBuffer.allocate(WireFormat.ITEM_HEADER_LENGTH + item.itemLength());
        item.encode(buffer);
        assertFalse(buffer.hasRemaining());
        return buffer.array();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subItems")
    void decodesTheSubItem(String name, byte[] fixture, UserInformationSubItem expected) throws PduException {
        assertEquals(List.of(expected), decodeValue(fixture).items());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subItems")
    void encodesTheSubItemByteForByte(String name, byte[] fixture, UserInformationSubItem expected) {
        assertArrayEquals(fixture, encode(expected), Hex.encode(encode(expected)));
        assertEquals(fixture[0] & 0xFF, expected.itemType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subItems")
    void rejectsEveryTruncation(String name, byte[] fixture, UserInformationSubItem expected) {
        for (int cut = 1; cut < fixture.length; cut++) {
            int length = cut;
            PduException e = assertThrows(PduException.class, () -> decodeValue(fixture, length), "cut " + cut);
            assertEquals(Reason.INVALID_PDU_PARAMETER_VALUE, e.reason(), "cut " + cut + ": " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subItems")
    void rejectsAnItemLengthPastItsParent(String name, byte[] fixture, UserInformationSubItem expected) {
        setItemLength(fixture, 0, fixture.length - 3);

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decodeValue(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Maximum Length 3, 5100000300004000",
            "Maximum Length 5, 510000050000400000",
            "Asynchronous Operations Window 3, 53000003000500",
            "Asynchronous Operations Window 5, 5300000500050003" + "00",
            // UID-length 2 leaves "1." and SCU-role '2' (32H)
            "Role Selection UID-length short, 54000007 0002 312e32 00 01",
            // UID-length 4 leaves no byte for the SCP-role
            "Role Selection UID-length long, 54000007 0004 312e32 00 01",
            "Role Selection SCU-role 2, 54000007000331 2e32 02 01",
            "Role Selection SCP-role FFH, 54000007000331 2e32 00 ff",
            "Role Selection byte after SCP-role, 54000008000331 2e32 00 01 00",
            "Extended Negotiation UID-length past the item, 560000040003312e",
            "Common Extended Negotiation related length past the item, 5700000c 0001 31 0001 32 0004 0001 33",
            // the related identification holds a UID length of 2 but only one byte of UID
            "Common Extended Negotiation related UID truncated, 5700000b 0001 31 0001 32 0003 0002 33",
            "Common Extended Negotiation byte after the related UIDs, 5700000c 0001 31 0001 32 0003 0001 33 00",
            "Common Extended Negotiation service class length past the item, 57000006 0001 31 0009 32",
            "User Identity positive response 2, 58000008 01 02 0001 61 0000",
            "User Identity primary length past the item, 58000008 01 00 0002 61 0000",
            "User Identity byte after the secondary field, 58000009 01 00 0001 61 0000 00",
            "User Identity AC response length past the item, 59000003 0002 61",
            "User Identity AC byte after the response, 59000004 0001 61 00",
            "Implementation Class UID with a control character, 52000003 31 0a 32",
            "Implementation Version Name beyond ISO 646, 55000002 41 c4",
    })
    void rejectsAMalformedSubItem(String name, String hex) {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decodeValue(Hex.decode(hex)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x10, 0x50, 0x5A, 0x60, 0xFF})
    void keepsSubItemsItDoesNotKnow(int itemType) throws PduException {
        byte[] value = Hex.decode(String.format("%02x000002abcd", itemType));

        UserInformation userInformation = decodeValue(value);

        assertEquals(List.of(new UnknownSubItem(itemType, Hex.decode("abcd"))), userInformation.items());
        assertArrayEquals(value, encode(userInformation.items().get(0)));
    }

    @Test
    void stripsNulAndSpacePaddingFromUids() throws PduException {
        UserInformation userInformation = decodeValue(Hex.decode("52000004 312e3300" + "54000008 0004 312e3220 0101"));

        assertEquals(Optional.of("1.3"), userInformation.implementationClassUid());
        assertEquals(List.of(new RoleSelection("1.2", true, true)), userInformation.roleSelections());
    }

    @Test
    void ignoresTheSubItemVersionOfCommonExtendedNegotiation() throws PduException {
        byte[] fixture = UserInformationFixtures.commonExtendedNegotiation();
        fixture[1] = 0x01;

        UserInformation userInformation = decodeValue(fixture);

        assertEquals(PROCEDURE_LOG_STORAGE, userInformation.commonExtendedNegotiations().get(0).sopClassUid());
        assertEquals(0, encode(userInformation.items().get(0))[1], "sent as 00H");
    }

    @Test
    void decodesAnEmptyItemAndAnswersEveryAccessor() throws PduException {
        UserInformation empty = decodeValue(new byte[0]);

        assertEquals(List.of(), empty.items());
        assertEquals(OptionalLong.empty(), empty.maxPduLength());
        assertEquals(Optional.empty(), empty.implementationClassUid());
        assertEquals(Optional.empty(), empty.implementationVersionName());
        assertEquals(Optional.empty(), empty.asynchronousOperationsWindow());
        assertEquals(List.of(), empty.roleSelections());
        assertEquals(List.of(), empty.extendedNegotiations());
        assertEquals(List.of(), empty.commonExtendedNegotiations());
        assertEquals(Optional.empty(), empty.userIdentity());
        assertEquals(Optional.empty(), empty.userIdentityResponse());
        assertEquals(List.of(), empty.unknownSubItems());
    }

    @Test
    void answersWithTheFirstOfRepeatedSingleSubItems() {
        UserInformation userInformation = new UserInformation(List.of(new MaximumLength(100),
                new MaximumLength(200), new RoleSelection("1.2", true, false), new RoleSelection("1.3", false, true)));

        assertEquals(OptionalLong.of(100), userInformation.maxPduLength());
        assertEquals(2, userInformation.roleSelections().size());
    }

    @Test
    void buildsTheAcceptorSubItemsInAscendingTypeOrder() {
        UserInformation userInformation = UserInformation.forAcceptor(16384, "2.25.1", "CAMEL");

        assertEquals(List.of(new MaximumLength(16384), new ImplementationClassUid("2.25.1"),
                new ImplementationVersionName("CAMEL")), userInformation.items());
    }

    @Test
    void theBuilderReplacesSingleSubItemsAndKeepsRepeatedOnes() {
        UserInformation userInformation = UserInformation.builder()
                .add(new RoleSelection("1.3", true, false))
                .maxPduLength(1)
                .add(new RoleSelection("1.2", true, false))
                .maxPduLength(2)
                .implementationClassUid("2.25.1")
                .build();

        assertEquals(List.of(new MaximumLength(2), new ImplementationClassUid("2.25.1"),
                new RoleSelection("1.3", true, false), new RoleSelection("1.2", true, false)),
                userInformation.items());
    }

    @Test
    void keepsCredentialsOutOfToString() {
        String rq = new UserIdentityRq(UserIdentityRq.USERNAME_AND_PASSCODE, true, ALICE, PASSCODE).toString();
        String ac = new UserIdentityAc(PASSCODE).toString();

        for (String text : List.of(rq, ac)) {
            assertFalse(text.contains("alice") || text.contains("s3cret") || text.contains(Hex.encode(PASSCODE)),
                    text);
        }
        assertTrue(rq.contains("primaryFieldLength=5"), rq);
        assertTrue(ac.contains("serverResponseLength=6"), ac);
        assertFalse(new UnknownSubItem(0xF0, PASSCODE).toString().contains(Hex.encode(PASSCODE)));
    }

    @Test
    void comparesByteFieldsByContentAndCopiesThem() {
        byte[] primary = ALICE.clone();
        UserIdentityRq identity = new UserIdentityRq(UserIdentityRq.USERNAME, false, primary, new byte[0]);
        primary[0] = 'X';
        identity.primaryField()[1] = 'Y';

        assertArrayEquals(ALICE, identity.primaryField());
        assertEquals(new UserIdentityRq(UserIdentityRq.USERNAME, false, ALICE.clone(), new byte[0]), identity);
        assertEquals(new UserIdentityRq(UserIdentityRq.USERNAME, false, ALICE.clone(), new byte[0]).hashCode(),
                identity.hashCode());
        assertNotEquals(new UserIdentityRq(UserIdentityRq.USERNAME, true, ALICE, new byte[0]), identity);
        assertEquals(new UserIdentityAc(PASSCODE.clone()), new UserIdentityAc(PASSCODE.clone()));
        assertEquals(new UnknownSubItem(0xF0, PASSCODE.clone()), new UnknownSubItem(0xF0, PASSCODE.clone()));
        assertEquals(new SopClassExtendedNegotiation("1.2", PASSCODE.clone()).hashCode(),
                new SopClassExtendedNegotiation("1.2", PASSCODE.clone()).hashCode());
        assertNotEquals(new SopClassExtendedNegotiation("1.2", PASSCODE), new SopClassExtendedNegotiation("1.2",
                ALICE));
    }

    @Test
    void refusesValuesThatCannotBeEncoded() {
        assertThrows(IllegalArgumentException.class, () -> new MaximumLength(-1));
        assertThrows(IllegalArgumentException.class, () -> new MaximumLength(0x1_0000_0000L));
        assertThrows(IllegalArgumentException.class, () -> new AsynchronousOperationsWindow(65536, 0));
        assertThrows(IllegalArgumentException.class, () -> new AsynchronousOperationsWindow(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new UnknownSubItem(0x52, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new UnknownSubItem(256, new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new UserIdentityRq(256, false, ALICE, ALICE));
        assertThrows(IllegalArgumentException.class, () -> new ImplementationVersionName("").itemLength());
        assertThrows(IllegalArgumentException.class,
                () -> new ImplementationVersionName("SEVENTEEN_CHARS__").itemLength());
        assertThrows(IllegalArgumentException.class, () -> new ImplementationClassUid("1.2\u00e9").itemLength());
        assertThrows(IllegalArgumentException.class, () -> new RoleSelection("1.2\n", true, true).itemLength());
        assertThrows(IllegalArgumentException.class,
                () -> new SopClassExtendedNegotiation("1.2", new byte[0xFFFF]).itemLength());
        assertThrows(IllegalArgumentException.class, () -> new UserIdentityRq(UserIdentityRq.JWT, false,
                new byte[0x10000], new byte[0]).itemLength());
        assertThrows(IllegalArgumentException.class, () -> new UserInformation(List.of(
                new UnknownSubItem(0xF0, new byte[0x8000]), new UnknownSubItem(0xF1, new byte[0x8000]))).itemLength());
    }

    @Test
    void encodesTheLargestLengths() throws PduException {
        SopClassExtendedNegotiation largest = new SopClassExtendedNegotiation("1", new byte[0xFFFF - 3]);

        byte[] encoded = encode(largest);

        assertEquals(0xFFFF, largest.itemLength());
        assertEquals(List.of(largest), decodeValue(encoded).items());
        assertArrayEquals(Hex.decode("5600ffff"), Arrays.copyOf(encoded, 4));
    }
}
