package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher src/bin/dcmrecv records its AppCDS archive on a first run, uses it afterwards (proved with
 * {@code -Xshare:on}, which makes the JVM refuse to start when it cannot map the archive), records it again when a jar
 * is newer than it, and leaves it alone with DCMRECV_CDS=off.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "src", "bin", "dcmrecv");

    @TempDir
    Path dir;

    @Test
    void archiveIsRecordedUsedAndRecordedAgainWhenStale() throws Exception {
        Path archive = dir.resolve("dcmrecv.jsa");
        Map<String, String> environment = Map.of("DCMRECV_CDS_ARCHIVE", archive.toString());

        assertEquals("", version(environment, ""), "first run");
        assertTrue(Files.size(archive) > 0, "the first run records the archive");
        FileTime recorded = Files.getLastModifiedTime(archive);

        assertEquals("", version(environment, "-Xshare:on"), "a run that must map the archive");
        assertEquals(recorded, Files.getLastModifiedTime(archive), "a current archive is used, not recorded again");

        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        assertEquals("", version(environment, ""), "run with a stale archive");
        assertTrue(Files.getLastModifiedTime(archive).toInstant().isAfter(Instant.parse("2001-01-01T00:00:00Z")),
                "an archive older than the jar is recorded again");
        assertEquals("", version(environment, "-Xshare:on"), "the new archive maps");
    }

    @Test
    void noArchiveWhenSwitchedOff() throws Exception {
        Path archive = dir.resolve("off.jsa");
        assertEquals("", version(Map.of("DCMRECV_CDS_ARCHIVE", archive.toString(), "DCMRECV_CDS", "off"), ""));
        assertFalse(Files.exists(archive));
    }

    /** Runs {@code dcmrecv --version}; returns "" when it printed the version and exited 0, else what went wrong. */
    private String version(Map<String, String> environment, String javaOptions) throws IOException,
            InterruptedException {
        Path output = Files.createTempFile(dir, "launcher", ".out");
        ProcessBuilder builder = new ProcessBuilder("sh", LAUNCHER.toString(), "--version")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("DCMRECV_HOME", Receiver.jar().toAbsolutePath().getParent().toString());
        builder.environment().put("JAVA_OPTS", javaOptions);
        Process process = builder.start();
        if (!process.waitFor(Receiver.RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "no exit within " + Receiver.RUN_TIMEOUT;
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        boolean ok = process.exitValue() == 0 && text.startsWith("dcmrecv (camel-dicom)");
        return ok ? "" : "exit " + process.exitValue() + ": " + text;
    }
}
