package io.github.cameldicom.interop;

import io.github.cameldicom.net.AcceptancePolicies;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Part10FileHandler;
import io.github.cameldicom.testing.RawScu;
import io.github.cameldicom.testing.TestScp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DCMTK's echoscu against the acceptor: Verification, and the A-ASSOCIATE-RJ reasons it can see. */
class EchoInteropTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void echoSucceeds() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir))) {
            Dcmtk.Result r = Dcmtk.run(TIMEOUT, "echoscu", "-v", "-aec", "TESTSCP", "127.0.0.1", scp.portArg());
            r.assertSuccess();
            assertTrue(r.output().contains("Received Echo Response (Success)"), r.output());
            await().atMost(Duration.ofSeconds(10)).until(() -> scp.acceptor().statistics().associationsReleased() == 1);
            assertEquals(1, scp.acceptor().statistics().associationsAccepted());
        }
    }

    @Test
    void verificationOnlyPolicyAnswersEcho() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir),
                b -> b.policy(AcceptancePolicies.verificationOnly()))) {
            Dcmtk.run(TIMEOUT, "echoscu", "127.0.0.1", scp.portArg()).assertSuccess();
        }
    }

    @Test
    void echoPicksOurPreferredUncompressedTransferSyntax() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir))) {
            // echoscu -pts 3 proposes implicit LE, explicit LE and explicit BE in one context.
            Dcmtk.Result r = Dcmtk.run(TIMEOUT, "echoscu", "-d", "-pts", "3", "127.0.0.1", scp.portArg());
            r.assertSuccess();
            assertTrue(r.output().contains("Accepted Transfer Syntax: =LittleEndianExplicit"), r.output());
            Dcmtk.Result many = Dcmtk.run(TIMEOUT, "echoscu", "-ppc", "128", "127.0.0.1", scp.portArg());
            many.assertSuccess();
        }
    }

    @Test
    void calledAeTitleIsCheckedWhenAsked() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir), b -> b.checkCalledAeTitle(true))) {
            Dcmtk.Result r = Dcmtk.run(TIMEOUT, "echoscu", "-aec", "SOMEONE", "127.0.0.1", scp.portArg());
            assertTrue(r.exitCode() != 0, r.output());
            assertTrue(r.output().contains("Rejected Permanent"), r.output());
            assertTrue(r.output().contains("Called AE Title Not Recognized"), r.output());
            Dcmtk.run(TIMEOUT, "echoscu", "-aec", "TESTSCP", "127.0.0.1", scp.portArg()).assertSuccess();
        }
    }

    @Test
    void callingAeTitleAllowList() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir),
                b -> b.allowedCallingAeTitles(Set.of("GOODSCU")))) {
            Dcmtk.Result r = Dcmtk.run(TIMEOUT, "echoscu", "-aet", "BADSCU", "127.0.0.1", scp.portArg());
            assertTrue(r.output().contains("Calling AE Title Not Recognized"), r.output());
            Dcmtk.run(TIMEOUT, "echoscu", "-aet", "GOODSCU", "127.0.0.1", scp.portArg()).assertSuccess();
        }
    }

    @Test
    void associationLimitRejectsTransiently() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir), b -> b.maxAssociations(1));
             RawScu holder = RawScu.connect(scp.port(), TIMEOUT)) {
            holder.send(RawScu.echoRq("HOLDER", "TESTSCP"));
            assertTrue(holder.read() instanceof io.github.cameldicom.net.pdu.AAssociateAc);
            Dcmtk.Result r = Dcmtk.run(TIMEOUT, "echoscu", "127.0.0.1", scp.portArg());
            assertTrue(r.output().contains("Rejected Transient"), r.output());
            assertTrue(r.output().contains("Local Limit Exceeded"), r.output());
            assertEquals(1, scp.acceptor().statistics().associationsRejected());
        }
    }

    @Test
    void storageWithoutAcceptableContextIsRefusedLikeDcmrecv() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir),
                b -> b.policy(AcceptancePolicies.verificationOnly()))) {
            Dcmtk.Result r = Dcmtk.run(TIMEOUT, "storescu", "127.0.0.1", scp.portArg(),
                    io.github.cameldicom.testing.Samples.pydicom("CT_small.dcm").toString());
            assertTrue(r.exitCode() != 0, r.output());
            assertTrue(r.output().contains("Rejected Permanent"), r.output());
        }
    }
}
