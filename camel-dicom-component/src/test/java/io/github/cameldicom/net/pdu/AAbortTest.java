package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertEveryTruncationInvalid;
import static io.github.cameldicom.net.pdu.PduTestSupport.decode;
import static io.github.cameldicom.net.pdu.PduTestSupport.withTrailingZero;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import io.github.cameldicom.net.pdu.AAbort.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A-ABORT, PS3.8 §9.3.8, Table 9-26. */
class AAbortTest {

    @Test
    void decodesWhatEchoscuAbortedWith() throws PduException {
        AAbort abort = (AAbort) decode(AbortFixtures.serviceUserAbort());

        assertEquals(PduType.A_ABORT, abort.pduType());
        assertEquals(AAbort.serviceUser(), abort);
        assertEquals(new AAbort(Source.SERVICE_USER, Reason.REASON_NOT_SPECIFIED), abort);
        assertArrayEquals(AbortFixtures.serviceUserAbort(), PduCodec.encode(abort));
    }

    @Test
    void decodesAndEncodesAServiceProviderAbort() throws PduException {
        AAbort abort = AAbort.serviceProvider(Reason.INVALID_PDU_PARAMETER_VALUE);

        assertEquals(abort, decode(AbortFixtures.invalidParameterAbort()));
        assertArrayEquals(AbortFixtures.invalidParameterAbort(), PduCodec.encode(abort));
    }

    /** Every service-provider reason of Table 9-26: PDU header, two reserved bytes, source 2, reason. */
    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "07000000000400000200, REASON_NOT_SPECIFIED",
            "07000000000400000201, UNRECOGNIZED_PDU",
            "07000000000400000202, UNEXPECTED_PDU",
            "07000000000400000204, UNRECOGNIZED_PDU_PARAMETER",
            "07000000000400000205, UNEXPECTED_PDU_PARAMETER",
            "07000000000400000206, INVALID_PDU_PARAMETER_VALUE",
    })
    void decodesAndEncodesEveryProviderReason(String hex, Reason reason) throws PduException {
        AAbort abort = AAbort.serviceProvider(reason);

        assertEquals(abort, decode(Hex.decode(hex)));
        assertArrayEquals(Hex.decode(hex), PduCodec.encode(abort));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6, 0xFF})
    void doesNotTestTheReasonOfAServiceUserAbort(int reason) throws PduException {
        byte[] pdu = AbortFixtures.serviceUserAbort();
        pdu[9] = (byte) reason;

        assertEquals(AAbort.serviceUser(), decode(pdu));
    }

    @Test
    void ignoresTheReservedBytes() throws PduException {
        assertEquals(AAbort.serviceProvider(Reason.UNEXPECTED_PDU), decode(Hex.decode("070000000004", "ffff0202")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "reserved source 1, 07000000000400000100",
            "source 3, 07000000000400000300",
            "reserved reason 3, 07000000000400000203",
            "reason 7, 07000000000400000207",
            "reason FFH, 070000000004000002ff",
    })
    void rejectsUndefinedValues(String name, String hex) {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(Hex.decode(hex)));
    }

    @Test
    void rejectsAWrongPduLength() {
        assertEveryTruncationInvalid(AbortFixtures.serviceUserAbort());
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withTrailingZero(AbortFixtures.invalidParameterAbort())));
    }

    @Test
    void aServiceUserAbortCarriesNoReason() {
        assertThrows(IllegalArgumentException.class, () -> new AAbort(Source.SERVICE_USER, Reason.UNEXPECTED_PDU));
        assertThrows(NullPointerException.class, () -> new AAbort(null, Reason.REASON_NOT_SPECIFIED));
        assertThrows(NullPointerException.class, () -> new AAbort(Source.SERVICE_PROVIDER, null));
    }

    @Test
    void aCodecErrorBecomesTheAbortToSend() {
        PduException e = new PduException(Reason.UNRECOGNIZED_PDU, "unknown PDU type");

        assertEquals(Source.SERVICE_PROVIDER, e.source());
        assertEquals(Reason.UNRECOGNIZED_PDU, e.reason());
        assertEquals("unknown PDU type", e.getMessage());
        assertArrayEquals(Hex.decode("07000000000400000201"), PduCodec.encode(e.toAbort()));
    }
}
