package io.github.cameldicom.net.pdu;

import static io.github.cameldicom.net.pdu.PduTestSupport.assertAbortReason;
import static io.github.cameldicom.net.pdu.PduTestSupport.assertEveryTruncationInvalid;
import static io.github.cameldicom.net.pdu.PduTestSupport.decode;
import static io.github.cameldicom.net.pdu.PduTestSupport.withTrailingZero;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cameldicom.net.pdu.AAbort.Reason;
import org.junit.jupiter.api.Test;

/** A-RELEASE-RQ and A-RELEASE-RP, PS3.8 §9.3.6 and §9.3.7. */
class AReleaseTest {

    @Test
    void decodesAndEncodesTheRequest() throws PduException {
        assertEquals(new AReleaseRq(), decode(ReleaseFixtures.releaseRq()));
        assertArrayEquals(ReleaseFixtures.releaseRq(), PduCodec.encode(new AReleaseRq()));
        assertEquals(PduType.A_RELEASE_RQ, new AReleaseRq().pduType());
    }

    @Test
    void decodesAndEncodesTheResponse() throws PduException {
        assertEquals(new AReleaseRp(), decode(ReleaseFixtures.releaseRp()));
        assertArrayEquals(ReleaseFixtures.releaseRp(), PduCodec.encode(new AReleaseRp()));
        assertEquals(PduType.A_RELEASE_RP, new AReleaseRp().pduType());
    }

    @Test
    void ignoresTheReservedBytes() throws PduException {
        byte[] rq = Hex.decode("050000000004", "deadbeef");
        byte[] rp = Hex.decode("060000000004", "ffffffff");

        assertEquals(new AReleaseRq(), decode(rq));
        assertEquals(new AReleaseRp(), decode(rp));
    }

    @Test
    void rejectsAWrongPduLength() {
        assertEveryTruncationInvalid(ReleaseFixtures.releaseRq());
        assertEveryTruncationInvalid(ReleaseFixtures.releaseRp());
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withTrailingZero(ReleaseFixtures.releaseRq())));
        assertAbortReason(Reason.INVALID_PDU_PARAMETER_VALUE,
                () -> decode(withTrailingZero(ReleaseFixtures.releaseRp())));
    }
}
