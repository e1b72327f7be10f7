package io.github.cameldicom.dimse;

import io.github.cameldicom.data.LogText;
import io.github.cameldicom.data.Uids;

import java.util.StringJoiner;

/**
 * The Command Set of one DIMSE message: the group 0000 elements of PS3.7 Annex E, Table E.1-1, that precede an
 * optional data set (PS3.7 §6.3). Absent integer fields are {@link #ABSENT}, absent strings {@code null}; a string
 * element that is present but empty is {@code ""}. Strings hold the value without its padding.
 *
 * <p>Read with {@link #decode(byte[])} and written with {@link #encode()}, always in Implicit VR Little Endian
 * (PS3.7 §6.3.1). Elements of Table E.1-1 that have no component here (Move Destination, Offending Element, the
 * N-service and sub-operation fields) are validated on input but not kept, since this SCP never acts on them.
 *
 * <p>UID fields hold what the peer sent, valid UID or not and of any length the command allows (the association caps
 * a command at 64 KiB): the service answers a request whose UIDs are not UIDs with a failure status, which it can
 * only do if the command decodes. Responses built here never echo such a value back (see {@link #cStoreRsp}).
 *
 * @param commandField                         Command Field (0000,0100) US, see {@link CommandField}
 * @param messageId                            Message ID (0000,0110) US
 * @param messageIdBeingRespondedTo            Message ID Being Responded To (0000,0120) US
 * @param affectedSopClassUid                  Affected SOP Class UID (0000,0002) UI
 * @param affectedSopInstanceUid               Affected SOP Instance UID (0000,1000) UI
 * @param requestedSopClassUid                 Requested SOP Class UID (0000,0003) UI
 * @param requestedSopInstanceUid              Requested SOP Instance UID (0000,1001) UI
 * @param priority                             Priority (0000,0700) US: {@link #PRIORITY_LOW}, {@link #PRIORITY_MEDIUM}
 *                                             or {@link #PRIORITY_HIGH}
 * @param commandDataSetType                   Command Data Set Type (0000,0800) US: {@link #NO_DATA_SET} or any other
 *                                             value when a data set follows
 * @param status                               Status (0000,0900) US, see {@link Status}
 * @param errorComment                         Error Comment (0000,0902) LO, at most 64 characters
 * @param errorId                              Error ID (0000,0903) US
 * @param moveOriginatorApplicationEntityTitle Move Originator Application Entity Title (0000,1030) AE
 * @param moveOriginatorMessageId              Move Originator Message ID (0000,1031) US
 */
