package io.github.cameldicom.net.pdu;

/**
 * Byte fixtures for the user information sub-items, each a whole sub-item (4-byte header and value), written field by
 * field from PS3.8 Annex D.1 and PS3.7 Annex D.3.3. Each method returns a fresh array.
 */
final class UserInformationFixtures {

    private UserInformationFixtures() {
    }

    /**
     * Maximum Length Sub-Item, PS3.8 Table D.1-1: maximum length 16384.
     */
    static byte[] maximumLength() {
        return Hex.decode(
                "51000004",                         // Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00004000");                        //   Maximum-length-received 16384
    }

    /**
     * Maximum Length Sub-Item, PS3.8 Table D.1-1: maximum length 2<sup>32</sup>-1, the largest unsigned 32-bit value.
     */
    static byte[] maximumLengthMax() {
        return Hex.decode(
                "51000004",                         // Maximum Length Sub-Item 51H, reserved, Item-length 4
                "ffffffff");                        //   Maximum-length-received 4294967295
    }

    /**
     * Implementation Class UID Sub-Item, PS3.7 Table D.3-1: 1.2.276.0.7230010.3.0.3.6.7.
     */
    static byte[] implementationClassUid() {
        return Hex.decode(
                "5200001b",                         // Implementation Class UID Sub-Item 52H, reserved, Item-length 27
                "312e322e3237362e302e373233303031", //   "1.2.276.0.7230010.3.0.3.6.7"
                "302e332e302e332e362e37");
    }

    /**
     * Asynchronous Operations Window Sub-Item, PS3.7 Table D.3-7: 5 invoked, 65535 performed.
     */
    static byte[] asynchronousOperationsWindow() {
        return Hex.decode(
                "53000004",                         // Asynchronous Operations Window Sub-Item 53H, reserved,
                                                    //   Item-length 4
                "0005ffff");                        //   Maximum-number-operations-invoked 5, -performed 65535
    }

    /**
     * SCP/SCU Role Selection Sub-Item, PS3.7 Table D.3-9: CT Image Storage, SCU-role 0, SCP-role 1.
     */
    static byte[] roleSelection() {
        return Hex.decode(
                "5400001d",                         // SCP/SCU Role Selection Sub-Item 54H, reserved, Item-length 29
                "0019",                             //   UID-length 25
                "312e322e3834302e31303030382e352e", //   "1.2.840.10008.5.1.4.1.1.2"
                "312e342e312e312e32",
                "0001");                            //   SCU-role 0, SCP-role 1
    }

    /**
     * Implementation Version Name Sub-Item, PS3.7 Table D.3-3: OFFIS_DCMTK_367.
     */
    static byte[] implementationVersionName() {
        return Hex.decode(
                "5500000f",                         // Implementation Version Name Sub-Item 55H, reserved, Item-length
                                                    //   15
                "4f464649535f44434d544b5f333637");  //   "OFFIS_DCMTK_367"
    }

    /**
     * SOP Class Extended Negotiation Sub-Item, PS3.7 Table D.3-11: CT Image Storage, storage service information 02 00
     * 03 00 01 00 (PS3.4 Table B.3-1).
     */
    static byte[] extendedNegotiation() {
        return Hex.decode(
                "56000021",                         // SOP Class Extended Negotiation Sub-Item 56H, reserved,
                                                    //   Item-length 33
                "0019",                             //   SOP-class-uid-length 25
                "312e322e3834302e31303030382e352e", //   "1.2.840.10008.5.1.4.1.1.2"
                "312e342e312e312e32",
                "020003000100");                    //   Service-class-application-information: level of support 2,
                                                    //     reserved, digital signature level 3, reserved, element
                                                    //     coercion 1, reserved
    }

    /**
     * SOP Class Common Extended Negotiation Sub-Item, PS3.7 Table D.3-12 and D.3-13, with the standard's own example
     * (D.3.3.6, note 1): Procedure Log Storage, Storage Service Class, related general SOP class Enhanced SR.
     */
    static byte[] commonExtendedNegotiation() {
        return Hex.decode(
                "57000053",                         // SOP Class Common Extended Negotiation Sub-Item 57H, reserved,
                                                    //   Item-length 83
                "001d",                             //   SOP-class-uid-length 29
                "312e322e3834302e31303030382e352e", //   "1.2.840.10008.5.1.4.1.1.88.40"
                "312e342e312e312e38382e3430",
                "0011",                             //   Service-class-uid-length 17
                "312e322e3834302e31303030382e342e", //   "1.2.840.10008.4.2"
                "32",
                "001f",                             //   Related-general-sop-class-identification-length 31
                "001d",                             //     Related-general-sop-class-uid-length 29
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.88.22"
                "312e342e312e312e38382e3232");
    }

    /**
     * SOP Class Common Extended Negotiation Sub-Item, PS3.7 Table D.3-12, with no related general SOP class (D.3.3.6,
     * note 2): MR Image Storage, Storage Service Class.
     */
    static byte[] commonExtendedNegotiationNoRelated() {
        return Hex.decode(
                "57000030",                         // SOP Class Common Extended Negotiation Sub-Item 57H, reserved,
                                                    //   Item-length 48
                "0019",                             //   SOP-class-uid-length 25
                "312e322e3834302e31303030382e352e", //   "1.2.840.10008.5.1.4.1.1.4"
                "312e342e312e312e34",
                "0011",                             //   Service-class-uid-length 17
                "312e322e3834302e31303030382e342e", //   "1.2.840.10008.4.2"
                "32",
                "0000");                            //   Related-general-sop-class-identification-length 0
    }

    /**
     * User Identity Sub-Item (RQ), PS3.7 Table D.3-14: type 1 username "alice", no positive response requested, empty
     * secondary field.
     */
    static byte[] userIdentityUsername() {
        return Hex.decode(
                "5800000b",                         // User Identity Sub-Item (RQ) 58H, reserved, Item-length 11
                "0100",                             //   User-Identity-Type 1, Positive-response-requested 0
                "0005",                             //   Primary-field-length 5
                "616c696365",                       //   Primary-field "alice"
                "0000");                            //   Secondary-field-length 0
    }

    /**
     * User Identity Sub-Item (RQ), PS3.7 Table D.3-14: type 2 username "alice" and passcode "s3cret", positive response
     * requested.
     */
    static byte[] userIdentityUsernamePasscode() {
        return Hex.decode(
                "58000011",                         // User Identity Sub-Item (RQ) 58H, reserved, Item-length 17
                "0201",                             //   User-Identity-Type 2, Positive-response-requested 1
                "0005",                             //   Primary-field-length 5
                "616c696365",                       //   Primary-field "alice"
                "0006",                             //   Secondary-field-length 6
                "733363726574");                    //   Secondary-field "s3cret"
    }

    /**
     * User Identity Sub-Item (AC), PS3.7 Table D.3-15: server response a1 b2 c3 d4.
     */
    static byte[] userIdentityAc() {
        return Hex.decode(
                "59000006",                         // User Identity Sub-Item (AC) 59H, reserved, Item-length 6
                "0004",                             //   Server-response-length 4
                "a1b2c3d4");                        //   Server-response (opaque)
    }

    /**
     * User Identity Sub-Item (AC), PS3.7 Table D.3-15: empty server response, as sent for identity types 1 and 2.
     */
    static byte[] userIdentityAcEmpty() {
        return Hex.decode(
                "59000002",                         // User Identity Sub-Item (AC) 59H, reserved, Item-length 2
                "0000");                            //   Server-response-length 0
    }

    /**
     * A sub-item of type F0H, which the standard does not define, holding 01 02 03 (PS3.8 Annex D.2).
     */
    static byte[] unknownSubItem() {
        return Hex.decode(
                "f0000003",                         // unknown sub-item F0H, reserved, Item-length 3
                "010203");                          //   data 01 02 03
    }
}
