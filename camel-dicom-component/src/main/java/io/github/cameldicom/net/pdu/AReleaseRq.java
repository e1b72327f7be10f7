package io.github.cameldicom.net.pdu;

/**
 * A-RELEASE-RQ PDU (type 05H). PS3.8 §9.3.6, Table 9-24.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type 05H
 *      1      1 reserved
 *      2      4 PDU-length (4)
 *      6      4 reserved
 * </pre>
 */
public record AReleaseRq() implements Pdu {

    static final int BODY_LENGTH = 4;

    @Override
    public int pduType() {
        return PduType.A_RELEASE_RQ;
    }

    static AReleaseRq decode(PduReader r) throws PduException {
        r.skip(BODY_LENGTH, "Reserved");
        r.requireEnd("A-RELEASE-RQ");
        return new AReleaseRq();
    }
}
