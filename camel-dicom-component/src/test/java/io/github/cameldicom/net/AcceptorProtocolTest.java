package io.github.cameldicom.net;

import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.net.pdu.AReleaseRp;
import io.github.cameldicom.net.pdu.AReleaseRq;
import io.github.cameldicom.net.pdu.PDataTf;
import io.github.cameldicom.net.pdu.Pdu;
import io.github.cameldicom.net.pdu.PresentationDataValue;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Part10FileHandler;
import io.github.cameldicom.testing.RawScu;
import io.github.cameldicom.testing.TestScp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The acceptor's Upper Layer behaviour seen from a raw socket: timers, release, abort and limits. */
class AcceptorProtocolTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** An SCP whose ARTIM is short, so that waiting for it to close a connection after an abort stays quick. */
    private TestScp scp(Consumer<AcceptorConfig.Builder> customizer) throws Exception {
        return TestScp.start(new Part10FileHandler(dir), b -> customizer.accept(b.acseTimeout(Duration.ofSeconds(1))));
    }

    private static RawScu associated(TestScp scp) throws Exception {
        RawScu scu = RawScu.connect(scp.port(), READ_TIMEOUT);
        scu.send(RawScu.echoRq("RAWSCU", "TESTSCP"));
        assertInstanceOf(AAssociateAc.class, scu.read());
        return scu;
    }

    @Test
    void silentConnectionIsDroppedAfterTheAcseTimeout() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = RawScu.connect(scp.port(), READ_TIMEOUT)) {
            long start = System.nanoTime();
            assertTrue(scu.awaitClose(), "connection not closed");
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(900).toNanos(), "closed before ARTIM expired");
        }
    }

    @Test
    void halfAnAssociateRequestDoesNotStretchTheTimer() throws Exception {
        try (TestScp scp = scp(b -> { });
             RawScu slow = RawScu.connect(scp.port(), READ_TIMEOUT)) {
            byte[] rq = io.github.cameldicom.net.pdu.PduCodec.encode(RawScu.echoRq("SLOW", "TESTSCP"));
            slow.sendRaw(java.util.Arrays.copyOf(rq, rq.length / 2));
            // A second association is served meanwhile: the slow peer holds only its own thread.
            Dcmtk.run(Duration.ofSeconds(30), "echoscu", "127.0.0.1", scp.portArg()).assertSuccess();
            assertTrue(slow.awaitClose(), "half-sent request kept the connection open");
        }
    }

    @Test
    void releaseIsAnsweredAndCounted() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = associated(scp)) {
            scu.send(new AReleaseRq());
            assertInstanceOf(AReleaseRp.class, scu.read());
            scu.close();
            await().atMost(READ_TIMEOUT).until(() -> scp.acceptor().statistics().associationsReleased() == 1);
            assertEquals(0, scp.acceptor().statistics().associationsAborted());
        }
    }

    @Test
    void echoOverRawPdus() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = associated(scp)) {
            scu.send(new PDataTf(List.of(new PresentationDataValue(1, true, true, CommandSet.cEchoRq(7).encode()))));
            PDataTf rsp = assertInstanceOf(PDataTf.class, scu.read());
            CommandSet echoRsp = CommandSet.decode(rsp.values().get(0).fragment());
            assertEquals(7, echoRsp.messageIdBeingRespondedTo());
            assertEquals(Status.SUCCESS, echoRsp.status());
        }
    }

    @Test
    void commandSplitAcrossManyFragmentsIsReassembled() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = associated(scp)) {
            byte[] command = CommandSet.cEchoRq(9).encode();
            for (int i = 0; i < command.length; i++) {
                scu.send(new PDataTf(List.of(new PresentationDataValue(1, true, i == command.length - 1,
                        new byte[] {command[i]}))));
            }
            PDataTf rsp = assertInstanceOf(PDataTf.class, scu.read());
            assertEquals(9, CommandSet.decode(rsp.values().get(0).fragment()).messageIdBeingRespondedTo());
        }
    }

    @Test
    void peerAbortEndsTheAssociation() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = associated(scp)) {
            scu.send(new AAbort(AAbort.Source.SERVICE_USER, AAbort.Reason.REASON_NOT_SPECIFIED));
            assertTrue(scu.awaitClose());
            await().atMost(READ_TIMEOUT).until(() -> scp.acceptor().statistics().associationsAborted() == 1);
        }
    }

    @Test
    void pduOverOurMaximumIsAborted() throws Exception {
        try (TestScp scp = scp(b -> b.maxPduLength(4096)); RawScu scu = associated(scp)) {
            scu.send(new PDataTf(List.of(new PresentationDataValue(1, true, true, new byte[5000]))));
            AAbort abort = assertInstanceOf(AAbort.class, scu.read());
            assertEquals(AAbort.Source.SERVICE_PROVIDER, abort.source());
            assertEquals(AAbort.Reason.INVALID_PDU_PARAMETER_VALUE, abort.reason());
            assertTrue(scu.awaitClose());
        }
    }

    @Test
    void pdvOnUnacceptedContextIsAborted() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = associated(scp)) {
            scu.send(new PDataTf(List.of(new PresentationDataValue(3, true, true, CommandSet.cEchoRq(1).encode()))));
            assertInstanceOf(AAbort.class, scu.read());
            assertTrue(scu.awaitClose());
        }
    }

    @Test
    void unrecognisedPduTypeInsteadOfRequestIsAborted() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = RawScu.connect(scp.port(), READ_TIMEOUT)) {
            scu.sendRaw(new byte[] {0x09, 0, 0, 0, 0, 4, 1, 2, 3, 4});
            Pdu answer = scu.read();
            AAbort abort = assertInstanceOf(AAbort.class, answer);
            assertEquals(AAbort.Source.SERVICE_USER, abort.source(), "AA-1 in Sta2");
            assertTrue(scu.awaitClose());
        }
    }

    @Test
    void idlePeerIsAbortedAfterTheDimseTimeout() throws Exception {
        try (TestScp scp = scp(b -> b.dimseTimeout(Duration.ofSeconds(1)));
             RawScu scu = associated(scp)) {
            assertInstanceOf(AAbort.class, scu.read());
            assertTrue(scu.awaitClose());
        }
    }

    @Test
    void stoppingAbortsRunningAssociations() throws Exception {
        try (TestScp scp = scp(b -> { }); RawScu scu = associated(scp)) {
            scp.acceptor().stopListening();
            scp.acceptor().abortAssociations();
            assertInstanceOf(AAbort.class, scu.read());
            assertTrue(scu.awaitClose());
            assertTrue(scp.acceptor().awaitAssociations(READ_TIMEOUT));
        }
    }

    @Test
    void pduWriterSplitsToThePeersMaximum() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        // Peer max 16: each P-DATA-TF variable field holds one PDV of at most 10 value bytes.
        new PduWriter(out, 16).writeMessage(5, false, new byte[25]);
        byte[] wire = out.toByteArray();
        assertEquals(3 * 12 + 25, wire.length);
        byte[] firstHeader = java.util.Arrays.copyOf(wire, 12);
        assertArrayEquals(new byte[] {0x04, 0, 0, 0, 0, 16, 0, 0, 0, 12, 5, 0x00}, firstHeader);
        // The third PDU carries the last 5 bytes and the "last fragment" bit.
        assertEquals(0x02, wire[22 * 2 + 11]);
        assertEquals(11, wire[22 * 2 + 5]);
    }
}
