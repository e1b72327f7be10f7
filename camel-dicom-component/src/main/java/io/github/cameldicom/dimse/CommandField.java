package io.github.cameldicom.dimse;

/**
 * The value of Command Field (0000,0100): which DIMSE message a command set carries. PS3.7 Annex E, Table E.1-1.
 * Requests have bit 15 clear, their responses the same code with bit 15 set (8000H); C-CANCEL-RQ has no response.
 */
public enum CommandField {
    C_STORE_RQ(0x0001, "C-STORE-RQ"),
    C_STORE_RSP(0x8001, "C-STORE-RSP"),
    C_GET_RQ(0x0010, "C-GET-RQ"),
    C_GET_RSP(0x8010, "C-GET-RSP"),
    C_FIND_RQ(0x0020, "C-FIND-RQ"),
    C_FIND_RSP(0x8020, "C-FIND-RSP"),
    C_MOVE_RQ(0x0021, "C-MOVE-RQ"),
    C_MOVE_RSP(0x8021, "C-MOVE-RSP"),
    C_ECHO_RQ(0x0030, "C-ECHO-RQ"),
    C_ECHO_RSP(0x8030, "C-ECHO-RSP"),
    N_EVENT_REPORT_RQ(0x0100, "N-EVENT-REPORT-RQ"),
    N_EVENT_REPORT_RSP(0x8100, "N-EVENT-REPORT-RSP"),
    N_GET_RQ(0x0110, "N-GET-RQ"),
    N_GET_RSP(0x8110, "N-GET-RSP"),
    N_SET_RQ(0x0120, "N-SET-RQ"),
    N_SET_RSP(0x8120, "N-SET-RSP"),
    N_ACTION_RQ(0x0130, "N-ACTION-RQ"),
    N_ACTION_RSP(0x8130, "N-ACTION-RSP"),
    N_CREATE_RQ(0x0140, "N-CREATE-RQ"),
    N_CREATE_RSP(0x8140, "N-CREATE-RSP"),
    N_DELETE_RQ(0x0150, "N-DELETE-RQ"),
    N_DELETE_RSP(0x8150, "N-DELETE-RSP"),
    C_CANCEL_RQ(0x0FFF, "C-CANCEL-RQ");

    private static final int RESPONSE_BIT = 0x8000;

    /** {@link #values()} copies its array on every call; {@link #of} runs several times per message. */
    private static final CommandField[] VALUES = values();

    private final int code;
    private final String messageName;

    CommandField(int code, String messageName) {
        this.code = code;
        this.messageName = messageName;
    }

    /** The US value of Command Field (0000,0100). */
    public int code() {
        return code;
    }

    /** The message name as the standard writes it, e.g. {@code C-STORE-RQ}, for logs. */
    public String messageName() {
        return messageName;
    }

    /** The command field with this code, or {@code null} when PS3.7 Table E.1-1 defines none. */
    public static CommandField of(int code) {
        for (CommandField field : VALUES) {
            if (field.code == code) {
                return field;
            }
        }
        return null;
    }

    /** Whether this is a request (including C-CANCEL-RQ) rather than a response. */
    public boolean isRequest() {
        return (code & RESPONSE_BIT) == 0;
    }

    /**
     * The response to this request.
     *
     * @throws IllegalStateException for a response, and for C-CANCEL-RQ, which is never answered (PS3.7 §9.3.2.3)
     */
    public CommandField response() {
        if (!isRequest() || this == C_CANCEL_RQ) {
            throw new IllegalStateException(messageName + " has no response");
        }
        return of(code | RESPONSE_BIT);
    }
}
