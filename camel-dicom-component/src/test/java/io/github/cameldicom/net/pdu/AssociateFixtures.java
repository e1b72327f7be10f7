package io.github.cameldicom.net.pdu;

/**
 * Byte fixtures for the association PDUs (A-ASSOCIATE-RQ, -AC, -RJ) and their items, written field by field from PS3.8
 * §9.3.2 to §9.3.4 and PS3.7 Annex D.3.3. Each method returns a fresh array.
 */
final class AssociateFixtures {

    private AssociateFixtures() {
    }

    /**
     * A-ASSOCIATE-RQ as DCMTK echoscu sends it, written from PS3.8 §9.3.2, Table 9-11 to 9-16, and Annex D.1; PS3.7
     * Table D.3-1 and D.3-3. Called ANY-SCP, calling ECHOSCU, application context 1.2.840.10008.3.1.1.1, presentation
     * context 1: Verification 1.2.840.10008.1.1 with Implicit VR Little Endian 1.2.840.10008.1.2; user information:
     * maximum length 16384, implementation class UID 1.2.276.0.7230010.3.0.3.6.7, version name OFFIS_DCMTK_367.
     */
    static byte[] echoscuRq() {
        return Hex.decode(
                "0100000000cd",                     // PDU-type 01H A-ASSOCIATE-RQ, reserved, PDU-length 205
                "00010000",                         // Protocol-version 1, reserved
                "414e592d534350202020202020202020", // Called-AE-title "ANY-SCP", space padded
                "4543484f534355202020202020202020", // Calling-AE-title "ECHOSCU", space padded
                "00000000000000000000000000000000", // reserved, 32 bytes
                "00000000000000000000000000000000",
                "10000015",                         // Application Context Item 10H, reserved, Item-length 21
                "312e322e3834302e31303030382e332e", //   "1.2.840.10008.3.1.1.1"
                "312e312e31",
                "2000002e",                         // Presentation Context Item 20H, reserved, Item-length 46
                "01000000",                         //   Presentation-context-ID 1, reserved, reserved, reserved
                "30000011",                         //   Abstract Syntax Sub-Item 30H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.1"
                "31",
                "40000011",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2"
                "32",
                "5000003a",                         // User Information Item 50H, reserved, Item-length 58
                "51000004",                         //   Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00004000",                         //     Maximum-length-received 16384
                "5200001b",                         //   Implementation Class UID Sub-Item 52H, reserved, Item-length
                                                    //     27
                "312e322e3237362e302e373233303031", //     "1.2.276.0.7230010.3.0.3.6.7"
                "302e332e302e332e362e37",
                "5500000f",                         //   Implementation Version Name Sub-Item 55H, reserved,
                                                    //     Item-length 15
                "4f464649535f44434d544b5f333637");  //     "OFFIS_DCMTK_367"
    }

    /**
     * The bytes DCMTK 3.6.7 {@code echoscu -aet ECHOSCU -aec ANY-SCP} actually sent, captured on a socket: the same
     * fields as {@link #echoscuRq()}, but DCMTK sends FFH in the third byte of the presentation context item, a
     * reserved field PS3.8 Table 9-13 says receivers do not test.
     */
    static byte[] echoscuRqAsCaptured() {
        return Hex.decode(
                "0100000000cd",                     // PDU-type 01H A-ASSOCIATE-RQ, reserved, PDU-length 205
                "00010000",                         // Protocol-version 1, reserved
                "414e592d534350202020202020202020", // Called-AE-title "ANY-SCP", space padded
                "4543484f534355202020202020202020", // Calling-AE-title "ECHOSCU", space padded
                "00000000000000000000000000000000", // reserved, 32 bytes
                "00000000000000000000000000000000",
                "10000015",                         // Application Context Item 10H, reserved, Item-length 21
                "312e322e3834302e31303030382e332e", //   "1.2.840.10008.3.1.1.1"
                "312e312e31",
                "2000002e",                         // Presentation Context Item 20H, reserved, Item-length 46
                "0100ff00",                         //   Presentation-context-ID 1, reserved, reserved FFH (DCMTK
                                                    //     sends FFH), reserved
                "30000011",                         //   Abstract Syntax Sub-Item 30H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.1"
                "31",
                "40000011",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2"
                "32",
                "5000003a",                         // User Information Item 50H, reserved, Item-length 58
                "51000004",                         //   Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00004000",                         //     Maximum-length-received 16384
                "5200001b",                         //   Implementation Class UID Sub-Item 52H, reserved, Item-length
                                                    //     27
                "312e322e3237362e302e373233303031", //     "1.2.276.0.7230010.3.0.3.6.7"
                "302e332e302e332e362e37",
                "5500000f",                         //   Implementation Version Name Sub-Item 55H, reserved,
                                                    //     Item-length 15
                "4f464649535f44434d544b5f333637");  //     "OFFIS_DCMTK_367"
    }

