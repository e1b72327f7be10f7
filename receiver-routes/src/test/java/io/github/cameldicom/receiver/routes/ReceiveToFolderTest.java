package io.github.cameldicom.receiver.routes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.ScuOutput;

/**
 * receive-to-folder as dcmrecv.jar runs it (DcmrecvMain in a JVM of its own): a spooled instance ends up under its
 * final name with the permissions of a file written in place and no spool or temporary file beside it; the spool and
 * free-space settings given as system properties reach the consumer.
 */
@Timeout(120)
class ReceiveToFolderTest {

    private static final Path ROUTE = ReceiverProcess.routeFile("receive-to-folder.yaml");

    @TempDir
    Path dir;

    @Test
    void spooledInstanceIsStoredWithNothingLeftBeside() throws Exception {
        Path sent = SyntheticInstances.multiFrame(dir.resolve("large.dcm"), "2.25.8001", "2.25.8001.1",
                "2.25.8001.1.1", 4 * 1024 * 1024, 8001);
        try (ReceiverProcess receiver = ReceiverProcess.start(dir.resolve("receiver"), List.of("-Xmx128m"), Map.of(),
                ROUTE, Receiver.freePort())) {
            Dcmtk.Result stored = DcmtkPeer.storescu(receiver.port(), sent);
            assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(stored.output()), stored.output());
        }
        Path out = dir.resolve("receiver/out");
        List<Path> files = filesUnder(out);
        assertEquals(1, files.size(), "one file under its final name, no spool or .part file: " + files);
        Path file = files.get(0);
        assertTrue(file.getFileName().toString().endsWith(".2.25.8001.1.1"), file.toString());
        Part10.assertSameDataSet(sent, file);
        assertEquals(Files.getPosixFilePermissions(writtenInPlace(out)), Files.getPosixFilePermissions(file));
    }

    @Test
    void spoolDirectoryAndMinimumFreeSpaceComeFromSystemProperties() throws Exception {
        Path sent = SyntheticInstances.multiFrame(dir.resolve("large.dcm"), "2.25.8002", "2.25.8002.1",
                "2.25.8002.1.1", 1024 * 1024, 8002);
        Path spool = dir.resolve("spool");
        try (ReceiverProcess receiver = ReceiverProcess.start(dir.resolve("receiver"), List.of("-Xmx128m"),
                Map.of("dicom.spoolDirectory", spool.toString()), ROUTE, Receiver.freePort())) {
            Dcmtk.Result stored = DcmtkPeer.storescu(receiver.port(), sent);
            assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(stored.output()), stored.output());
        }
        assertTrue(Files.isDirectory(spool), "the instance was spooled in the directory the property names");
        assertEquals(List.of(), filesUnder(spool));
        try (ReceiverProcess receiver = ReceiverProcess.start(dir.resolve("full"), List.of("-Xmx128m"),
                Map.of("dicom.minFreeSpace", Long.toString(Long.MAX_VALUE)), ROUTE, Receiver.freePort())) {
            Dcmtk.Result refused = DcmtkPeer.storescu(receiver.port(), sent);
            assertEquals(List.of("0xa700"), ScuOutput.debugStatuses(refused.output()), refused.output());
        }
        assertEquals(List.of(), filesUnder(dir.resolve("full/out")));
    }

    @Test
    void aFailedInstanceIsOneErrorLine() throws Exception {
        Path sent = SyntheticInstances.small(dir.resolve("small.dcm"), "2.25.8003", "2.25.8003.1", "2.25.8003.1.1");
        Path work = dir.resolve("blocked");
        // +ssd puts every instance below data/ or undef/: files of those names make every store fail
        Files.createDirectories(work.resolve("out"));
        Files.writeString(work.resolve("out/data"), "");
        Files.writeString(work.resolve("out/undef"), "");
        String log;
        try (ReceiverProcess receiver = ReceiverProcess.start(work, List.of("-Xmx128m"), Map.of(), ROUTE,
                Receiver.freePort(), "+ssd")) {
            Dcmtk.Result refused = DcmtkPeer.storescu(receiver.port(), sent);
            assertEquals(List.of("0xa700"), ScuOutput.debugStatuses(refused.output()), refused.output());
            log = receiver.log();
        }
        // at the default level the failure is told once; the C-STORE-RSP with its status is an -v (info) line
        List<String> told = log.lines().filter(line -> line.startsWith("E:") || line.startsWith("W:")).toList();
        assertEquals(1, told.size(), log);
        assertTrue(told.get(0).startsWith("E:") && told.get(0).contains("DicomFileNameException"), log);
        assertTrue(!log.contains("Stacktrace") && !log.contains("Message History") && !log.contains("\tat "), log);
    }

    /** A file written the usual way next to the output directory: it has the umask's permissions. */
    private static Path writtenInPlace(Path directory) throws IOException {
        Path plain = directory.resolveSibling("written-in-place");
        try (OutputStream out = Files.newOutputStream(plain)) {
            out.write(0);
        }
        return plain;
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
