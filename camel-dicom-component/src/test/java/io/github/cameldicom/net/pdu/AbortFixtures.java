package io.github.cameldicom.net.pdu;

/**
 * Byte fixtures for the A-ABORT PDU, written from PS3.8 §9.3.8. Each method returns a fresh array.
 */
final class AbortFixtures {

    private AbortFixtures() {
    }

    /**
     * A-ABORT, PS3.8 §9.3.8, Table 9-26, byte for byte as DCMTK 3.6.7 {@code echoscu --abort} sent it: source 0 DICOM
     * UL service-user, reason 0 (not significant for this source).
     */
    static byte[] serviceUserAbort() {
        return Hex.decode(
                "070000000004",                     // PDU-type 07H A-ABORT, reserved, PDU-length 4
                "00000000");                        // reserved, reserved, Source 0 service-user, Reason/Diag. 0
    }

    /**
     * A-ABORT, PS3.8 §9.3.8, Table 9-26: source 2 DICOM UL service-provider, reason 6 invalid-PDU-parameter-value.
     */
    static byte[] invalidParameterAbort() {
        return Hex.decode(
                "070000000004",                     // PDU-type 07H A-ABORT, reserved, PDU-length 4
                "00000206");                        // reserved, reserved, Source 2 service-provider, Reason/Diag. 6
                                                    //   invalid-PDU-parameter-value
    }
}
