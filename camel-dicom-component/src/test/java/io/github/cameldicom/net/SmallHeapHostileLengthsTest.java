package io.github.cameldicom.net;

import io.github.cameldicom.net.pdu.AAbort;
import io.github.cameldicom.testing.CamelScpMain;
import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.RawScu;
import io.github.cameldicom.testing.Samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.github.cameldicom.net.AssociateRqBytes.pduHeader;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Camel receiver in a JVM of 64 MiB heap, with as many peers as its association limit leaves room for each
 * holding an A-ASSOCIATE-RQ that announces 1 MiB and stops after 100 bytes, and others sending PDUs that announce
 * 4 GiB: it answers each huge one with an A-ABORT at once, stores what storescu sends meanwhile, and ends with no
 * OutOfMemoryError, no stray file and an empty spool.
 */
class SmallHeapHostileLengthsTest {

    /** The receiver's default limit is 25 associations; one is left for storescu. */
    private static final int STALLED_PEERS = 24;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void announcedLengthsDoNotExhaustA64MegabyteHeap() throws Exception {
        Path output = Files.createDirectories(dir.resolve("output"));
        Path spool = Files.createDirectories(dir.resolve("spool"));
        Path portFile = dir.resolve("port");
        Path log = dir.resolve("receiver.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process receiver = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                CamelScpMain.class.getName(), portFile.toString(), output.toString(), spool.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        List<RawScu> stalled = new ArrayList<>();
        Path sample = Samples.pydicom("CT_small.dcm");
        Dcmtk.Result sent;
        try {
            await().atMost(TIMEOUT).until(() -> Files.exists(portFile) || !receiver.isAlive());
            assertTrue(receiver.isAlive(), "receiver JVM died: " + Files.readString(log));
            int port = Integer.parseInt(Files.readString(portFile).trim());
            byte[] partial = Arrays.copyOf(pduHeader(0x01, 1 << 20), 106);
            for (int i = 0; i < STALLED_PEERS; i++) {
                RawScu scu = RawScu.connect(port, Duration.ofSeconds(10));
                stalled.add(scu);
                scu.sendRaw(partial);
            }
            for (int type : new int[] {0x01, 0x04, 0x07}) {
                for (int i = 0; i < 20; i++) {
                    try (RawScu scu = RawScu.connect(port, Duration.ofSeconds(10))) {
                        scu.sendRaw(pduHeader(type, 0xFFFFFFFFL));
                        assertEquals(AAbort.serviceUser(), scu.read());
                    }
                }
            }
            sent = Dcmtk.run(TIMEOUT, "storescu", "-aec", "CAMELSCP", "127.0.0.1", Integer.toString(port),
                    sample.toString());
        } finally {
            for (RawScu scu : stalled) {
                scu.close();
            }
            receiver.getOutputStream().close();
            if (!receiver.waitFor(60, TimeUnit.SECONDS)) {
                receiver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        String receiverLog = Files.readString(log);
        sent.assertSuccess();
        assertFalse(receiverLog.contains("OutOfMemoryError"), receiverLog);
        assertEquals(0, receiver.exitValue(), receiverLog);
        assertEquals(List.of(output.resolve(DataSetAssertions.sopInstanceUid(sample) + ".dcm")),
                DataSetAssertions.filesUnder(output));
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool));
        // The sum of the heap pools' peaks, as CamelScpMain reports it: about 48 MB here; buffers sized from the
        // announced lengths took it to 110 MB.
        long peak = Long.parseLong(receiverLog.replaceAll("(?s).*peak-heap-bytes=(\\d+).*", "$1"));
        assertTrue(peak < 64L * 1024 * 1024, "peak heap " + peak);
    }
}
