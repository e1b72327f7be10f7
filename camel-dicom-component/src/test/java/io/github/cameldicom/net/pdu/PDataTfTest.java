package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertEveryTruncationInvalid;
import static io.github.cameldicom.net.pdu.PduTestSupport.decode;
import static io.github.cameldicom.net.pdu.PduTestSupport.decodeBody;
import static io.github.cameldicom.net.pdu.PduTestSupport.withTrailingZero;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** P-DATA-TF, PS3.8 §9.3.5 and Annex E, with the fixtures of {@link DataTransferFixtures}. */
class PDataTfTest {

    /** The command set inside {@link DataTransferFixtures#echoscuCEchoRq()}: everything after its 12-byte head. */
    private static byte[] echoCommand() {
        byte[] pdu = DataTransferFixtures.echoscuCEchoRq();
        return Arrays.copyOfRange(pdu, PduCodec.P_DATA_TF_HEADER_LENGTH, pdu.length);
    }

    @Test
    void decodesWhatEchoscuSent() throws PduException {
        PDataTf data = (PDataTf) decode(DataTransferFixtures.echoscuCEchoRq());

        assertEquals(PduType.P_DATA_TF, data.pduType());
        assertEquals(List.of(new PresentationDataValue(1, true, true, echoCommand())), data.values());
        assertEquals(68, data.values().get(0).fragment().length);
        assertEquals(0x03, data.values().get(0).messageControlHeader());
    }

    @Test
    void encodesItByteForByte() {
        PDataTf data = new PDataTf(List.of(new PresentationDataValue(1, true, true, echoCommand())));

        assertArrayEquals(DataTransferFixtures.echoscuCEchoRq(), PduCodec.encode(data));
        assertEquals(DataTransferFixtures.echoscuCEchoRq().length, PduCodec.encodedLength(data));
    }

    @Test
    void roundTripsTheStorescpResponse() throws PduException {
        byte[] fixture = DataTransferFixtures.storescpCEchoRsp();

        PDataTf data = (PDataTf) decode(fixture);

        assertEquals(1, data.values().size());
        assertEquals(78, data.values().get(0).fragment().length);
        assertArrayEquals(fixture, PduCodec.encode(data));
    }

    @Test
    void decodesSeveralPdvsInOrder() throws PduException {
        byte[] fixture = DataTransferFixtures.twoDataFragments();

        PDataTf data = (PDataTf) decode(fixture);

        assertEquals(List.of(new PresentationDataValue(3, false, false, Hex.decode("08001600")),
                new PresentationDataValue(3, false, true, Hex.decode("5549"))), data.values());
        assertArrayEquals(fixture, PduCodec.encode(data));
    }

    @Test
    void decodesAnEmptyFragmentOnContext255() throws PduException {
        byte[] fixture = DataTransferFixtures.emptyCommandFragment();

        PDataTf data = (PDataTf) decode(fixture);

        assertEquals(List.of(new PresentationDataValue(255, true, false, new byte[0])), data.values());
        assertArrayEquals(fixture, PduCodec.encode(data));
    }

    @ParameterizedTest
    @CsvSource({"0x04, false, false", "0xFC, false, false", "0xFD, true, false", "0xFE, false, true",
            "0xFF, true, true"})
    void readsOnlyBitsZeroAndOneOfTheMessageControlHeader(String header, boolean command, boolean last)
            throws PduException {
        byte[] pdu = DataTransferFixtures.emptyCommandFragment();
        pdu[11] = (byte) Integer.decode(header).intValue();

        PresentationDataValue pdv = ((PDataTf) decode(pdu)).values().get(0);

        assertEquals(command, pdv.command());
        assertEquals(last, pdv.last());
    }

    @Test
    void rejectsEveryTruncationOfASinglePdv() {
        assertEveryTruncationInvalid(DataTransferFixtures.echoscuCEchoRq());
        assertEveryTruncationInvalid(DataTransferFixtures.storescpCEchoRsp());
        assertEveryTruncationInvalid(DataTransferFixtures.emptyCommandFragment());
    }

