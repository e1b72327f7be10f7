package io.github.cameldicom.net.pdu;

/**
 * A-RELEASE-RP PDU (type 06H). PS3.8 §9.3.7, Table 9-25.
 *
 * <pre>
 * offset length field
 *      0      1 PDU-type 06H
 *      1      1 reserved
 *      2      4 PDU-length (4)
 *      6      4 reserved
 * </pre>
 */
public record AReleaseRp() implements Pdu {

    static final int BODY_LENGTH = 4;

    @Override
    public int pduType() {
        return PduType.A_RELEASE_RP;
    }

    static AReleaseRp decode(PduReader r) throws PduException {
        r.skip(BODY_LENGTH, "Reserved");
        r.requireEnd("A-RELEASE-RP");
        return new AReleaseRp();
    }
}