    /**
     * A-ASSOCIATE-AC answering {@link #echoscuRq()}, written from PS3.8 §9.3.3, Table 9-17 to 9-20; byte for byte what
     * DCMTK 3.6.7 storescp answered. AE titles echoed (ANY-SCP, ECHOSCU), application context 1.2.840.10008.3.1.1.1,
     * presentation context 1 accepted with Implicit VR Little Endian; user information: maximum length 16384,
     * implementation class UID 1.2.276.0.7230010.3.0.3.6.7, version name OFFIS_DCMTK_367.
     */
    static byte[] storescpAc() {
        return Hex.decode(
                "0200000000b8",                     // PDU-type 02H A-ASSOCIATE-AC, reserved, PDU-length 184
                "00010000",                         // Protocol-version 1, reserved
                "414e592d534350202020202020202020", // reserved (Called-AE-title) "ANY-SCP", space padded
                "4543484f534355202020202020202020", // reserved (Calling-AE-title) "ECHOSCU", space padded
                "00000000000000000000000000000000", // reserved, 32 bytes
                "00000000000000000000000000000000",
                "10000015",                         // Application Context Item 10H, reserved, Item-length 21
                "312e322e3834302e31303030382e332e", //   "1.2.840.10008.3.1.1.1"
                "312e312e31",
                "21000019",                         // Presentation Context Item 21H, reserved, Item-length 25
                "01000000",                         //   Presentation-context-ID 1, reserved, Result/Reason 0
                                                    //     acceptance, reserved
                "40000011",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2"
                "32",
                "5000003a",                         // User Information Item 50H, reserved, Item-length 58
                "51000004",                         //   Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00004000",                         //     Maximum-length-received 16384
                "5200001b",                         //   Implementation Class UID Sub-Item 52H, reserved, Item-length
                                                    //     27
                "312e322e3237362e302e373233303031", //     "1.2.276.0.7230010.3.0.3.6.7"
                "302e332e302e332e362e37",
                "5500000f",                         //   Implementation Version Name Sub-Item 55H, reserved,
                                                    //     Item-length 15
                "4f464649535f44434d544b5f333637");  //     "OFFIS_DCMTK_367"
    }

