package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A-ABORT PDU (type 07H). PS3.8 §9.3.8, Table 9-26.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type 07H
 *      1      1 reserved
 *      2      4 PDU-length (4)
 *      6      1 reserved
 *      7      1 reserved
 *      8      1 Source: 0 UL service-user, 1 reserved, 2 UL service-provider
 *      9      1 Reason/Diag.: significant only when Source is 2
 * </pre>
 *
 * <p>Decoding: Source 1 is reserved, so it is rejected as an invalid parameter value like every other value the
 * standard leaves undefined. When Source is 0 the reason "shall not be significant ... not tested", so it decodes
 * as {@link Reason#REASON_NOT_SPECIFIED} whatever its byte. When Source is 2, the reserved value 3 and values above
 * 6 are rejected.
 *
 * @param source who aborts
 * @param reason why; always {@link Reason#REASON_NOT_SPECIFIED} for {@link Source#SERVICE_USER}, whose abort
 *               carries no reason on the wire
 */
public record AAbort(Source source, Reason reason) implements Pdu {

    static final int BODY_LENGTH = 4;

    /** Source field, PS3.8 Table 9-26. */
    public enum Source {
        /** DICOM UL service-user initiated abort. */
        SERVICE_USER(0),
        /** DICOM UL service-provider initiated abort. */
        SERVICE_PROVIDER(2);

        private final int code;

        Source(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    /** Reason/Diag. field for {@link Source#SERVICE_PROVIDER}, PS3.8 Table 9-26. */
    public enum Reason {
        REASON_NOT_SPECIFIED(0),
        UNRECOGNIZED_PDU(1),
        UNEXPECTED_PDU(2),
        UNRECOGNIZED_PDU_PARAMETER(4),
        UNEXPECTED_PDU_PARAMETER(5),
        INVALID_PDU_PARAMETER_VALUE(6);

        private final int code;

        Reason(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public AAbort {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        if (source == Source.SERVICE_USER && reason != Reason.REASON_NOT_SPECIFIED) {
            throw new IllegalArgumentException("a service-user abort has no reason on the wire, got " + reason);
        }
    }

    /** An abort by the UL service-user (the application), e.g. when a route is stopped. */
    public static AAbort serviceUser() {
        return new AAbort(Source.SERVICE_USER, Reason.REASON_NOT_SPECIFIED);
    }

    /** An abort by the UL service-provider with the given reason. */
    public static AAbort serviceProvider(Reason reason) {
        return new AAbort(Source.SERVICE_PROVIDER, reason);
    }

    @Override
    public int pduType() {
        return PduType.A_ABORT;
    }

    static AAbort decode(PduReader r) throws PduException {
        r.skip(2, "Reserved");
        int source = r.u8("Source");
        int reason = r.u8("Reason/Diag.");
        r.requireEnd("A-ABORT");
        if (source == Source.SERVICE_USER.code) {
            return serviceUser();
        }
        if (source != Source.SERVICE_PROVIDER.code) {
            throw r.invalid("A-ABORT Source " + source + " is not defined (PS3.8 Table 9-26)");
        }
        for (Reason candidate : Reason.values()) {
            if (candidate.code == reason) {
                return serviceProvider(candidate);
            }
        }
        throw r.invalid("A-ABORT Reason/Diag. " + reason + " is not defined for the service-provider");
    }

    void encodeBody(ByteBuffer dst) {
        dst.put((byte) 0).put((byte) 0).put((byte) source.code).put((byte) reason.code);
    }
}
