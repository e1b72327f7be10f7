package io.github.cameldicom.net;

import io.github.cameldicom.dimse.CommandField;
import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.testing.ExplicitLeDataSet;
import io.github.cameldicom.testing.RawScu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import static io.github.cameldicom.testing.CamelReceiver.CT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile C-STORE requests against the Camel receiver, in its default normal storage mode, each answered as PS3.4
 * Annex B.2.3 and PS3.7 say: a failure status when the command decodes (the association goes on and is released),
 * an A-ABORT when it does not. Nothing reaches the route, no file is written, no spool file is left, and whatever
 * the UIDs hold, nothing is written outside the output directory (only its own files are ever found, and only there).
 * Whatever the UIDs hold, every log line shows them escaped and bounded, and the response never echoes them.
 * {@link HostileStoreTest} covers the Affected SOP Instance UIDs with path characters against the protocol-level SCP.
 */
class HostileStoreRequestTest extends HostileInputSupport {

    private static final String UID = "1.2.826.0.1.3680043.2.1143.77";

    static Stream<Arguments> affectedSopClassUids() {
        return Stream.of(
                arguments("../../etc/passwd"), arguments("1.2.840.10008.5.1.4.1.1.2/../3"),
                arguments("1.2.840.10008.5.1.4.1.1.2\\3"), arguments("1.2.840.10008.5.1.4.1.1.2\u0000.3"),
                arguments("1.2.840.10008.5.1.4.1.1..2"), arguments(".."));
    }

    /** An Affected SOP Class UID that is no UID cannot name the context's abstract syntax: 0122, PS3.4 B.2.3. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("affectedSopClassUids")
    void affectedSopClassUidThatIsNoUidIsRefused(String sopClass) throws Exception {
        try (RawScu scu = receiver.associate("HOSTILE")) {
            assertEquals(Status.SOP_CLASS_NOT_SUPPORTED,
                    store(scu, sopClass, UID, ExplicitLeDataSet.withSopUids(CT, UID).bytes()));
            scu.release();
        }
        assertReceiverUnharmed("refused with 0x0122");
    }

    static Stream<Arguments> dataSetSopUids() {
        return Stream.of(
                arguments(CT, "../../" + UID), arguments(CT, UID + "/../x"), arguments(CT, UID + "\\x"),
                arguments(CT, UID.replace(".77", "\u0000.77")), arguments(CT, UID + "..1"),
                arguments(CT, "1." + "2".repeat(70)), arguments("../" + CT, UID),
                arguments(CT + "/..", UID), arguments("1." + "2".repeat(70), UID));
    }

    /**
     * The command's UIDs are valid, the data set's are not: the data set does not match its command, A900, and the
     * hostile values are never used for anything.
     */
    @ParameterizedTest(name = "data set SOP class {0}, instance {1}")
    @MethodSource("dataSetSopUids")
    void dataSetUidsThatAreNoUidsAreRefused(String sopClass, String sopInstance) throws Exception {
        try (RawScu scu = receiver.associate("HOSTILE")) {
            assertEquals(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS,
                    store(scu, CT, UID, ExplicitLeDataSet.withSopUids(sopClass, sopInstance).bytes()));
            scu.release();
        }
        assertReceiverUnharmed("differs from the command");
    }

    /**
     * An element announcing 4 GiB - 2 bytes (even, so not undefined length) after which the data set ends: normal
     * mode reads it as skipped bytes, never as a buffer to allocate, and finds the data set truncated, C000.
     */
    @Test
    void dataSetElementOfNearlyFourGibibytesIsNotUnderstood() throws Exception {
        byte[] dataSet = ExplicitLeDataSet.withSopUids(CT, UID).header(0x00091010, "OB", 0xFFFFFFFEL)
                .raw(new byte[100]).bytes();
        try (RawScu scu = receiver.associate("HOSTILE")) {
            assertEquals(Status.CANNOT_UNDERSTAND, store(scu, CT, UID, dataSet));
            scu.release();
        }
        assertReceiverUnharmed("malformed data set");
    }