    /**
     * A-ASSOCIATE-RQ with every user information sub-item a requestor sends, written from PS3.8 §9.3.2 and PS3.7 Annex
     * D.3.3. Called STORESCP, calling MODALITY; presentation contexts 1: CT Image Storage with Explicit VR Little
     * Endian, Implicit VR Little Endian and JPEG Baseline; 3: MR Image Storage with Implicit VR Little Endian; 5:
     * Procedure Log Storage with Explicit VR Little Endian. User information in ascending item type: maximum length 0
     * (unlimited), implementation class UID 2.25.12345, asynchronous operations window 5 invoked / 3 performed, role
     * selection CT SCU 1 SCP 1, version name CAMEL_DICOM_01, extended negotiation for CT 02 00 03 00 01 00, common
     * extended negotiation Procedure Log / Storage service class / related Enhanced SR, user identity type 2 (username
     * and passcode) "alice" / "s3cret" with positive response requested, and an unknown sub-item F0H holding 01 02.
     */
    static byte[] storeRqAllSubItems() {
        return Hex.decode(
                "01000000022e",                     // PDU-type 01H A-ASSOCIATE-RQ, reserved, PDU-length 558
                "00010000",                         // Protocol-version 1, reserved
                "53544f52455343502020202020202020", // Called-AE-title "STORESCP", space padded
                "4d4f44414c4954592020202020202020", // Calling-AE-title "MODALITY", space padded
                "00000000000000000000000000000000", // reserved, 32 bytes
                "00000000000000000000000000000000",
                "10000015",                         // Application Context Item 10H, reserved, Item-length 21
                "312e322e3834302e31303030382e332e", //   "1.2.840.10008.3.1.1.1"
                "312e312e31",
                "20000067",                         // Presentation Context Item 20H, reserved, Item-length 103
                "01000000",                         //   Presentation-context-ID 1, reserved, reserved, reserved
                "30000019",                         //   Abstract Syntax Sub-Item 30H, reserved, Item-length 25
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.2"
                "312e342e312e312e32",
                "40000013",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 19
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2.1"
                "322e31",
                "40000011",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2"
                "32",
                "40000016",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 22
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2.4.50"
                "322e342e3530",
                "20000036",                         // Presentation Context Item 20H, reserved, Item-length 54
                "03000000",                         //   Presentation-context-ID 3, reserved, reserved, reserved
                "30000019",                         //   Abstract Syntax Sub-Item 30H, reserved, Item-length 25
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.4"
                "312e342e312e312e34",
                "40000011",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2"
                "32",
                "2000003c",                         // Presentation Context Item 20H, reserved, Item-length 60
                "05000000",                         //   Presentation-context-ID 5, reserved, reserved, reserved
                "3000001d",                         //   Abstract Syntax Sub-Item 30H, reserved, Item-length 29
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.88.40"
                "312e342e312e312e38382e3430",
                "40000013",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 19
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2.1"
                "322e31",
                "500000e8",                         // User Information Item 50H, reserved, Item-length 232
                "51000004",                         //   Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00000000",                         //     Maximum-length-received 0
                "5200000a",                         //   Implementation Class UID Sub-Item 52H, reserved, Item-length
                                                    //     10
                "322e32352e3132333435",             //     "2.25.12345"
                "53000004",                         //   Asynchronous Operations Window Sub-Item 53H, reserved,
                                                    //     Item-length 4
                "00050003",                         //     Maximum-number-operations-invoked 5, -performed 3
                "5400001d",                         //   SCP/SCU Role Selection Sub-Item 54H, reserved, Item-length 29
                "0019",                             //     UID-length 25
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.2"
                "312e342e312e312e32",
                "0101",                             //     SCU-role 1, SCP-role 1
                "5500000e",                         //   Implementation Version Name Sub-Item 55H, reserved,
                                                    //     Item-length 14
                "43414d454c5f4449434f4d5f3031",     //     "CAMEL_DICOM_01"
                "56000021",                         //   SOP Class Extended Negotiation Sub-Item 56H, reserved,
                                                    //     Item-length 33
                "0019",                             //     SOP-class-uid-length 25
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.2"
                "312e342e312e312e32",
                "020003000100",                     //     Service-class-application-information: level of support 2,
                                                    //       reserved, digital signature level 3, reserved, element
                                                    //       coercion 1, reserved (PS3.4 Table B.3-1)
                "57000053",                         //   SOP Class Common Extended Negotiation Sub-Item 57H, reserved,
                                                    //     Item-length 83
                "001d",                             //     SOP-class-uid-length 29
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.88.40"
                "312e342e312e312e38382e3430",
                "0011",                             //     Service-class-uid-length 17
                "312e322e3834302e31303030382e342e", //     "1.2.840.10008.4.2"
                "32",
                "001f",                             //     Related-general-sop-class-identification-length 31
                "001d",                             //       Related-general-sop-class-uid-length 29
                "312e322e3834302e31303030382e352e", //       "1.2.840.10008.5.1.4.1.1.88.22"
                "312e342e312e312e38382e3232",
                "58000011",                         //   User Identity Sub-Item (RQ) 58H, reserved, Item-length 17
                "0201",                             //     User-Identity-Type 2, Positive-response-requested 1
                "0005",                             //     Primary-field-length 5
                "616c696365",                       //     Primary-field "alice"
                "0006",                             //     Secondary-field-length 6
                "733363726574",                     //     Secondary-field "s3cret"
                "f0000002",                         //   unknown sub-item F0H, reserved, Item-length 2
                "0102");                            //     data 01 02
    }

