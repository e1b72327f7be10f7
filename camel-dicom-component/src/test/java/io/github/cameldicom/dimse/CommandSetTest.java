package io.github.cameldicom.dimse;

import org.junit.jupiter.api.Test;

import static io.github.cameldicom.dimse.CommandSet.ABSENT;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_ECHO_RQ;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_ECHO_RSP;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_STORE_RQ;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_STORE_RQ_FOR_MOVE;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_STORE_RSP;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_STORE_RSP_INVALID_INSTANCE;
import static io.github.cameldicom.dimse.CommandSetFixtures.C_STORE_RSP_OUT_OF_RESOURCES;
import static io.github.cameldicom.dimse.CommandSetFixtures.INSTANCE;
import static io.github.cameldicom.dimse.CommandSetFixtures.SECONDARY_CAPTURE_IMAGE_STORAGE;
import static io.github.cameldicom.dimse.CommandSetFixtures.VERIFICATION;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decoding and encoding the command sets of PS3.7 §9.3.1 and §9.3.5, and the response factories. */
class CommandSetTest {

    @Test
    void decodesCEchoRq() throws DimseException {
        CommandSet rq = CommandSet.decode(C_ECHO_RQ);

        assertEquals(new CommandSet(0x0030, 1, ABSENT, VERIFICATION, null, null, null, ABSENT, 0x0101, ABSENT,
                null, ABSENT, null, ABSENT), rq);
        assertEquals(CommandField.C_ECHO_RQ, rq.command());
        assertFalse(rq.hasDataSet());
    }

    @Test
    void decodesCEchoRsp() throws DimseException {
        assertEquals(new CommandSet(0x8030, ABSENT, 1, VERIFICATION, null, null, null, ABSENT, 0x0101, 0x0000,
                null, ABSENT, null, ABSENT), CommandSet.decode(C_ECHO_RSP));
    }

    @Test
    void decodesCStoreRq() throws DimseException {
        CommandSet rq = CommandSet.decode(C_STORE_RQ);

        assertEquals(new CommandSet(0x0001, 7, ABSENT, SECONDARY_CAPTURE_IMAGE_STORAGE, INSTANCE, null, null,
                CommandSet.PRIORITY_MEDIUM, 0x0000, ABSENT, null, ABSENT, null, ABSENT), rq);
        assertTrue(rq.hasDataSet());
    }

    @Test
    void decodesCStoreRqOfACMove() throws DimseException {
        CommandSet rq = CommandSet.decode(C_STORE_RQ_FOR_MOVE);

        assertEquals(new CommandSet(0x0001, 8, ABSENT, SECONDARY_CAPTURE_IMAGE_STORAGE, INSTANCE, null, null,
                CommandSet.PRIORITY_LOW, 0x0102, ABSENT, null, ABSENT, "MOVESCU", 3), rq);
        assertTrue(rq.hasDataSet());
    }

    @Test
    void decodesCStoreRsp() throws DimseException {
        assertEquals(new CommandSet(0x8001, ABSENT, 7, SECONDARY_CAPTURE_IMAGE_STORAGE, INSTANCE, null, null,
                ABSENT, 0x0101, Status.SUCCESS, null, ABSENT, null, ABSENT), CommandSet.decode(C_STORE_RSP));
    }

    @Test
    void decodesCStoreRspWithErrorComment() throws DimseException {
        CommandSet rsp = CommandSet.decode(C_STORE_RSP_OUT_OF_RESOURCES);

        assertEquals(Status.REFUSED_OUT_OF_RESOURCES, rsp.status());
        assertEquals("Disk full", rsp.errorComment());
    }

    @Test
    void encodesEveryFixtureBackByteForByte() throws DimseException {
        for (byte[] fixture : new byte[][] {C_ECHO_RQ, C_ECHO_RSP, C_STORE_RQ, C_STORE_RQ_FOR_MOVE, C_STORE_RSP,
                C_STORE_RSP_OUT_OF_RESOURCES}) {
            assertArrayEquals(fixture, CommandSet.decode(fixture).encode());
        }
    }

    @Test
    void requestFactoriesGiveTheFixtures() {
        assertArrayEquals(C_ECHO_RQ, CommandSet.cEchoRq(1).encode());
        assertArrayEquals(C_STORE_RQ, CommandSet.cStoreRq(7, SECONDARY_CAPTURE_IMAGE_STORAGE, INSTANCE,
                CommandSet.PRIORITY_MEDIUM).encode());
    }

    @Test
    void cEchoRspAnswersTheRequest() throws DimseException {
        CommandSet rsp = CommandSet.cEchoRsp(CommandSet.decode(C_ECHO_RQ), Status.SUCCESS);

        assertArrayEquals(C_ECHO_RSP, rsp.encode());
    }

