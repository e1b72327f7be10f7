package io.github.cameldicom.interop;

import io.github.cameldicom.data.Part10Reader;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.ScpMain;
import io.github.cameldicom.testing.SyntheticInstances;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 200 MiB multi-frame instance goes through an SCP whose JVM has a 128 MiB heap: the data set streams to disk and
 * is never held in memory.
 */
class LargeInstanceInteropTest {

    private static final long PIXEL_BYTES = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void twoHundredMegabytesThroughA128MegabyteHeap() throws Exception {
        Path source = SyntheticInstances.multiFrame(dir.resolve("large.dcm"), "2.25.1234567890123456789",
                PIXEL_BYTES, 42);
        Path received = Files.createDirectories(dir.resolve("received"));
        Path portFile = dir.resolve("port");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process scp = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                ScpMain.class.getName(), portFile.toString(), received.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("scp.log").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(portFile) || !scp.isAlive());
            assertTrue(scp.isAlive(), "SCP JVM died: " + Files.readString(dir.resolve("scp.log")));
            String port = Files.readString(portFile).trim();
            Dcmtk.run(Duration.ofMinutes(5), "storescu", "-aec", "TESTSCP", "-pdu", "131072", "127.0.0.1", port,
                    source.toString()).assertSuccess();
        } finally {
            scp.getOutputStream().close();
            if (!scp.waitFor(30, TimeUnit.SECONDS)) {
                scp.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        String log = Files.readString(dir.resolve("scp.log"));
        assertFalse(log.contains("OutOfMemoryError"), log);
        assertEquals(0, scp.exitValue(), log);
        Path copy = received.resolve("2.25.1234567890123456789.dcm");
        assertTrue(Files.exists(copy), "not received; SCP log:\n" + log);
        assertEquals(dataSetDigest(source), dataSetDigest(copy), "data set bytes differ");
        long peak = Long.parseLong(log.replaceAll("(?s).*peak-heap-bytes=(\\d+).*", "$1"));
        assertTrue(peak < 128L * 1024 * 1024, "peak heap " + peak);
    }

    /** SHA-256 of the data set after the file meta information, streamed. */
    private static String dataSetDigest(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            Part10Reader.open(in);
            DigestInputStream digest = new DigestInputStream(in, sha);
            digest.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
