package io.github.cameldicom.net.pdu;

/**
 * Byte fixtures for the release PDUs, written from PS3.8 §9.3.6 and §9.3.7. Each method returns a fresh array.
 */
final class ReleaseFixtures {

    private ReleaseFixtures() {
    }

    /**
     * A-RELEASE-RQ, PS3.8 §9.3.6, Table 9-24, byte for byte as DCMTK 3.6.7 echoscu sent it.
     */
    static byte[] releaseRq() {
        return Hex.decode(
                "050000000004",                     // PDU-type 05H A-RELEASE-RQ, reserved, PDU-length 4
                "00000000");                        // reserved, 4 bytes
    }

    /**
     * A-RELEASE-RP, PS3.8 §9.3.7, Table 9-25, byte for byte as DCMTK 3.6.7 storescp sent it.
     */
    static byte[] releaseRp() {
        return Hex.decode(
                "060000000004",                     // PDU-type 06H A-RELEASE-RP, reserved, PDU-length 4
                "00000000");                        // reserved, 4 bytes
    }
}