    static Stream<Arguments> commandElementLengths() {
        return Stream.of(arguments(0xFFFFFFFFL), arguments(0xFFFFFFFEL), arguments(0x80000000L),
                arguments(0x7FFFFFFFL), arguments(0x10000L));
    }

    /** A command element whose value length runs past the command set: undecodable, A-ABORT (service user). */
    @ParameterizedTest(name = "value length {0}")
    @MethodSource("commandElementLengths")
    void commandElementWithAHugeLengthIsAborted(long length) throws Exception {
        byte[] command = CommandSet.cStoreRq(1, CT, UID, CommandSet.PRIORITY_MEDIUM).encode();
        ByteArrayOutputStream hostile = new ByteArrayOutputStream();
        // Affected SOP Class UID (0000,0002) with the length given first, then the genuine command.
        hostile.writeBytes(new byte[] {0, 0, 2, 0, (byte) length, (byte) (length >> 8), (byte) (length >> 16),
                                       (byte) (length >> 24)});
        hostile.writeBytes(command);
        try (RawScu scu = receiver.associate("HOSTILE")) {
            scu.sendMessage(1, hostile.toByteArray(), ExplicitLeDataSet.withSopUids(CT, UID).bytes(), 1000);
            assertEquals(AAbort.serviceUser(), scu.read());
        }
        assertReceiverUnharmed("undecodable command set");
    }

    /**
     * A UID over 64 characters in the command is no UID (PS3.5 §9.1): the command decodes all the same (it is capped
     * at 64 KiB as a whole), and the request is refused with the status PS3.4 B.2.3 gives, 0122 for the SOP class and
     * 0117 for the instance; the association goes on.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overLongCommandUids")
    void commandUidOver64CharactersIsRefusedWithItsStatus(String element, byte[] command, int status)
            throws Exception {
        try (RawScu scu = receiver.associate("HOSTILE")) {
            scu.sendMessage(1, command, ExplicitLeDataSet.withSopUids(CT, UID).bytes(), 1000);
            assertEquals(status, scu.readCommand().status());
            scu.release();
        }
        assertReceiverUnharmed("refused with " + Status.hex(status), "...(65 characters)");
    }

    static Stream<Arguments> overLongCommandUids() {
        String longUid = "1." + "2".repeat(63);
        byte[] valid = CommandSet.cStoreRq(1, CT, UID, CommandSet.PRIORITY_MEDIUM).encode();
        return Stream.of(
                arguments("AffectedSOPClassUID", replaceUid(valid, CT, longUid), Status.SOP_CLASS_NOT_SUPPORTED),
                arguments("AffectedSOPInstanceUID", replaceUid(valid, UID, longUid), Status.INVALID_OBJECT_INSTANCE));
    }

    static Stream<Arguments> commandUidsWithControlCharacters() {
        return Stream.of(
                arguments(CT, UID + "\r\nWARN forged line", Status.INVALID_OBJECT_INSTANCE,
                        UID + "\\x0d\\x0aWARN forged line"),
                arguments(CT, UID + "\u0000.1\u001b[2J", Status.INVALID_OBJECT_INSTANCE, UID + "\\x00.1\\x1b[2J"),
                arguments(CT + "\nWARN forged", UID, Status.SOP_CLASS_NOT_SUPPORTED, CT + "\\x0aWARN forged"));
    }

    /**
     * CR, LF, NUL and escape sequences in the command's UIDs cannot forge or break log lines: the one warning and
     * every other line show them escaped.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("commandUidsWithControlCharacters")
    void commandUidWithControlCharactersIsLoggedEscaped(String sopClass, String sopInstance, int status,
                                                        String escaped) throws Exception {
        try (RawScu scu = receiver.associate("HOSTILE")) {
            assertEquals(status, store(scu, sopClass, sopInstance, ExplicitLeDataSet.withSopUids(CT, UID).bytes()));
            scu.release();
        }
        assertReceiverUnharmed("refused with " + Status.hex(status), escaped);
        assertLogLinesPrintable();
    }

    /** The data set's UIDs (up to 1024 characters are read) reach the log escaped and cut, in the one warning. */
    @Test
    void dataSetUidWithControlCharactersIsLoggedEscapedAndCut() throws Exception {
        String hostile = "1.2.3\r\nERROR forged\u0000" + "9".repeat(1000);
        try (RawScu scu = receiver.associate("HOSTILE")) {
            assertEquals(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS,
                    store(scu, CT, UID, ExplicitLeDataSet.withSopUids(CT, hostile).bytes()));
            scu.release();
        }
        assertReceiverUnharmed("differs from the command", "1.2.3\\x0d\\x0aERROR forged\\x00",
                "...(" + hostile.length() + " characters)");
        assertLogLinesPrintable();
        assertTrue(warnings().get(0).length() < 300, warnings().get(0));
    }