    @Test
    void aCutBetweenTwoPdvsLeavesAValidPduWithTheFirst() throws PduException {
        byte[] pdu = DataTransferFixtures.twoDataFragments();

        for (int cut = 1; cut < pdu.length - PduCodec.HEADER_LENGTH; cut++) {
            int length = cut;
            if (cut == 10) {
                assertEquals(1, ((PDataTf) decodeBody(pdu, cut)).values().size());
            } else {
                assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decodeBody(pdu, length));
            }
        }
    }

    @Test
    void rejectsAPduWithoutPdv() {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(Hex.decode("040000000000")));
    }

    @ParameterizedTest(name = "item-length {0}")
    @ValueSource(strings = {"00000000", "00000001"})
    void rejectsAnItemLengthBelowTwo(String itemLength) {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(Hex.decode("040000000006", itemLength, "0103")));
    }

    @ParameterizedTest(name = "item-length {0}")
    @ValueSource(strings = {"00000003", "80000000", "ffffffff"})
    void rejectsAnItemLengthPastThePdu(String itemLength) {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(Hex.decode("040000000006", itemLength, "0103")));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 128, 254})
    void rejectsAPresentationContextIdThatIsNotOdd(int id) {
        byte[] pdu = DataTransferFixtures.twoDataFragments();
        pdu[20] = (byte) id;

        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(pdu));
    }

    @Test
    void rejectsABytePastTheLastPdv() {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withTrailingZero(DataTransferFixtures.echoscuCEchoRq())));
    }

    @Test
    void writesTheHeadOfASinglePdvPdu() {
        byte[] fixture = DataTransferFixtures.echoscuCEchoRq();
        byte[] head = new byte[20];

        int written = PduCodec.writePDataTfHeader(head, 3, 1, true, true, 68);

        assertEquals(12, written);
        assertArrayEquals(Arrays.copyOf(fixture, 12), Arrays.copyOfRange(head, 3, 15));
        assertArrayEquals(new byte[3], Arrays.copyOf(head, 3), "nothing written before the offset");
        assertArrayEquals(new byte[5], Arrays.copyOfRange(head, 15, 20), "nothing written after the head");
    }

    @ParameterizedTest
    @CsvSource({"true, false, 1", "false, true, 2", "false, false, 0"})
    void writesTheMessageControlHeader(boolean command, boolean last, int header) {
        byte[] head = new byte[12];

        PduCodec.writePDataTfHeader(head, 0, 255, command, last, 0);

        assertArrayEquals(Hex.decode("040000000006", "00000002", "ff", String.format("%02x", header)), head);
    }

    @Test
    void refusesAnInvalidHead() {
        byte[] head = new byte[12];

        assertThrows(IllegalArgumentException.class, () -> PduCodec.writePDataTfHeader(head, 0, 2, true, true, 0));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.writePDataTfHeader(head, 0, 257, true, true, 0));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.writePDataTfHeader(head, 0, 1, true, true, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> PduCodec.writePDataTfHeader(head, 1, 1, true, true, 0));
    }

    @Test
    void refusesToEncodeWhatCouldNotBeDecoded() {
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new PDataTf(List.of())));
        assertThrows(IllegalArgumentException.class, () -> PduCodec.encode(new PDataTf(List.of(
                new PresentationDataValue(0, true, true, new byte[2])))));
        assertThrows(NullPointerException.class, () -> new PresentationDataValue(1, true, true, null));
    }

    @Test
    void comparesFragmentsByContentAndKeepsThemOutOfToString() {
        PresentationDataValue pdv = new PresentationDataValue(1, false, true, Hex.decode("4a6f686e"));

        assertEquals(new PresentationDataValue(1, false, true, Hex.decode("4a6f686e")), pdv);
        assertEquals(new PresentationDataValue(1, false, true, Hex.decode("4a6f686e")).hashCode(), pdv.hashCode());
        assertNotEquals(new PresentationDataValue(1, false, true, Hex.decode("4a6f686f")), pdv);
        assertNotEquals(new PresentationDataValue(3, false, true, Hex.decode("4a6f686e")), pdv);
        assertNotEquals(new PresentationDataValue(1, true, true, Hex.decode("4a6f686e")), pdv);
        assertNotEquals(new PresentationDataValue(1, false, false, Hex.decode("4a6f686e")), pdv);
        assertTrue(pdv.toString().contains("fragmentLength=4"), pdv.toString());
        assertFalse(pdv.toString().contains("4a6f686e") || pdv.toString().contains("John"), pdv.toString());
    }
}