    @Test
    void cStoreRspAnswersTheRequest() throws DimseException {
        CommandSet rq = CommandSet.decode(C_STORE_RQ);

        assertArrayEquals(C_STORE_RSP, CommandSet.cStoreRsp(rq, Status.SUCCESS, null).encode());
        assertArrayEquals(C_STORE_RSP_OUT_OF_RESOURCES,
                CommandSet.cStoreRsp(rq, Status.REFUSED_OUT_OF_RESOURCES, "Disk full").encode());
    }

    /** A request's UID that is no UID is never echoed: the element is left out (U(=), PS3.7 Table 9.1-1). */
    @Test
    void cStoreRspLeavesOutAnAffectedSopInstanceUidThatIsNoUid() throws DimseException {
        CommandSet valid = CommandSet.decode(C_STORE_RQ);
        for (String hostile : new String[] {"1.2.3\r\nWARN forged", "../../etc/passwd", "1.2.3\u0000.4", "1.02.3",
                                            "1." + "2".repeat(70)}) {
            CommandSet rq = CommandSet.cStoreRq(valid.messageId(), valid.affectedSopClassUid(), hostile,
                    valid.priority());

            assertArrayEquals(C_STORE_RSP_INVALID_INSTANCE,
                    CommandSet.cStoreRsp(rq, Status.INVALID_OBJECT_INSTANCE, null).encode(), hostile);
        }
    }

    @Test
    void responsesLeaveOutAnAffectedSopClassUidThatIsNoUid() {
        CommandSet storeRq = CommandSet.cStoreRq(7, "1.2.840.10008.5.1.4.1.1.2/../x", INSTANCE,
                CommandSet.PRIORITY_MEDIUM);
        CommandSet echoRq = new CommandSet(0x0030, 3, ABSENT, "1.2\n3", null, null, null, ABSENT, 0x0101, ABSENT,
                null, ABSENT, null, ABSENT);
        CommandSet findRq = new CommandSet(0x0020, 5, ABSENT, "x".repeat(100), null, null, null,
                CommandSet.PRIORITY_MEDIUM, 0x0000, ABSENT, null, ABSENT, null, ABSENT);

        CommandSet storeRsp = CommandSet.cStoreRsp(storeRq, Status.SOP_CLASS_NOT_SUPPORTED, null);
        assertNull(storeRsp.affectedSopClassUid());
        assertEquals(INSTANCE, storeRsp.affectedSopInstanceUid());
        assertNull(CommandSet.cEchoRsp(echoRq, Status.SOP_CLASS_NOT_SUPPORTED).affectedSopClassUid());
        assertNull(CommandSet.response(findRq, Status.UNRECOGNIZED_OPERATION).affectedSopClassUid());
    }

    /** toString, used in log lines and exception messages, shows received text escaped and bounded. */
    @Test
    void toStringShowsReceivedUidsEscaped() {
        CommandSet rq = CommandSet.cStoreRq(7, SECONDARY_CAPTURE_IMAGE_STORAGE, "1.2\r\nWARN x" + "9".repeat(100),
                CommandSet.PRIORITY_MEDIUM);

        String text = rq.toString();

        assertFalse(text.contains("\r") || text.contains("\n"), text);
        assertTrue(text.contains("affectedSopInstanceUid=1.2\\x0d\\x0aWARN x"), text);
        assertTrue(text.contains("...(111 characters)"), text);
    }

    @Test
    void cStoreRspLeavesTheErrorCommentOutOfASuccess() throws DimseException {
        CommandSet rsp = CommandSet.cStoreRsp(CommandSet.decode(C_STORE_RQ), Status.SUCCESS, "all fine");

        assertNull(rsp.errorComment());
        assertArrayEquals(C_STORE_RSP, rsp.encode());
    }

    @Test
    void cStoreRspKeepsTheErrorCommentOfAWarning() throws DimseException {
        CommandSet rsp = CommandSet.cStoreRsp(CommandSet.decode(C_STORE_RQ), Status.COERCION_OF_DATA_ELEMENTS,
                "coerced");

        assertEquals("coerced", rsp.errorComment());
    }

    @Test
    void cStoreRspMakesAnyTextAValidErrorComment() throws DimseException {
        CommandSet rq = CommandSet.decode(C_STORE_RQ);
        String text = "  java.io.IOException: No space left on device\n\tat C:\\spool\\x — and a lot more text"
                + " after it";

        CommandSet rsp = CommandSet.cStoreRsp(rq, Status.REFUSED_OUT_OF_RESOURCES, text);

        assertEquals("java.io.IOException: No space left on device  at C: spool x   an", rsp.errorComment());
        assertEquals(CommandSet.MAX_ERROR_COMMENT_LENGTH, rsp.errorComment().length());
        assertNull(CommandSet.cStoreRsp(rq, Status.CANNOT_UNDERSTAND, " \n ").errorComment());
        assertEquals(rsp, CommandSet.decode(rsp.encode()));
    }