    static Stream<Arguments> invalidAffectedSopInstanceUids() {
        return Stream.of(arguments(UID + "\r\nWARN x"), arguments("../../etc/passwd"), arguments(UID.replace(".77", "\u0000.77")),
                arguments("1." + "2".repeat(70)), arguments("1.02.3"));
    }

    /**
     * The C-STORE-RSP to a request whose Affected SOP Instance UID is no UID: 0117, the Affected SOP Class UID echoed,
     * and no Affected SOP Instance UID (0000,1000) at all, which PS3.7 Table 9.1-1 makes U(=) in a response: the
     * hostile bytes are not sent back.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAffectedSopInstanceUids")
    void responseLeavesOutAnInvalidAffectedSopInstanceUid(String sopInstance) throws Exception {
        byte[] rsp;
        try (RawScu scu = receiver.associate("HOSTILE")) {
            byte[] command = CommandSet.cStoreRq(5, CT, UID, CommandSet.PRIORITY_MEDIUM).encode();
            scu.sendMessage(1, replaceUid(command, UID, sopInstance), ExplicitLeDataSet.withSopUids(CT, UID).bytes(),
                    1000);
            rsp = scu.readCommandBytes();
            scu.release();
        }
        byte[] expected = new CommandSet(CommandField.C_STORE_RSP.code(), CommandSet.ABSENT, 5, CT, null, null, null,
                CommandSet.ABSENT, CommandSet.NO_DATA_SET, Status.INVALID_OBJECT_INSTANCE,
                "invalid Affected SOP Instance UID", CommandSet.ABSENT, null, CommandSet.ABSENT).encode();
        assertArrayEquals(expected, rsp);
        assertEquals(-1, indexOfOrMinusOne(rsp, new byte[] {0, 0, 0, 0x10}), "(0000,1000) in the response");
        assertReceiverUnharmed("refused with 0x0117");
    }

    /** No recorded line holds a character outside printable ASCII: none can start a forged line or hide text. */
    private void assertLogLinesPrintable() {
        for (String line : log.lines()) {
            assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7F), "unprintable character in: "
                    + line.replace("\r", "<CR>").replace("\n", "<LF>").replace("\u0000", "<NUL>"));
        }
    }

    /** The command with one UID element's value replaced (and its length adjusted; the group length is not used). */
    private static byte[] replaceUid(byte[] command, String uid, String replacement) {
        byte[] padded = (uid.length() % 2 == 0 ? uid : uid + "\0").getBytes(StandardCharsets.US_ASCII);
        byte[] with = (replacement.length() % 2 == 0 ? replacement : replacement + "\0")
                .getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(command, padded);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(command, 0, at - 4);
        out.writeBytes(new byte[] {(byte) with.length, (byte) (with.length >> 8), 0, 0});
        out.writeBytes(with);
        out.write(command, at + padded.length, command.length - at - padded.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        int at = indexOfOrMinusOne(bytes, pattern);
        if (at < 0) {
            throw new IllegalArgumentException("pattern not found");
        }
        return at;
    }

    private static int indexOfOrMinusOne(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int store(RawScu scu, String sopClass, String sopInstance, byte[] dataSet) throws Exception {
        scu.sendMessage(1, CommandSet.cStoreRq(1, sopClass, sopInstance, CommandSet.PRIORITY_MEDIUM).encode(),
                dataSet, 1000);
        return scu.readCommand().status();
    }
}
