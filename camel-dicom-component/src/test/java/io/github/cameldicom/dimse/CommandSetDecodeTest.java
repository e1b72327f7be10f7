package io.github.cameldicom.dimse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static io.github.cameldicom.dimse.CommandSetFixtures.C_ECHO_RQ;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_STORE_RQ;
import static io.github.cameldicom.dimse.CommandSetFixtures.VERIFICATION;
import static io.github.cameldicom.dimse.CommandSetFixtures.ascii;
import static io.github.cameldicom.dimse.CommandSetFixtures.concat;
import static io.github.cameldicom.dimse.CommandSetFixtures.element;
import static io.github.cameldicom.dimse.CommandSetFixtures.hex;
import static io.github.cameldicom.dimse.CommandSetFixtures.uint32;
import static io.github.cameldicom.dimse.CommandSetFixtures.us;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Hostile and sloppy command sets: what is rejected with which message, and what is tolerated. */
class CommandSetDecodeTest {

    private static final byte[] COMMAND_FIELD_ECHO = element(0x0100, us(0x0030));
    private static final byte[] MESSAGE_ID = element(0x0110, us(1));
    private static final byte[] NO_DATA_SET = element(0x0800, us(0x0101));

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("empty", new byte[0], "command set has no (0000,0100) CommandField"),
                arguments("truncated header", Arrays.copyOf(C_ECHO_RQ, C_ECHO_RQ.length - 7),
                        "command set truncated: element header at offset 58 needs 8 bytes, 3 remain"),
                arguments("value beyond the buffer", Arrays.copyOf(C_ECHO_RQ, C_ECHO_RQ.length - 1),
                        "value of (0000,0800) CommandDataSetType at offset 58 has length 2 but only 1 bytes remain"),
                arguments("length near 2^32", concat(hex("00 00 02 00"), uint32(0xFFFFFFF0L), ascii("1.2")),
                        "value of (0000,0002) AffectedSOPClassUID at offset 0 has length 4294967280"),
                arguments("undefined length", concat(hex("00 00 02 00 FF FF FF FF"), COMMAND_FIELD_ECHO),
                        "(0000,0002) AffectedSOPClassUID at offset 0 has undefined length"),
                arguments("data set element", concat(COMMAND_FIELD_ECHO, hex("08 00 16 00 02 00 00 00 31 00")),
                        "element (0008,0016) at offset 10 is not a command element"),
                arguments("US of 4 bytes", concat(element(0x0100, uint32(0x30)), MESSAGE_ID, NO_DATA_SET),
                        "(0000,0100) CommandField has value length 4; its VR US needs 2"),
                arguments("US of 0 bytes", concat(COMMAND_FIELD_ECHO, element(0x0110, new byte[0]), NO_DATA_SET),
                        "(0000,0110) MessageID has value length 0; its VR US needs 2"),
                arguments("group length of 2 bytes", concat(element(0x0000, us(30)), COMMAND_FIELD_ECHO),
                        "(0000,0000) CommandGroupLength has value length 2; its VR UL needs 4"),
                arguments("AE of 18 bytes", concat(element(0x1030, ascii("A".repeat(18))), COMMAND_FIELD_ECHO),
                        "(0000,1030) MoveOriginatorApplicationEntityTitle has value length 18;"
                                + " its VR AE needs at most 16"),
                arguments("LO of 66 bytes", concat(element(0x0902, ascii("x".repeat(66))), COMMAND_FIELD_ECHO),
                        "(0000,0902) ErrorComment has value length 66; its VR LO needs at most 64"),
                arguments("AT of 6 bytes", concat(element(0x0901, hex("10 00 10 00 20 00")), COMMAND_FIELD_ECHO),
                        "(0000,0901) OffendingElement has value length 6; its VR AT needs a multiple of 4"),
                arguments("repeated element", concat(COMMAND_FIELD_ECHO, MESSAGE_ID, MESSAGE_ID, NO_DATA_SET),
                        "command element (0000,0110) MessageID occurs twice"),
                arguments("no command data set type", concat(COMMAND_FIELD_ECHO, MESSAGE_ID),
                        "command set has no (0000,0800) CommandDataSetType"),
                arguments("request without message ID", concat(element(0x0100, us(0x0001)), NO_DATA_SET),
                        "C-STORE-RQ has no (0000,0110) MessageID"),
                arguments("response without message ID being responded to",
                        concat(element(0x0100, us(0x8001)), MESSAGE_ID, NO_DATA_SET, element(0x0900, us(0))),
                        "C-STORE-RSP has no (0000,0120) MessageIDBeingRespondedTo"),
                arguments("response without status",
                        concat(element(0x0100, us(0x8030)), element(0x0120, us(1)), NO_DATA_SET),
                        "C-ECHO-RSP has no (0000,0900) Status"),
                arguments("C-CANCEL-RQ without message ID being responded to",
                        concat(element(0x0100, us(0x0FFF)), MESSAGE_ID, NO_DATA_SET),
                        "C-CANCEL-RQ has no (0000,0120) MessageIDBeingRespondedTo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejects(String name, byte[] bytes, String message) {
        DimseException e = assertThrows(DimseException.class, () -> CommandSet.decode(bytes));

        assertEquals(message, e.getMessage().substring(0, Math.min(message.length(), e.getMessage().length())),
                e.getMessage());
    }

