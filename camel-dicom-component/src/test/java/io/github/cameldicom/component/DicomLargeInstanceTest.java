package io.github.cameldicom.component;

import io.github.cameldicom.testing.CamelScpMain;
import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.SyntheticInstances;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 200 MiB multi-frame instance goes through a Camel route (dicom: to file:) in a JVM with a 128 MiB heap: the
 * consumer spools it, the file endpoint streams it, and nothing holds it on the heap.
 */
class DicomLargeInstanceTest {

    private static final long PIXEL_BYTES = 200L * 1024 * 1024;
    private static final String UID = "2.25.2002002002002002";

    @TempDir
    Path dir;

    @Test
    void twoHundredMegabytesThroughARouteIn128Megabytes() throws Exception {
        Path source = SyntheticInstances.multiFrame(dir.resolve("large.dcm"), UID, PIXEL_BYTES, 4242);
        Path output = Files.createDirectories(dir.resolve("output"));
        Path spool = Files.createDirectories(dir.resolve("spool"));
        Path portFile = dir.resolve("port");
        Path log = dir.resolve("receiver.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process receiver = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                CamelScpMain.class.getName(), portFile.toString(), output.toString(), spool.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Dcmtk.Result sent;
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(portFile) || !receiver.isAlive());
            assertTrue(receiver.isAlive(), "receiver JVM died: " + Files.readString(log));
            String port = Files.readString(portFile).trim();
            sent = Dcmtk.run(Duration.ofMinutes(3), "storescu", "-v", "-aec", "CAMELSCP", "-pdu", "131072",
                    "127.0.0.1", port, source.toString());
        } finally {
            receiver.getOutputStream().close();
            if (!receiver.waitFor(60, TimeUnit.SECONDS)) {
                receiver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        String receiverLog = Files.readString(log);
        sent.assertSuccess();
        assertEquals(List.of("Success"), ScuOutput.verboseResponses(sent.output()), sent.output());
        assertFalse(receiverLog.contains("OutOfMemoryError"), receiverLog);
        assertEquals(0, receiver.exitValue(), receiverLog);
        Path copy = output.resolve(UID + ".dcm");
        assertTrue(Files.exists(copy), "not stored; receiver log:\n" + receiverLog);
        assertEquals(DataSetAssertions.dataSetDigest(source), DataSetAssertions.dataSetDigest(copy),
                "data set bytes differ");
        assertEquals(List.of(copy), DataSetAssertions.filesUnder(output));
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool));
        long peak = Long.parseLong(receiverLog.replaceAll("(?s).*peak-heap-bytes=(\\d+).*", "$1"));
        assertTrue(peak < 128L * 1024 * 1024, "peak heap " + peak);
    }
}
