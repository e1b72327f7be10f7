package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A-ASSOCIATE-RJ PDU (type 03H). PS3.8 §9.3.4, Table 9-21.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type 03H
 *      1      1 reserved
 *      2      4 PDU-length (4)
 *      6      1 reserved
 *      7      1 Result: 1 rejected-permanent, 2 rejected-transient
 *      8      1 Source: 1 UL service-user, 2 UL service-provider (ACSE), 3 UL service-provider (Presentation)
 *      9      1 Reason/Diag.: defined per Source, see {@link Reason}
 * </pre>
 *
 * <p>Decoding rejects the values Table 9-21 marks "reserved" (e.g. source 1 reasons 4-6 and 8-10) as invalid PDU
 * parameter values: an {@code enum} cannot carry them, and the standard forbids sending them.
 *
 * @param result permanent or transient
 * @param reason the reason, which also names its source ({@link #source()})
 */
public record AAssociateRj(Result result, Reason reason) implements Pdu {

    static final int BODY_LENGTH = 4;

    /** Result field, PS3.8 Table 9-21. */
    public enum Result {
        REJECTED_PERMANENT(1),
        REJECTED_TRANSIENT(2);

        private final int code;

        Result(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** Source field, PS3.8 Table 9-21. */
    public enum Source {
        /** DICOM UL service-user. */
        SERVICE_USER(1),
        /** DICOM UL service-provider, ACSE related function. */
        SERVICE_PROVIDER_ACSE(2),
        /** DICOM UL service-provider, Presentation related function. */
        SERVICE_PROVIDER_PRESENTATION(3);

        private final int code;

        Source(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** Reason/Diag. field, grouped by source as in PS3.8 Table 9-21. */
    public enum Reason {
        USER_NO_REASON_GIVEN(Source.SERVICE_USER, 1),
        APPLICATION_CONTEXT_NAME_NOT_SUPPORTED(Source.SERVICE_USER, 2),
        CALLING_AE_TITLE_NOT_RECOGNIZED(Source.SERVICE_USER, 3),
        CALLED_AE_TITLE_NOT_RECOGNIZED(Source.SERVICE_USER, 7),

        ACSE_NO_REASON_GIVEN(Source.SERVICE_PROVIDER_ACSE, 1),
        PROTOCOL_VERSION_NOT_SUPPORTED(Source.SERVICE_PROVIDER_ACSE, 2),

        TEMPORARY_CONGESTION(Source.SERVICE_PROVIDER_PRESENTATION, 1),
        LOCAL_LIMIT_EXCEEDED(Source.SERVICE_PROVIDER_PRESENTATION, 2);

        private final Source source;
        private final int code;

        Reason(Source source, int code) {
            this.source = source;
            this.code = code;
        }

        public Source source() {
            return source;
        }

        public int code() {
            return code;
        }
    }

    public AAssociateRj {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(reason, "reason");
    }

    public Source source() {
        return reason.source;
    }

    @Override
    public int pduType() {
        return PduType.A_ASSOCIATE_RJ;
    }

    static AAssociateRj decode(PduReader r) throws PduException {
        r.skip(1, "Reserved");
        int result = r.u8("Result");
        int source = r.u8("Source");
        int reason = r.u8("Reason/Diag.");
        r.requireEnd("A-ASSOCIATE-RJ");
        Result decodedResult = null;
        for (Result candidate : Result.values()) {
            if (candidate.code == result) {
                decodedResult = candidate;
            }
        }
        if (decodedResult == null) {
            throw r.invalid("A-ASSOCIATE-RJ Result " + result + " is not defined (PS3.8 Table 9-21)");
        }
        for (Reason candidate : Reason.values()) {
            if (candidate.source.code == source && candidate.code == reason) {
                return new AAssociateRj(decodedResult, candidate);
            }
        }
        throw r.invalid("A-ASSOCIATE-RJ Source " + source + " Reason/Diag. " + reason
                + " is not defined (PS3.8 Table 9-21)");
    }

    void encodeBody(ByteBuffer dst) {
        dst.put((byte) 0).put((byte) result.code).put((byte) reason.source.code).put((byte) reason.code);
    }
}
