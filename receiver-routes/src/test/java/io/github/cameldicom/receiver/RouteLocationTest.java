package io.github.cameldicom.receiver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code --routes} takes a file, or the name of a route shipped in the receiver. */
class RouteLocationTest {

    @TempDir
    Path dir;

    @Test
    void anExistingFileIsReadFromDisk() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "- route: {}\n");
        assertEquals("file:" + file.toAbsolutePath(), DcmrecvMain.routeLocation(file));
    }

    @Test
    void aShippedRouteIsFoundByName() {
        assertEquals("classpath:routes/receive-to-s3.yaml", DcmrecvMain.routeLocation(Path.of("receive-to-s3")));
        assertEquals("classpath:routes/receive-to-folder-and-jms.yaml",
                DcmrecvMain.routeLocation(Path.of("receive-to-folder-and-jms.yaml")));
    }

    @Test
    void aFileOfTheSameNameWins() throws Exception {
        Path local = Files.writeString(dir.resolve("receive-to-s3.yaml"), "- route: {}\n");
        assertEquals("file:" + local.toAbsolutePath(), DcmrecvMain.routeLocation(local));
    }

    @Test
    void anythingElseStaysAFileForCamelToReport() {
        Path missing = dir.resolve("missing.yaml");
        assertEquals("file:" + missing.toAbsolutePath(), DcmrecvMain.routeLocation(missing));
        assertEquals("file:" + Path.of("no-such-route").toAbsolutePath(),
                DcmrecvMain.routeLocation(Path.of("no-such-route")));
    }
}
