package io.github.cameldicom.net;

import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.testing.ExplicitLeDataSet;
import io.github.cameldicom.testing.Part10FileHandler;
import io.github.cameldicom.testing.RawScu;
import io.github.cameldicom.testing.TestScp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * C-STORE requests a careless or hostile SCU may send: each is answered with the status the standard gives, the
 * association goes on where it can, and no file is ever written for them.
 */
class HostileStoreTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String MR = "1.2.840.10008.5.1.4.1.1.4";
    private static final String UID = "1.2.3.4.5.6.7.8.9";

    @TempDir
    Path dir;

    private static RawScu associated(TestScp scp, String abstractSyntax) throws Exception {
        RawScu scu = RawScu.connect(scp.port(), READ_TIMEOUT);
        scu.send(abstractSyntax.equals(RawScu.VERIFICATION) ? RawScu.echoRq("HOSTILE", "TESTSCP")
                : RawScu.storageRq("HOSTILE", "TESTSCP", abstractSyntax, RawScu.EXPLICIT_LE));
        assertInstanceOf(AAssociateAc.class, scu.read());
        return scu;
    }

    private static CommandSet store(RawScu scu, String sopClass, String sopInstance, byte[] dataSet) throws Exception {
        scu.sendMessage(1, CommandSet.cStoreRq(3, sopClass, sopInstance, CommandSet.PRIORITY_MEDIUM).encode(), dataSet,
                1000);
        return scu.readCommand();
    }

    private void assertNothingStored() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "no file may be written");
        }
    }

    @Test
    void storeOnTheVerificationContextIsRefused() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir)); RawScu scu = associated(scp, RawScu.VERIFICATION)) {
            CommandSet rsp = store(scu, CT, UID, ExplicitLeDataSet.withSopUids(CT, UID).bytes());
            assertEquals(Status.SOP_CLASS_NOT_SUPPORTED, rsp.status());
            scu.release();
        }
        assertNothingStored();
    }

    @Test
    void sopClassOtherThanTheContextsIsRefused() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir)); RawScu scu = associated(scp, CT)) {
            CommandSet rsp = store(scu, MR, UID, ExplicitLeDataSet.withSopUids(MR, UID).bytes());
            assertEquals(Status.SOP_CLASS_NOT_SUPPORTED, rsp.status());
            scu.release();
        }
        assertNothingStored();
    }

    @Test
    void instanceUidsThatAreNotUidsAreRefused() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir)); RawScu scu = associated(scp, CT)) {
            for (String hostile : new String[] {"../../etc/passwd", "1.2/../3", "1.2\\3",
                                                "1.2\u00003", "..", "1.02.3"}) {
                CommandSet rsp = store(scu, CT, hostile, ExplicitLeDataSet.withSopUids(CT, "1.2.3").bytes());
                assertEquals(Status.INVALID_OBJECT_INSTANCE, rsp.status(), hostile);
            }
            scu.release();
        }
        assertNothingStored();
    }

    @Test
    void dataSetEndingInsideAnElementIsNotUnderstood() throws Exception {
        byte[] truncated = new ExplicitLeDataSet().uid(0x00080016, CT).uid(0x00080018, UID)
                .header(0x00100010, "PN", 20).raw("DOE^".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .bytes();
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir)); RawScu scu = associated(scp, CT)) {
            assertEquals(Status.CANNOT_UNDERSTAND, store(scu, CT, UID, truncated).status());
            scu.release();
        }
        assertNothingStored();
    }

    @Test
    void commandAndDataSetUidsThatDifferNeverOverwriteAnotherInstance() throws Exception {
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir)); RawScu scu = associated(scp, CT)) {
            CommandSet rsp = store(scu, CT, UID, ExplicitLeDataSet.withSopUids(CT, "1.2.3.4.5.6.7.8.10").bytes());
            assertEquals(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS, rsp.status());
            scu.release();
        }
        assertNothingStored();
    }

    @Test
    void abortInTheMiddleOfADataSetLeavesNothing() throws Exception {
        byte[] dataSet = new ExplicitLeDataSet().uid(0x00080016, CT).uid(0x00080018, UID)
                .element(0x7FE00010, "OW", new byte[4096]).bytes();
        try (TestScp scp = TestScp.start(new Part10FileHandler(dir)); RawScu scu = associated(scp, CT)) {
            scu.send(new io.github.cameldicom.net.pdu.PDataTf(java.util.List.of(
                    new io.github.cameldicom.net.pdu.PresentationDataValue(1, true, true,
                            CommandSet.cStoreRq(1, CT, UID, CommandSet.PRIORITY_MEDIUM).encode()))));
            scu.sendDataFragment(1, Arrays.copyOf(dataSet, dataSet.length / 2), false);
            scu.send(new AAbort(AAbort.Source.SERVICE_USER, AAbort.Reason.REASON_NOT_SPECIFIED));
            assertTrue(scu.awaitClose());
            await().atMost(READ_TIMEOUT).until(() -> scp.acceptor().statistics().associationsAborted() == 1);
        }
        assertNothingStored();
    }
}
