package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertEveryTruncationInvalid;
import static io.github.cameldicom.net.pdu.PduTestSupport.decode;
import static io.github.cameldicom.net.pdu.PduTestSupport.withTrailingZero;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import io.github.cameldicom.net.pdu.AAssociateRj.Result;
import io.github.cameldicom.net.pdu.AAssociateRj.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A-ASSOCIATE-RJ, PS3.8 §9.3.4, Table 9-21. */
class AAssociateRjTest {

    @Test
    void decodesWhatStorescpRefusedWith() throws PduException {
        AAssociateRj rj = (AAssociateRj) decode(AssociateFixtures.storescpRj());

        assertEquals(PduType.A_ASSOCIATE_RJ, rj.pduType());
        assertEquals(new AAssociateRj(Result.REJECTED_PERMANENT, AAssociateRj.Reason.USER_NO_REASON_GIVEN), rj);
        assertEquals(Source.SERVICE_USER, rj.source());
    }

    @Test
    void encodesItByteForByte() {
        AAssociateRj rj = new AAssociateRj(Result.REJECTED_PERMANENT, AAssociateRj.Reason.USER_NO_REASON_GIVEN);

        assertArrayEquals(AssociateFixtures.storescpRj(), PduCodec.encode(rj));
        assertEquals(10, PduCodec.encodedLength(rj));
    }

    /** Every result, source and reason of Table 9-21: PDU header, reserved, result, source, reason. */
    @ParameterizedTest(name = "{1} {2}")
    @CsvSource({
            "03000000000400010101, REJECTED_PERMANENT, USER_NO_REASON_GIVEN",
            "03000000000400010102, REJECTED_PERMANENT, APPLICATION_CONTEXT_NAME_NOT_SUPPORTED",
            "03000000000400010103, REJECTED_PERMANENT, CALLING_AE_TITLE_NOT_RECOGNIZED",
            "03000000000400010107, REJECTED_PERMANENT, CALLED_AE_TITLE_NOT_RECOGNIZED",
            "03000000000400010201, REJECTED_PERMANENT, ACSE_NO_REASON_GIVEN",
            "03000000000400010202, REJECTED_PERMANENT, PROTOCOL_VERSION_NOT_SUPPORTED",
            "03000000000400020301, REJECTED_TRANSIENT, TEMPORARY_CONGESTION",
            "03000000000400020302, REJECTED_TRANSIENT, LOCAL_LIMIT_EXCEEDED",
            "03000000000400020107, REJECTED_TRANSIENT, CALLED_AE_TITLE_NOT_RECOGNIZED",
    })
    void decodesAndEncodesEveryDefinedValue(String hex, Result result, AAssociateRj.Reason reason)
            throws PduException {
        AAssociateRj rj = new AAssociateRj(result, reason);

        assertEquals(rj, decode(Hex.decode(hex)));
        assertArrayEquals(Hex.decode(hex), PduCodec.encode(rj));
    }

    @Test
    void groupsReasonsBySource() {
        assertEquals(Source.SERVICE_USER, AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED.source());
        assertEquals(Source.SERVICE_PROVIDER_ACSE, AAssociateRj.Reason.PROTOCOL_VERSION_NOT_SUPPORTED.source());
        assertEquals(Source.SERVICE_PROVIDER_PRESENTATION, AAssociateRj.Reason.LOCAL_LIMIT_EXCEEDED.source());
        assertEquals(3, Source.SERVICE_PROVIDER_PRESENTATION.code());
        assertEquals(7, AAssociateRj.Reason.CALLED_AE_TITLE_NOT_RECOGNIZED.code());
    }

    @Test
    void ignoresTheReservedByte() throws PduException {
        byte[] pdu = AssociateFixtures.storescpRj();
        pdu[6] = (byte) 0xFF;

        assertEquals(new AAssociateRj(Result.REJECTED_PERMANENT, AAssociateRj.Reason.USER_NO_REASON_GIVEN),
                decode(pdu));
    }

    /** Values Table 9-21 leaves undefined or marks reserved. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "result 0, 03000000000400000101",
            "result 3, 03000000000400030101",
            "source 0, 03000000000400010001",
            "source 4, 03000000000400010401",
            "service-user reason 0, 03000000000400010100",
            "service-user reserved reason 4, 03000000000400010104",
            "service-user reserved reason 6, 03000000000400010106",
            "service-user reserved reason 8, 03000000000400010108",
            "service-user reserved reason 10, 0300000000040001010a",
            "ACSE reason 3, 03000000000400010203",
            "presentation reserved reason 0, 03000000000400020300",
            "presentation reserved reason 3, 03000000000400020303",
            "presentation reserved reason 7, 03000000000400020307",
    })
    void rejectsUndefinedValues(String name, String hex) {
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE, () -> decode(Hex.decode(hex)));
    }

    @Test
    void rejectsAWrongPduLength() {
        assertEveryTruncationInvalid(AssociateFixtures.storescpRj());
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withTrailingZero(AssociateFixtures.storescpRj())));
    }

    @Test
    void needsAResultAndAReason() {
        assertThrows(NullPointerException.class, () -> new AAssociateRj(null,
                AAssociateRj.Reason.USER_NO_REASON_GIVEN));
        assertThrows(NullPointerException.class, () -> new AAssociateRj(Result.REJECTED_PERMANENT, null));
    }
}
