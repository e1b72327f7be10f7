package io.github.cameldicom.net.pdu;

import java.util.Objects;

/**
 * A PDU that cannot be decoded, with the A-ABORT source and reason the receiving side sends for it
 * (PS3.8 §9.3.8, Table 9-26). The state machine turns it into Evt19 (invalid PDU received) and an AA action
 * (PS3.8 §9.2, Table 9-10); the codec itself never writes to the socket.
 */
public final class PduException extends Exception {

    private final AAbort.Source source;
    private final AAbort.Reason reason;

    /** A codec error: the source is always the UL service provider, which is what detects malformed PDUs. */
    public PduException(AAbort.Reason reason, String message) {
        this(AAbort.Source.SERVICE_PROVIDER, reason, message);
    }

    public PduException(AAbort.Source source, AAbort.Reason reason, String message) {
        super(message);
        this.source = Objects.requireNonNull(source, "source");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public AAbort.Source source() {
        return source;
    }

    public AAbort.Reason reason() {
        return reason;
    }

    /** The A-ABORT PDU that reports this error to the peer. */
    public AAbort toAbort() {
        return new AAbort(source, reason);
    }
}
