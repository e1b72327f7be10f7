package io.github.cameldicom.net.pdu;

/**
 * Byte fixtures for the P-DATA-TF PDU, written field by field from PS3.8 §9.3.5 and Annex E. Each method returns a
 * fresh array.
 */
final class DataTransferFixtures {

    private DataTransferFixtures() {
    }

    /**
     * P-DATA-TF as DCMTK 3.6.7 echoscu sent it, written from PS3.8 §9.3.5, Table 9-22 and 9-23, and Annex E.2: one PDV
     * on presentation context 1, command and last fragment, holding a C-ECHO-RQ command set (PS3.7 §9.3.5.1) in
     * Implicit VR Little Endian.
     */
    static byte[] echoscuCEchoRq() {
        return Hex.decode(
                "04000000004a",                     // PDU-type 04H P-DATA-TF, reserved, PDU-length 74
                "000000460103",                     // Item-length 70, Presentation-context-ID 1, Message Control
                                                    //   Header 03H: command, last
                "000000000400000038000000",         //   (0000,0000) CommandGroupLength, length 4: 56
                "0000020012000000312e322e3834302e", //   (0000,0002) AffectedSOPClassUID, length 18:
                "31303030382e312e3100",             //     "1.2.840.10008.1.1" + NUL
                "00000001020000003000",             //   (0000,0100) CommandField, length 2: 0030H C-ECHO-RQ
                "00001001020000000100",             //   (0000,0110) MessageID, length 2: 1
                "00000008020000000101");            //   (0000,0800) CommandDataSetType, length 2: 0101H no data set
    }

    /**
     * P-DATA-TF as DCMTK 3.6.7 storescp answered {@link #echoscuCEchoRq()}, written from PS3.8 §9.3.5: one PDV on
     * presentation context 1, command and last fragment, holding a C-ECHO-RSP command set with status success.
     */
    static byte[] storescpCEchoRsp() {
        return Hex.decode(
                "040000000054",                     // PDU-type 04H P-DATA-TF, reserved, PDU-length 84
                "000000500103",                     // Item-length 80, Presentation-context-ID 1, Message Control
                                                    //   Header 03H: command, last
                "000000000400000042000000",         //   (0000,0000) CommandGroupLength, length 4: 66
                "0000020012000000312e322e3834302e", //   (0000,0002) AffectedSOPClassUID, length 18:
                "31303030382e312e3100",             //     "1.2.840.10008.1.1" + NUL
                "00000001020000003080",             //   (0000,0100) CommandField, length 2: 8030H C-ECHO-RSP
                "00002001020000000100",             //   (0000,0120) MessageIDBeingRespondedTo, length 2: 1
                "00000008020000000101",             //   (0000,0800) CommandDataSetType, length 2: 0101H no data set
                "00000009020000000000");            //   (0000,0900) Status, length 2: 0000H success
    }

    /**
     * P-DATA-TF with two PDVs, written from PS3.8 Table 9-22 and 9-23 and Annex E.2: presentation context 3, data set
     * fragment 08 00 16 00 (not last), then data set fragment 55 49 (last).
     */
    static byte[] twoDataFragments() {
        return Hex.decode(
                "040000000012",                     // PDU-type 04H P-DATA-TF, reserved, PDU-length 18
                "000000060300",                     // Item-length 6, Presentation-context-ID 3, Message Control
                                                    //   Header 00H: data set, not last
                "08001600",                         //   data fragment 08 00 16 00
                "000000040302",                     // Item-length 4, Presentation-context-ID 3, Message Control
                                                    //   Header 02H: data set, last
                "5549");                            //   data fragment 55 49
    }

    /**
     * P-DATA-TF with one PDV whose fragment is empty (item-length 2, the smallest PS3.8 Table 9-23 allows) on the
     * highest presentation context id, 255; command, not last.
     */
    static byte[] emptyCommandFragment() {
        return Hex.decode(
                "040000000006",                     // PDU-type 04H P-DATA-TF, reserved, PDU-length 6
                "00000002ff01");                    // Item-length 2, Presentation-context-ID 255, Message Control
                                                    //   Header 01H: command, not last
    }
}
