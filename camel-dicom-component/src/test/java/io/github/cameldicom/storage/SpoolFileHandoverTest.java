package io.github.cameldicom.storage;

import io.github.cameldicom.DicomInstance;
import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.StoreScu;
import io.github.cameldicom.testing.SyntheticInstances;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A spooled instance becomes the stored file by a rename (the stored file is the spool file's inode), an instance in
 * memory is written as before, and a spool directory on another file system still ends with the right file and no
 * spool file left.
 */
class SpoolFileHandoverTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    final AvailablePortFinder.Port spooledPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port inMemoryPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port otherFileSystemPort = AvailablePortFinder.find();

    @TempDir
    Path out;

    @TempDir
    Path source;

    private final Path otherFileSystem = Path.of("/dev/shm");
    private final Path otherSpool = otherFileSystem.resolve("camel-dicom-handover-test-" + ProcessHandle.current().pid());

    /** What the body was right after the handover, and the inode of the file it named, by SOP Instance UID. */
    private final Map<String, Object> bodies = new ConcurrentHashMap<>();
    private final Map<String, Object> inodes = new ConcurrentHashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String store = "file:" + out + "?fileName=${header.CamelDicomSopInstanceUid}.dcm"
                       + "&tempFileName=.${file:onlyname}.part";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + spooledPort.getPort() + "?hostnameLookup=false&inMemoryThreshold=0"
                     + "&spoolDirectory=" + out)
                        .process(new SpoolFileHandover()).process(this::record).to(store);
                from("dicom:127.0.0.1:" + inMemoryPort.getPort() + "?hostnameLookup=false&spoolDirectory=" + out)
                        .process(new SpoolFileHandover()).process(this::record).to(store);
                from("dicom:127.0.0.1:" + otherFileSystemPort.getPort() + "?hostnameLookup=false"
                     + "&inMemoryThreshold=0&spoolDirectory=" + otherSpool)
                        .process(new SpoolFileHandover()).process(this::record).to(store);
            }

            private void record(Exchange exchange) throws Exception {
                String uid = exchange.getMessage().getHeader("CamelDicomSopInstanceUid", String.class);
                Object body = exchange.getMessage().getBody();
                bodies.put(uid, body);
                if (body instanceof File file) {
                    inodes.put(uid, Files.getAttribute(file.toPath(), "unix:ino"));
                }
            }
        };
    }

    @Test
    void spooledInstanceIsRenamedIntoPlace() throws Exception {
        Path sent = SyntheticInstances.multiFrame(source.resolve("large.dcm"), "2.25.7001", 3 * 1024 * 1024, 7001);
        store(spooledPort, sent);
        Path stored = out.resolve("2.25.7001.dcm");
        File spoolFile = assertInstanceOf(File.class, bodies.get("2.25.7001"));
        assertEquals(out, spoolFile.toPath().getParent());
        assertEquals(inodes.get("2.25.7001"), Files.getAttribute(stored, "unix:ino"),
                "the stored file must be the spool file, renamed");
        DataSetAssertions.assertSameDataSet(sent, stored);
        assertEquals(List.of(stored), DataSetAssertions.filesUnder(out), "no spool or temporary file may be left");
    }

    @Test
    void instanceInMemoryIsWrittenAsItIs() throws Exception {
        Path sent = Samples.pydicom("CT_small.dcm");
        store(inMemoryPort, sent);
        String uid = DataSetAssertions.sopInstanceUid(sent);
        assertInstanceOf(DicomInstance.class, bodies.get(uid));
        Path stored = out.resolve(uid + ".dcm");
        DataSetAssertions.assertSameDataSet(sent, stored);
        assertEquals(List.of(stored), DataSetAssertions.filesUnder(out));
    }

    @Test
    void spoolOnAnotherFileSystemIsMovedAndRemoved() throws Exception {
        assertTrue(Files.isDirectory(otherFileSystem), otherFileSystem + " is where this test spools");
        try {
            Path sent = SyntheticInstances.multiFrame(source.resolve("large.dcm"), "2.25.7002", 1024 * 1024, 7002);
            store(otherFileSystemPort, sent);
            Path stored = out.resolve("2.25.7002.dcm");
            DataSetAssertions.assertSameDataSet(sent, stored);
            assertEquals(List.of(stored), DataSetAssertions.filesUnder(out));
            assertEquals(List.of(), DataSetAssertions.filesUnder(otherSpool), "the spool file must be gone");
        } finally {
            for (Path left : DataSetAssertions.filesUnder(otherSpool)) {
                Files.delete(left);
            }
            Files.deleteIfExists(otherSpool);
        }
    }

    private static void store(AvailablePortFinder.Port port, Path file) {
        String output = StoreScu.send(TIMEOUT, port.getPort(), List.of("-v"), List.of(file)).output();
        assertEquals(List.of("Success"), ScuOutput.verboseResponses(output), output);
    }
}