public record CommandSet(
        int commandField,
        int messageId,
        int messageIdBeingRespondedTo,
        String affectedSopClassUid,
        String affectedSopInstanceUid,
        String requestedSopClassUid,
        String requestedSopInstanceUid,
        int priority,
        int commandDataSetType,
        int status,
        String errorComment,
        int errorId,
        String moveOriginatorApplicationEntityTitle,
        int moveOriginatorMessageId) {

    /** Marks an absent US element. */
    public static final int ABSENT = -1;

    /** Command Data Set Type meaning that no data set follows, PS3.7 Table E.1-1. */
    public static final int NO_DATA_SET = 0x0101;

    /** The Command Data Set Type this class writes when a data set follows; PS3.7 allows any value but 0101H. */
    public static final int DATA_SET_PRESENT = 0x0000;

    /** Priority (0000,0700) MEDIUM, PS3.7 Table E.1-1. */
    public static final int PRIORITY_MEDIUM = 0x0000;
    /** Priority (0000,0700) HIGH, PS3.7 Table E.1-1. */
    public static final int PRIORITY_HIGH = 0x0001;
    /** Priority (0000,0700) LOW, PS3.7 Table E.1-1. */
    public static final int PRIORITY_LOW = 0x0002;

    /** Maximum Error Comment length: LO holds 64 characters, PS3.5 Table 6.2-1. */
    public static final int MAX_ERROR_COMMENT_LENGTH = 64;

    /** UI Verification SOP Class, PS3.4 Annex A. */
    private static final String VERIFICATION_SOP_CLASS = "1.2.840.10008.1.1";

    public CommandSet {
        requireUs("Command Field", commandField, false);
        requireUs("Message ID", messageId, true);
        requireUs("Message ID Being Responded To", messageIdBeingRespondedTo, true);
        requireUs("Priority", priority, true);
        requireUs("Command Data Set Type", commandDataSetType, true);
        requireUs("Status", status, true);
        requireUs("Error ID", errorId, true);
        requireUs("Move Originator Message ID", moveOriginatorMessageId, true);
        requireMaxLength("Error Comment", errorComment, MAX_ERROR_COMMENT_LENGTH);
        requireMaxLength("Move Originator Application Entity Title", moveOriginatorApplicationEntityTitle, 16);
    }

    /**
     * Reads a command set from its Implicit VR Little Endian encoding (PS3.7 §6.3.1): the bytes of all command
     * fragments of one message. Command Group Length is optional and its value is not trusted, because the last
     * fragment flag already delimits the command; unknown group 0000 elements (e.g. retired ones) are skipped.
     *
     * @throws DimseException when an element lies outside the buffer or outside group 0000, a value length does not
     *                        fit its VR, an element repeats, or a mandatory field is missing (Command Field, Command
     *                        Data Set Type, Message ID on a request, Message ID Being Responded To and Status on a
     *                        response)
     */
    public static CommandSet decode(byte[] bytes) throws DimseException {
        return CommandSetCodec.decode(bytes);
    }

    /**
     * Writes this command set in Implicit VR Little Endian: Command Group Length (0000,0000) first, then the present
     * elements in ascending tag order, UIDs padded with NUL and AE and LO values with a space to even length.
     */
    public byte[] encode() {
        return CommandSetCodec.encode(this);
    }

    /** Whether a data set follows this command: Command Data Set Type is anything but 0101H, PS3.7 Table E.1-1. */
    public boolean hasDataSet() {
        return commandDataSetType != NO_DATA_SET;
    }

    /** The command field as an enum, or {@code null} when its value is not defined by PS3.7 Table E.1-1. */
    public CommandField command() {
        return CommandField.of(commandField);
    }

    /** A C-ECHO-RQ, PS3.7 §9.3.5.1, Table 9.3-12. */
    public static CommandSet cEchoRq(int messageId) {
        return new CommandSet(CommandField.C_ECHO_RQ.code(), messageId, ABSENT, VERIFICATION_SOP_CLASS, null, null,
                null, ABSENT, NO_DATA_SET, ABSENT, null, ABSENT, null, ABSENT);
    }

    /** A C-STORE-RQ that is not part of a C-MOVE, PS3.7 §9.3.1.1, Table 9.3-1. */
    public static CommandSet cStoreRq(int messageId, String sopClassUid, String sopInstanceUid, int priority) {
        return new CommandSet(CommandField.C_STORE_RQ.code(), messageId, ABSENT, sopClassUid, sopInstanceUid, null,
                null, priority, DATA_SET_PRESENT, ABSENT, null, ABSENT, null, ABSENT);
    }

    /**
     * The C-ECHO-RSP to a C-ECHO-RQ, PS3.7 §9.3.5.2, Table 9.3-13: Affected SOP Class UID as in the request unless
     * that is not a valid UID (see {@link #echoed}), no data set.
     *
     * @throws IllegalArgumentException when {@code rq} is not a C-ECHO-RQ
     */
    public static CommandSet cEchoRsp(CommandSet rq, int status) {
        requireCommand(rq, CommandField.C_ECHO_RQ);
        return new CommandSet(CommandField.C_ECHO_RSP.code(), ABSENT, rq.messageId, echoed(rq.affectedSopClassUid),
                null, null, null, ABSENT, NO_DATA_SET, status, null, ABSENT, null, ABSENT);
    }

    /**
     * The C-STORE-RSP to a C-STORE-RQ, PS3.7 §9.3.1.2, Table 9.3-2: Affected SOP Class and Instance UID as in the
     * request, each left out when the request's is not a valid UID (see {@link #echoed}), no data set.
     *
     * <p>The error comment goes out only with a warning or failure, the classes for which PS3.7 §C.4 and §C.5 define
     * Error Comment (0000,0902). It is cut down to the Default Character Repertoire without control characters and
     * backslash (LO, PS3.5 Table 6.2-1) and to 64 characters, so any exception message can be passed as it is.
     *
     * @param errorComment a text for the SCU's log, or {@code null}
     * @throws IllegalArgumentException when {@code rq} is not a C-STORE-RQ
     */
    public static CommandSet cStoreRsp(CommandSet rq, int status, String errorComment) {
        requireCommand(rq, CommandField.C_STORE_RQ);
        Status.Category category = Status.category(status);
        String comment = category == Status.Category.WARNING || category == Status.Category.FAILURE
                ? toErrorComment(errorComment)
                : null;
        return new CommandSet(CommandField.C_STORE_RSP.code(), ABSENT, rq.messageId, echoed(rq.affectedSopClassUid),
                echoed(rq.affectedSopInstanceUid), null, null, ABSENT, NO_DATA_SET, status, comment, ABSENT, null,
                ABSENT);
    }

    /**
     * A response without data set to any request, used to refuse services this SCP does not provide (e.g. with
     * {@link Status#UNRECOGNIZED_OPERATION}). Affected SOP Class and Instance UID are taken from the request's
     * affected UIDs, or from its requested UIDs for the N-services whose responses name in the affected fields the
     * instance the request named in the requested ones (PS3.7 §10.3).
     *
     * @throws IllegalArgumentException when {@code rq} is not a request of PS3.7 Table E.1-1 or is a C-CANCEL-RQ
     */
    public static CommandSet response(CommandSet rq, int status) {
        CommandField field = rq.command();
        if (field == null || !field.isRequest() || field == CommandField.C_CANCEL_RQ) {
            throw new IllegalArgumentException("no response exists to command field "
                    + Status.hex(rq.commandField));
        }
        String sopClass = rq.affectedSopClassUid != null ? rq.affectedSopClassUid : rq.requestedSopClassUid;
        String sopInstance = rq.affectedSopInstanceUid != null
                ? rq.affectedSopInstanceUid
                : rq.requestedSopInstanceUid;
        return new CommandSet(field.response().code(), ABSENT, rq.messageId, echoed(sopClass), echoed(sopInstance),
                null, null, ABSENT, NO_DATA_SET, status, null, ABSENT, null, ABSENT);
    }

    /**
     * A request's UID as a response may carry it: unchanged if it is a valid UID, otherwise {@code null}, leaving the
     * element out. The responses' Affected SOP Class/Instance UIDs are U(=) (PS3.7 Table 9.1-1, Table 9.3-2): when
     * present they equal the request's, but they may be absent. Echoing a value that is no UID would send the peer
     * back whatever bytes it chose (control characters, path separators, more than the 64 characters of UI), which
     * the failure status (0117H, 0122H) already tells it are wrong.
     */
    private static String echoed(String uid) {
        return Uids.isValid(uid) ? uid : null;
    }

    /**
     * One line with the present fields, e.g. for the INFO line per DIMSE message; holds UIDs, never patient data. Text
     * values are shown as {@link LogText} renders them, since a decoded request holds them as the peer sent them.
     */
    @Override
    public String toString() {
        CommandField field = command();
        StringJoiner joiner = new StringJoiner(", ",
                (field != null ? field.messageName() : "Command Field " + Status.hex(commandField)) + "[", "]");
        add(joiner, "messageId", messageId);
        add(joiner, "messageIdBeingRespondedTo", messageIdBeingRespondedTo);
        add(joiner, "affectedSopClassUid", affectedSopClassUid);
        add(joiner, "affectedSopInstanceUid", affectedSopInstanceUid);
        add(joiner, "requestedSopClassUid", requestedSopClassUid);
        add(joiner, "requestedSopInstanceUid", requestedSopInstanceUid);
        add(joiner, "priority", priority);
        if (commandDataSetType != ABSENT) {
            joiner.add("commandDataSetType=" + Status.hex(commandDataSetType));
        }
        if (status != ABSENT) {
            joiner.add("status=" + Status.hex(status));
        }
        add(joiner, "errorComment", errorComment);
        add(joiner, "errorId", errorId);
        add(joiner, "moveOriginatorApplicationEntityTitle", moveOriginatorApplicationEntityTitle);
        add(joiner, "moveOriginatorMessageId", moveOriginatorMessageId);
        return joiner.toString();
    }

    private static void add(StringJoiner joiner, String name, int value) {
        if (value != ABSENT) {
            joiner.add(name + "=" + value);
        }
    }

    private static void add(StringJoiner joiner, String name, String value) {
        if (value != null) {
            joiner.add(name + "=" + LogText.of(value));
        }
    }

    private static String toErrorComment(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        StringBuilder comment = new StringBuilder(MAX_ERROR_COMMENT_LENGTH);
        for (int i = 0; i < stripped.length() && comment.length() < MAX_ERROR_COMMENT_LENGTH; i++) {
            char c = stripped.charAt(i);
            comment.append(c >= 0x20 && c < 0x7F && c != '\\' ? c : ' ');
        }
        String trimmed = comment.toString().strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static void requireCommand(CommandSet rq, CommandField expected) {
        if (rq.commandField != expected.code()) {
            throw new IllegalArgumentException("expected a " + expected.messageName() + " but got " + rq);
        }
    }

    private static void requireUs(String name, int value, boolean optional) {
        if ((value < 0 || value > 0xFFFF) && !(optional && value == ABSENT)) {
            throw new IllegalArgumentException(name + " must be an unsigned 16-bit value"
                    + (optional ? " or ABSENT" : "") + ", got " + value);
        }
    }

    private static void requireMaxLength(String name, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters: " + value.length());
        }
    }
}
