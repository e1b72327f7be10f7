package io.github.cameldicom.net;

import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AReleaseRq;
import io.github.cameldicom.net.pdu.PDataTf;
import io.github.cameldicom.net.pdu.PduCodec;
import io.github.cameldicom.net.pdu.PresentationDataValue;
import io.github.cameldicom.testing.CamelReceiver;
import io.github.cameldicom.testing.RawScu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.github.cameldicom.net.AssociateRqBytes.ctContext;
import static io.github.cameldicom.net.AssociateRqBytes.item;
import static io.github.cameldicom.net.AssociateRqBytes.pdu;
import static io.github.cameldicom.net.AssociateRqBytes.pduHeader;
import static io.github.cameldicom.net.AssociateRqBytes.putInt;
import static io.github.cameldicom.net.AssociateRqBytes.rq;
import static io.github.cameldicom.net.pdu.AAbort.Reason.INVALID_PDU_PARAMETER_VALUE;
import static io.github.cameldicom.net.pdu.AAbort.Reason.UNEXPECTED_PDU;
import static io.github.cameldicom.net.pdu.AAbort.Reason.UNRECOGNIZED_PDU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * PDUs with hostile length fields, and PDUs out of their place in the protocol, sent to the Camel receiver before
 * and after the association is established. Before it (Sta2) an invalid or unexpected PDU is answered by AA-1, an
 * A-ABORT from the service user; on an established association (Sta6) by AA-8, an A-ABORT from the service
 * provider with the reason of PS3.8 Table 9-26 (PS3.8 §9.2.3, Table 9-10). A length is never taken as a size to
 * allocate: the receiver answers at once, without waiting for the bytes the length announces.
 */
class HostilePduTest extends HostileInputSupport {

    private static final long MAX_UINT32 = 0xFFFFFFFFL;

    static Stream<Arguments> hugeLengthsBeforeTheAssociation() {
        return Stream.of(
                arguments(0x01, MAX_UINT32), arguments(0x01, 0x80000000L), arguments(0x01, 0x7FFFFFFFL),
                arguments(0x01, (1 << 20) + 1), arguments(0x02, MAX_UINT32), arguments(0x03, MAX_UINT32),
                arguments(0x04, MAX_UINT32), arguments(0x04, 0x80000000L), arguments(0x05, MAX_UINT32),
                arguments(0x06, MAX_UINT32), arguments(0x07, MAX_UINT32), arguments(0x08, MAX_UINT32),
                arguments(0xFF, MAX_UINT32));
    }

    @ParameterizedTest(name = "PDU type {0}H of length {1}")
    @MethodSource("hugeLengthsBeforeTheAssociation")
    void hugeLengthInsteadOfAnAssociateRequestIsAborted(int type, long length) throws Exception {
        try (RawScu scu = receiver.connect()) {
            scu.sendRaw(pduHeader(type, length));
            assertEquals(AAbort.serviceUser(), scu.read(), "AA-1 in Sta2");
        }
        assertReceiverUnharmed("invalid PDU instead of A-ASSOCIATE-RQ");
    }

    static Stream<Arguments> hugeLengthsOnAnEstablishedAssociation() {
        return Stream.of(
                arguments(0x01, MAX_UINT32, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x01, (1 << 20) + 1, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x02, MAX_UINT32, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x03, MAX_UINT32, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x04, MAX_UINT32, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x04, 0x80000000L, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x04, 16385, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x05, MAX_UINT32, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x06, MAX_UINT32, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x07, MAX_UINT32, INVALID_PDU_PARAMETER_VALUE),
                arguments(0x08, MAX_UINT32, UNRECOGNIZED_PDU),
                arguments(0xFF, MAX_UINT32, UNRECOGNIZED_PDU));
    }

    @ParameterizedTest(name = "PDU type {0}H of length {1}")
    @MethodSource("hugeLengthsOnAnEstablishedAssociation")
    void hugeLengthOnAnEstablishedAssociationIsAborted(int type, long length, AAbort.Reason reason)
            throws Exception {
        try (RawScu scu = receiver.associate("HOSTILE")) {
            scu.sendRaw(pduHeader(type, length));
            assertEquals(AAbort.serviceProvider(reason), scu.read(), "AA-8 in Sta6");
        }
        assertReceiverUnharmed("invalid PDU:");
    }

    /** P-DATA-TF PDUs of a correct length whose one PDV has the item length given. PS3.8 §9.3.5.1, Table 9-23. */
    static Stream<Arguments> pdvItemLengths() {
        return Stream.of(
                arguments("0, less than its own header", 0L),
                arguments("1, less than its own header", 1L),
                arguments("one byte past its P-DATA-TF", 11L),
                arguments("4 GiB - 1", MAX_UINT32));
    }

