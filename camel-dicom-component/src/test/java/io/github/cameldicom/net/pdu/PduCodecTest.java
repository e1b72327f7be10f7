package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.decode;
import static io.github.cameldicom.net.pdu.PduTestSupport.withTrailingZero;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDU header and the type table, PS3.8 §9.3.1; every fixture through {@link PduCodec}. */
class PduCodecTest {

    /** Every fixture whose encoding is canonical, so that decoding and encoding again gives the same bytes. */
    static Stream<Arguments> canonicalPdus() {
        return Stream.of(
                arguments("echoscu A-ASSOCIATE-RQ", AssociateFixtures.echoscuRq()),
                arguments("A-ASSOCIATE-RQ with every sub-item", AssociateFixtures.storeRqAllSubItems()),
                arguments("storescp A-ASSOCIATE-AC", AssociateFixtures.storescpAc()),
                arguments("A-ASSOCIATE-AC with every sub-item", AssociateFixtures.storeAcAllSubItems()),
                arguments("storescp A-ASSOCIATE-RJ", AssociateFixtures.storescpRj()),
                arguments("echoscu C-ECHO-RQ P-DATA-TF", DataTransferFixtures.echoscuCEchoRq()),
                arguments("storescp C-ECHO-RSP P-DATA-TF", DataTransferFixtures.storescpCEchoRsp()),
                arguments("P-DATA-TF with two PDVs", DataTransferFixtures.twoDataFragments()),
                arguments("P-DATA-TF with an empty fragment", DataTransferFixtures.emptyCommandFragment()),
                arguments("A-RELEASE-RQ", ReleaseFixtures.releaseRq()),
                arguments("A-RELEASE-RP", ReleaseFixtures.releaseRp()),
                arguments("service-user A-ABORT", AbortFixtures.serviceUserAbort()),
                arguments("service-provider A-ABORT", AbortFixtures.invalidParameterAbort()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalPdus")
    void decodesAndEncodesBackTheSameBytes(String name, byte[] fixture) throws PduException {
        Pdu pdu = decode(fixture);

        assertEquals(fixture[0], pdu.pduType());
        assertEquals(fixture.length, PduCodec.encodedLength(pdu));
        assertArrayEquals(fixture, PduCodec.encode(pdu));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalPdus")
    void decodesABodyInTheMiddleOfALargerBuffer(String name, byte[] fixture) throws PduException {
        byte[] buffer = new byte[fixture.length + 17];
        Arrays.fill(buffer, (byte) 0xA5);
        System.arraycopy(fixture, 0, buffer, 9, fixture.length);

        Pdu pdu = PduCodec.decode(fixture[0], buffer, 9 + PduCodec.HEADER_LENGTH,
                (int) PduCodec.pduLength(buffer, 9));

        assertEquals(decode(fixture), pdu);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalPdus")
    void rejectsABytePastTheEnd(String name, byte[] fixture) {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(withTrailingZero(fixture)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x08, 0x10, 0x7F, 0xFF})
    void rejectsAnUnknownPduType(int pduType) {
        PduException e = assertAbortReason(Reason.UNRECOGNIZED_PDU,
                () -> PduCodec.decode(pduType, new byte[4], 0, 4));

        assertEquals(AAbort.Source.SERVICE_PROVIDER, e.toAbort().source());
    }

    @Test
    void rejectsASliceOutsideTheArray() {
        assertThrows(IndexOutOfBoundsException.class, () -> PduCodec.decode(PduType.A_RELEASE_RQ, new byte[4], 1, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> PduCodec.decode(PduType.A_RELEASE_RQ, new byte[4], -1,
                4));
        assertThrows(IndexOutOfBoundsException.class, () -> PduCodec.pduLength(new byte[5], 0));
    }

    @ParameterizedTest
    @CsvSource({"010000000000, 0", "0400000000cd, 205", "040001000000, 16777216", "04ffffffffff, 4294967295"})
    void readsTheUnsignedPduLength(String header, long length) {
        assertEquals(length, PduCodec.pduLength(Hex.decode(header), 0));
    }

    @Test
    void namesThePduTypes() {
        assertEquals("A-ASSOCIATE-RQ", PduType.name(PduType.A_ASSOCIATE_RQ));
        assertEquals("A-ASSOCIATE-AC", PduType.name(PduType.A_ASSOCIATE_AC));
        assertEquals("A-ASSOCIATE-RJ", PduType.name(PduType.A_ASSOCIATE_RJ));
        assertEquals("P-DATA-TF", PduType.name(PduType.P_DATA_TF));
        assertEquals("A-RELEASE-RQ", PduType.name(PduType.A_RELEASE_RQ));
        assertEquals("A-RELEASE-RP", PduType.name(PduType.A_RELEASE_RP));
        assertEquals("A-ABORT", PduType.name(PduType.A_ABORT));
        assertEquals("PDU 0x2A", PduType.name(0x2A));
    }

    @Test
    void numbersThePduTypesAsTheStandardDoes() {
        assertEquals(0x01, new AAssociateRq(1, "A", "B", "1", List.of(), new UserInformation(
                List.of())).pduType());
        assertEquals(0x02, new AAssociateAc(1, "A", "B", "1", List.of(), new UserInformation(
                List.of())).pduType());
        assertEquals(0x03, new AAssociateRj(AAssociateRj.Result.REJECTED_TRANSIENT,
                AAssociateRj.Reason.LOCAL_LIMIT_EXCEEDED).pduType());
        assertEquals(0x04, new PDataTf(List.of()).pduType());
        assertEquals(0x05, new AReleaseRq().pduType());
        assertEquals(0x06, new AReleaseRp().pduType());
        assertEquals(0x07, AAbort.serviceUser().pduType());
    }
}