    /**
     * A-ASSOCIATE-AC answering {@link #storeRqAllSubItems()}, written from PS3.8 §9.3.3 and PS3.7 Annex D.3.3.
     * Presentation contexts 1: accepted with Explicit VR Little Endian; 3: abstract-syntax-not-supported (3), transfer
     * syntax sub-item echoing Implicit VR Little Endian; 5: transfer-syntaxes-not-supported (4) echoing Explicit VR
     * Little Endian. User information: maximum length 16384, implementation class UID 2.25.12345, asynchronous
     * operations window 1 / 1, role selection CT SCU accepted, SCP rejected, version name CAMEL_DICOM_01, extended
     * negotiation for CT 02 00 03 00 01 00, user identity server response a1 b2 c3 d4.
     */
    static byte[] storeAcAllSubItems() {
        return Hex.decode(
                "02000000013c",                     // PDU-type 02H A-ASSOCIATE-AC, reserved, PDU-length 316
                "00010000",                         // Protocol-version 1, reserved
                "53544f52455343502020202020202020", // reserved (Called-AE-title) "STORESCP", space padded
                "4d4f44414c4954592020202020202020", // reserved (Calling-AE-title) "MODALITY", space padded
                "00000000000000000000000000000000", // reserved, 32 bytes
                "00000000000000000000000000000000",
                "10000015",                         // Application Context Item 10H, reserved, Item-length 21
                "312e322e3834302e31303030382e332e", //   "1.2.840.10008.3.1.1.1"
                "312e312e31",
                "2100001b",                         // Presentation Context Item 21H, reserved, Item-length 27
                "01000000",                         //   Presentation-context-ID 1, reserved, Result/Reason 0
                                                    //     acceptance, reserved
                "40000013",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 19
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2.1"
                "322e31",
                "21000019",                         // Presentation Context Item 21H, reserved, Item-length 25
                "03000300",                         //   Presentation-context-ID 3, reserved, Result/Reason 3
                                                    //     abstract-syntax-not-supported, reserved
                "40000011",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 17
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2"
                "32",
                "2100001b",                         // Presentation Context Item 21H, reserved, Item-length 27
                "05000400",                         //   Presentation-context-ID 5, reserved, Result/Reason 4
                                                    //     transfer-syntaxes-not-supported, reserved
                "40000013",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 19
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2.1"
                "322e31",
                "50000080",                         // User Information Item 50H, reserved, Item-length 128
                "51000004",                         //   Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00004000",                         //     Maximum-length-received 16384
                "5200000a",                         //   Implementation Class UID Sub-Item 52H, reserved, Item-length
                                                    //     10
                "322e32352e3132333435",             //     "2.25.12345"
                "53000004",                         //   Asynchronous Operations Window Sub-Item 53H, reserved,
                                                    //     Item-length 4
                "00010001",                         //     Maximum-number-operations-invoked 1, -performed 1
                "5400001d",                         //   SCP/SCU Role Selection Sub-Item 54H, reserved, Item-length 29
                "0019",                             //     UID-length 25
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.2"
                "312e342e312e312e32",
                "0100",                             //     SCU-role 1, SCP-role 0
                "5500000e",                         //   Implementation Version Name Sub-Item 55H, reserved,
                                                    //     Item-length 14
                "43414d454c5f4449434f4d5f3031",     //     "CAMEL_DICOM_01"
                "56000021",                         //   SOP Class Extended Negotiation Sub-Item 56H, reserved,
                                                    //     Item-length 33
                "0019",                             //     SOP-class-uid-length 25
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.2"
                "312e342e312e312e32",
                "020003000100",                     //     Service-class-application-information: as proposed
                "59000006",                         //   User Identity Sub-Item (AC) 59H, reserved, Item-length 6
                "0004",                             //     Server-response-length 4
                "a1b2c3d4");                        //     Server-response (opaque, e.g. a Kerberos server ticket)
    }