    @Test
    void responseRefusesAnUnsupportedCFind() {
        CommandSet findRq = new CommandSet(0x0020, 5, ABSENT, "1.2.840.10008.5.1.4.1.2.1.1", null, null, null,
                CommandSet.PRIORITY_MEDIUM, 0x0000, ABSENT, null, ABSENT, null, ABSENT);

        assertEquals(new CommandSet(0x8020, ABSENT, 5, "1.2.840.10008.5.1.4.1.2.1.1", null, null, null, ABSENT,
                0x0101, Status.SOP_CLASS_NOT_SUPPORTED, null, ABSENT, null, ABSENT),
                CommandSet.response(findRq, Status.SOP_CLASS_NOT_SUPPORTED));
    }

    @Test
    void responseToAnNServiceNamesTheRequestedInstanceAsAffected() {
        CommandSet nGetRq = new CommandSet(0x0110, 9, ABSENT, null, null, "1.2.840.10008.5.1.1.16", "1.2.3.4",
                ABSENT, 0x0101, ABSENT, null, ABSENT, null, ABSENT);

        CommandSet rsp = CommandSet.response(nGetRq, Status.UNRECOGNIZED_OPERATION);

        assertEquals(CommandField.N_GET_RSP, rsp.command());
        assertEquals(9, rsp.messageIdBeingRespondedTo());
        assertEquals("1.2.840.10008.5.1.1.16", rsp.affectedSopClassUid());
        assertEquals("1.2.3.4", rsp.affectedSopInstanceUid());
        assertNull(rsp.requestedSopClassUid());
        assertFalse(rsp.hasDataSet());
    }

    @Test
    void responseIsRefusedForWhatHasNoResponse() throws DimseException {
        CommandSet cancel = new CommandSet(0x0FFF, ABSENT, 5, null, null, null, null, ABSENT, 0x0101, ABSENT, null,
                ABSENT, null, ABSENT);
        CommandSet unknown = new CommandSet(0x0555, 5, ABSENT, null, null, null, null, ABSENT, 0x0101, ABSENT, null,
                ABSENT, null, ABSENT);

        assertThrows(IllegalArgumentException.class, () -> CommandSet.response(cancel, Status.SUCCESS));
        assertThrows(IllegalArgumentException.class, () -> CommandSet.response(unknown, Status.SUCCESS));
        assertThrows(IllegalArgumentException.class,
                () -> CommandSet.response(CommandSet.decode(C_STORE_RSP), Status.SUCCESS));
    }

    @Test
    void specificFactoriesCheckTheRequest() throws DimseException {
        CommandSet storeRq = CommandSet.decode(C_STORE_RQ);
        CommandSet echoRq = CommandSet.decode(C_ECHO_RQ);

        assertThrows(IllegalArgumentException.class, () -> CommandSet.cEchoRsp(storeRq, Status.SUCCESS));
        assertThrows(IllegalArgumentException.class, () -> CommandSet.cStoreRsp(echoRq, Status.SUCCESS, null));
    }

    @Test
    void constructorRejectsValuesThatCannotBeEncoded() {
        assertThrows(IllegalArgumentException.class, () -> new CommandSet(ABSENT, 1, ABSENT, null, null, null, null,
                ABSENT, 0x0101, ABSENT, null, ABSENT, null, ABSENT));
        assertThrows(IllegalArgumentException.class, () -> new CommandSet(0x0030, 0x10000, ABSENT, null, null, null,
                null, ABSENT, 0x0101, ABSENT, null, ABSENT, null, ABSENT));
        assertThrows(IllegalArgumentException.class, () -> new CommandSet(0x0030, -2, ABSENT, null, null, null,
                null, ABSENT, 0x0101, ABSENT, null, ABSENT, null, ABSENT));
        assertThrows(IllegalArgumentException.class, () -> new CommandSet(0x0001, 1, ABSENT, null, null, null, null,
                ABSENT, 0x0000, ABSENT, null, ABSENT, "SEVENTEEN_CHARS_X", 1));
    }

    @Test
    void anyCommandDataSetTypeButNullMeansADataSet() {
        assertTrue(commandWithDataSetType(0x0000).hasDataSet());
        assertTrue(commandWithDataSetType(0x0001).hasDataSet());
        assertTrue(commandWithDataSetType(0x0102).hasDataSet());
        assertTrue(commandWithDataSetType(0xFEFE).hasDataSet());
        assertFalse(commandWithDataSetType(0x0101).hasDataSet());
    }

    @Test
    void toStringNamesTheMessageAndItsPresentFields() throws DimseException {
        assertEquals("C-STORE-RSP[messageIdBeingRespondedTo=7, affectedSopClassUid=1.2.840.10008.5.1.4.1.1.7, "
                        + "affectedSopInstanceUid=1.2.826.0.1.3680043.9.7433.1.1, commandDataSetType=0x0101, "
                        + "status=0xA700, errorComment=Disk full]",
                CommandSet.decode(C_STORE_RSP_OUT_OF_RESOURCES).toString());
    }

    private static CommandSet commandWithDataSetType(int type) {
        return new CommandSet(0x0001, 1, ABSENT, null, null, null, null, 0, type, ABSENT, null, ABSENT, null,
                ABSENT);
    }
}