    @ParameterizedTest(name = "item length {0}")
    @MethodSource("pdvItemLengths")
    void pdvWhoseLengthDoesNotFitItsPduIsAborted(String name, long itemLength) throws Exception {
        // Room for a PDV header and 8 value bytes: item length 10 would fit exactly.
        byte[] body = new byte[4 + 2 + 8];
        putInt(body, 0, (int) itemLength);
        body[4] = 1;
        body[5] = 0x03;
        try (RawScu scu = receiver.associate("HOSTILE")) {
            scu.sendRaw(pdu(0x04, body));
            assertEquals(AAbort.serviceProvider(INVALID_PDU_PARAMETER_VALUE), scu.read());
        }
        assertReceiverUnharmed("does not fit its P-DATA-TF");
    }

    /** An item length that runs past the end of the A-ASSOCIATE-RQ: an invalid PDU, Evt19, AA-1. */
    @Test
    void itemRunningPastItsAssociateRequestIsAborted() throws Exception {
        byte[] context = ctContext(1);
        context[2] = (byte) 0xFF;
        context[3] = (byte) 0xFF;
        try (RawScu scu = receiver.connect()) {
            scu.sendRaw(rq(List.of(context)));
            assertEquals(AAbort.serviceUser(), scu.read());
        }
        assertReceiverUnharmed("invalid PDU instead of A-ASSOCIATE-RQ");
    }

    /** A sub-item that runs past its Presentation Context Item, which itself fits its PDU. */
    @Test
    void subItemRunningPastItsItemIsAborted() throws Exception {
        byte[] context = item(0x20, new byte[] {1, 0, 0, 0, 0x30, 0, 0x00, 0x40, '1', '.', '2'});
        try (RawScu scu = receiver.connect()) {
            scu.sendRaw(rq(List.of(context)));
            assertEquals(AAbort.serviceUser(), scu.read());
        }
        assertReceiverUnharmed("invalid PDU instead of A-ASSOCIATE-RQ");
    }

    @Test
    void pDataBeforeTheAssociationIsAborted() throws Exception {
        try (RawScu scu = receiver.connect()) {
            scu.send(new PDataTf(List.of(new PresentationDataValue(1, true, true, CommandSet.cEchoRq(1).encode()))));
            assertEquals(AAbort.serviceUser(), scu.read(), "Evt10 in Sta2: AA-1");
        }
        assertReceiverUnharmed("P-DATA-TF instead of A-ASSOCIATE-RQ");
    }

    @Test
    void releaseRequestBeforeTheAssociationIsAborted() throws Exception {
        try (RawScu scu = receiver.connect()) {
            scu.send(new AReleaseRq());
            assertEquals(AAbort.serviceUser(), scu.read(), "Evt12 in Sta2: AA-1");
        }
        assertReceiverUnharmed("A-RELEASE-RQ instead of A-ASSOCIATE-RQ");
    }

    @Test
    void secondAssociateRequestOnAnEstablishedAssociationIsAborted() throws Exception {
        try (RawScu scu = receiver.associate("HOSTILE")) {
            scu.send(RawScu.storageRq("HOSTILE", CamelReceiver.AE_TITLE, CamelReceiver.CT, RawScu.EXPLICIT_LE));
            assertEquals(AAbort.serviceProvider(UNEXPECTED_PDU), scu.read(), "Evt6 in Sta6: AA-8");
        }
        assertReceiverUnharmed("unexpected A-ASSOCIATE-RQ in Sta6");
    }

    /** The first PDU of a P-DATA-TF announcing 4 GiB, then the rest: nothing waits for the announced bytes. */
    @Test
    void hugePDataAfterAValidOneIsAbortedAtItsHeader() throws Exception {
        byte[] echo = PduCodec.encode(new PDataTf(List.of(new PresentationDataValue(1, true, true,
                CommandSet.cEchoRq(1).encode()))));
        byte[] both = Arrays.copyOf(echo, echo.length + 6);
        System.arraycopy(pduHeader(0x04, MAX_UINT32), 0, both, echo.length, 6);
        try (RawScu scu = receiver.associate("HOSTILE")) {
            scu.sendRaw(both);
            // The C-ECHO on the CT context is refused (0122), then the huge PDU aborts.
            assertEquals(0x0122, scu.readCommand().status());
            assertEquals(AAbort.serviceProvider(INVALID_PDU_PARAMETER_VALUE), scu.read());
        }
        assertReceiverUnharmed("invalid PDU:");
    }
}