    /**
     * A-ASSOCIATE-RQ whose text is padded the ways senders pad it, written from PS3.8 §9.3.2: the called AE title "
     * ANY-SCP" has leading spaces (not significant, Table 9-11); odd-length UIDs carry a trailing NUL (application
     * context 1.2.840.10008.3.1.1.1, Verification, Implicit VR Little Endian, implementation class UID
     * 1.2.276.0.7230010.3.0.3.6.7) or a trailing space (CT Image Storage, Explicit VR Little Endian on context 3).
     * Decoded: called ANY-SCP, calling ECHOSCU, the UIDs without padding, maximum length 16384.
     */
    static byte[] rqWithPadding() {
        return Hex.decode(
                "0100000000fc",                     // PDU-type 01H A-ASSOCIATE-RQ, reserved, PDU-length 252
                "00010000",                         // Protocol-version 1, reserved
                "2020414e592d53435020202020202020", // Called-AE-title "  ANY-SCP": two leading spaces, space padded
                "4543484f534355202020202020202020", // Calling-AE-title "ECHOSCU", space padded
                "00000000000000000000000000000000", // reserved, 32 bytes
                "00000000000000000000000000000000",
                "10000016",                         // Application Context Item 10H, reserved, Item-length 22
                "312e322e3834302e31303030382e332e", //   "1.2.840.10008.3.1.1.1" + NUL
                "312e312e3100",
                "20000030",                         // Presentation Context Item 20H, reserved, Item-length 48
                "01000000",                         //   Presentation-context-ID 1, reserved, reserved, reserved
                "30000012",                         //   Abstract Syntax Sub-Item 30H, reserved, Item-length 18
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.1" + NUL
                "3100",
                "40000012",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 18
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2" + NUL
                "3200",
                "2000003a",                         // Presentation Context Item 20H, reserved, Item-length 58
                "03000000",                         //   Presentation-context-ID 3, reserved, reserved, reserved
                "3000001a",                         //   Abstract Syntax Sub-Item 30H, reserved, Item-length 26
                "312e322e3834302e31303030382e352e", //     "1.2.840.10008.5.1.4.1.1.2" + space
                "312e342e312e312e3220",
                "40000014",                         //   Transfer Syntax Sub-Item 40H, reserved, Item-length 20
                "312e322e3834302e31303030382e312e", //     "1.2.840.10008.1.2.1" + space
                "322e3120",
                "50000028",                         // User Information Item 50H, reserved, Item-length 40
                "51000004",                         //   Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00004000",                         //     Maximum-length-received 16384
                "5200001c",                         //   Implementation Class UID Sub-Item 52H, reserved, Item-length
                                                    //     28
                "312e322e3237362e302e373233303031", //     "1.2.276.0.7230010.3.0.3.6.7" + NUL
                "302e332e302e332e362e3700");
    }

    /**
     * A-ASSOCIATE-AC whose only presentation context (1) is rejected with abstract-syntax-not-supported (3) and has no
     * transfer syntax sub-item, which PS3.8 Table 9-18 says is not tested for a rejected context. Called ANY-SCP,
     * calling ECHOSCU, maximum length 16384. Decodes with an empty transfer syntax.
     */
    static byte[] acRejectedWithoutTransferSyntax() {
        return Hex.decode(
                "020000000071",                     // PDU-type 02H A-ASSOCIATE-AC, reserved, PDU-length 113
                "00010000",                         // Protocol-version 1, reserved
                "414e592d534350202020202020202020", // reserved (Called-AE-title) "ANY-SCP", space padded
                "4543484f534355202020202020202020", // reserved (Calling-AE-title) "ECHOSCU", space padded
                "00000000000000000000000000000000", // reserved, 32 bytes
                "00000000000000000000000000000000",
                "10000015",                         // Application Context Item 10H, reserved, Item-length 21
                "312e322e3834302e31303030382e332e", //   "1.2.840.10008.3.1.1.1"
                "312e312e31",
                "21000004",                         // Presentation Context Item 21H, reserved, Item-length 4
                "01000300",                         //   Presentation-context-ID 1, reserved, Result/Reason 3
                                                    //     abstract-syntax-not-supported, reserved
                "50000008",                         // User Information Item 50H, reserved, Item-length 8
                "51000004",                         //   Maximum Length Sub-Item 51H, reserved, Item-length 4
                "00004000");                        //     Maximum-length-received 16384
    }

    /**
     * A-ASSOCIATE-RJ as DCMTK 3.6.7 {@code storescp --refuse} sent it, written from PS3.8 §9.3.4, Table 9-21:
     * rejected-permanent, DICOM UL service-user, no-reason-given.
     */
    static byte[] storescpRj() {
        return Hex.decode(
                "030000000004",                     // PDU-type 03H A-ASSOCIATE-RJ, reserved, PDU-length 4
                "00010101");                        // reserved, Result 1 rejected-permanent, Source 1 service-user,
                                                    //   Reason 1 no-reason-given
    }
}
