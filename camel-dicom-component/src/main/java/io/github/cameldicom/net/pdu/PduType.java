package io.github.cameldicom.net.pdu;

/**
 * PDU-type values, the first byte of every PDU. PS3.8 §9.3.1, Table 9-11 to Table 9-26 (one table per PDU).
 */
public final class PduType {

    /** A-ASSOCIATE-RQ, PS3.8 §9.3.2. */
    public static final int A_ASSOCIATE_RQ = 0x01;
    /** A-ASSOCIATE-AC, PS3.8 §9.3.3. */
    public static final int A_ASSOCIATE_AC = 0x02;
    /** A-ASSOCIATE-RJ, PS3.8 §9.3.4. */
    public static final int A_ASSOCIATE_RJ = 0x03;
    /** P-DATA-TF, PS3.8 §9.3.5. */
    public static final int P_DATA_TF = 0x04;
    /** A-RELEASE-RQ, PS3.8 §9.3.6. */
    public static final int A_RELEASE_RQ = 0x05;
    /** A-RELEASE-RP, PS3.8 §9.3.7. */
    public static final int A_RELEASE_RP = 0x06;
    /** A-ABORT, PS3.8 §9.3.8. */
    public static final int A_ABORT = 0x07;

    private PduType() {
    }

    /**
     * The standard's name of a PDU type for log lines, e.g. {@code "A-ASSOCIATE-RQ"}, or {@code "PDU 0x2A"} for a
     * value the standard does not define.
     */
    public static String name(int pduType) {
        return switch (pduType) {
            case A_ASSOCIATE_RQ -> "A-ASSOCIATE-RQ";
            case A_ASSOCIATE_AC -> "A-ASSOCIATE-AC";
            case A_ASSOCIATE_RJ -> "A-ASSOCIATE-RJ";
            case P_DATA_TF -> "P-DATA-TF";
            case A_RELEASE_RQ -> "A-RELEASE-RQ";
            case A_RELEASE_RP -> "A-RELEASE-RP";
            case A_ABORT -> "A-ABORT";
            default -> String.format("PDU 0x%02X", pduType);
        };
    }
}