    @Test
    void groupLengthIsOptional() throws DimseException {
        byte[] withoutGroupLength = Arrays.copyOfRange(C_ECHO_RQ, 12, C_ECHO_RQ.length);

        assertEquals(CommandSet.decode(C_ECHO_RQ), CommandSet.decode(withoutGroupLength));
    }

    @Test
    void wrongGroupLengthValueIsIgnored() throws DimseException {
        byte[] wrong = C_ECHO_RQ.clone();
        wrong[8] = 0x10;

        assertEquals(CommandSet.decode(C_ECHO_RQ), CommandSet.decode(wrong));
    }

    @Test
    void unknownAndRetiredElementsAreSkipped() throws DimseException {
        byte[] bytes = concat(
                element(0x0001, uint32(99)),                 // (0000,0001) CommandLengthToEnd, retired
                element(0x0002, ascii(VERIFICATION + "\0")),
                COMMAND_FIELD_ECHO,
                MESSAGE_ID,
                element(0x0600, ascii("DEST  ")),             // (0000,0600) MoveDestination, not kept
                NO_DATA_SET,
                element(0x4000, ascii("hello ")),             // (0000,4000) Command Comment, retired LT
                element(0x5010, ascii("x")));                 // (0000,5010) Message Set ID, retired SH

        assertEquals(CommandSet.decode(C_ECHO_RQ), CommandSet.decode(bytes));
    }

    @Test
    void oddLengthAndSpacePaddedStringsAreTolerated() throws DimseException {
        byte[] bytes = concat(
                element(0x0002, ascii(VERIFICATION)),          // 17 bytes, no padding
                element(0x0100, us(0x0001)),
                element(0x0110, us(2)),
                element(0x0800, us(0x0000)),
                element(0x1000, ascii("1.2.3.4 ")),           // space instead of NUL
                element(0x1030, ascii("  MOVER ")));          // leading spaces are insignificant in AE

        CommandSet rq = CommandSet.decode(bytes);

        assertEquals(VERIFICATION, rq.affectedSopClassUid());
        assertEquals("1.2.3.4", rq.affectedSopInstanceUid());
        assertEquals("MOVER", rq.moveOriginatorApplicationEntityTitle());
    }

    /**
     * A UI value longer than the 64 bytes of a UID is no UID, but it decodes as received, so that the service can
     * answer it with a failure status (0117H, 0122H) instead of aborting the association.
     */
    @Test
    void uidOver64BytesIsKeptAsReceived() throws DimseException {
        String longUid = "1.2".repeat(22);
        byte[] bytes = concat(element(0x0002, ascii(longUid)), element(0x0100, us(0x0001)), MESSAGE_ID,
                element(0x0800, us(0x0000)), element(0x1000, ascii(longUid + "\r\n")));

        CommandSet rq = CommandSet.decode(bytes);

        assertEquals(longUid, rq.affectedSopClassUid());
        assertEquals(longUid + "\r\n", rq.affectedSopInstanceUid());
        assertEquals(rq, CommandSet.decode(rq.encode()));
    }

    @Test
    void emptyStringElementStaysPresent() throws DimseException {
        CommandSet rq = CommandSet.decode(concat(element(0x0002, new byte[0]), COMMAND_FIELD_ECHO, MESSAGE_ID,
                NO_DATA_SET));

        assertEquals("", rq.affectedSopClassUid());
        assertEquals(rq, CommandSet.decode(rq.encode()));
    }

    @Test
    void unknownCommandFieldIsKeptForTheServiceToRefuse() throws DimseException {
        CommandSet rq = CommandSet.decode(concat(element(0x0100, us(0x0555)), NO_DATA_SET));

        assertEquals(0x0555, rq.commandField());
        assertNull(rq.command());
    }

    @Test
    void elementsMayComeOutOfOrder() throws DimseException {
        byte[] reordered = concat(NO_DATA_SET, MESSAGE_ID, element(0x0002, ascii(VERIFICATION + "\0")),
                COMMAND_FIELD_ECHO);

        assertEquals(CommandSet.decode(C_ECHO_RQ), CommandSet.decode(reordered));
    }

    @Test
    void decodingDoesNotDependOnTheDataSetBytes() throws DimseException {
        byte[] rqThenGarbage = concat(C_STORE_RQ, hex("08 00"));

        assertThrows(DimseException.class, () -> CommandSet.decode(rqThenGarbage));
        assertEquals(7, CommandSet.decode(C_STORE_RQ).messageId());
    }
}
