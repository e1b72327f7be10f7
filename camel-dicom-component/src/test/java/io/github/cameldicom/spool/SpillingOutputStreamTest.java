package io.github.cameldicom.spool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpillingOutputStreamTest {

    @TempDir
    Path dir;

    @Test
    void belowTheThresholdNothingTouchesTheDisk() throws IOException {
        Path spool = dir.resolve("spool");
        SpillingOutputStream out = new SpillingOutputStream(256 * 1024, spool);
        byte[] content = pattern(200_000);
        out.write(content, 0, 100_000);
        out.write(content, 100_000, 100_000);
        out.close();
        assertNull(out.path());
        assertEquals(200_000, out.count());
        assertArrayEquals(content, Arrays.copyOf(out.buffer(), (int) out.count()));
        assertSame(out.buffer(), out.buffer(), "the buffer is handed out, not copied");
        assertFalse(Files.exists(spool), "the spool directory is made only when needed");
    }

    @Test
    void beyondTheThresholdEverythingIsInOneHiddenSpoolFile() throws IOException {
        Path spool = dir.resolve("spool");
        SpillingOutputStream out = new SpillingOutputStream(1000, spool);
        byte[] content = pattern(5000);
        out.write(content, 0, 999);
        out.write(content[999]);
        assertNull(out.path(), "exactly the threshold stays in memory");
        out.write(content, 1000, 4000);
        out.close();
        Path file = out.path();
        assertEquals(spool, file.getParent());
        assertTrue(SpoolFiles.isSpoolFile(file.getFileName().toString()), file.toString());
        assertTrue(file.getFileName().toString().startsWith("."), "spool files are hidden");
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(5000, out.count());
    }

    @Test
    void spoolFilesHaveTheSamePermissionsAsFilesWrittenInPlace() throws IOException {
        Path reference = dir.resolve("written-in-place");
        try (OutputStream written = Files.newOutputStream(reference)) {
            written.write(1);
        }
        SpillingOutputStream out = new SpillingOutputStream(0, dir);
        out.write(pattern(10), 0, 10);
        out.close();
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertEquals(expected, Files.getPosixFilePermissions(out.path()),
                "a spool file renamed into the output must be as readable as a file written there");
    }

    @Test
    void discardLeavesNothing() throws IOException {
        SpillingOutputStream out = new SpillingOutputStream(10, dir);
        out.write(pattern(100), 0, 100);
        Path file = out.path();
        assertTrue(Files.exists(file));
        out.discard();
        assertFalse(Files.exists(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aRemovedSpoolDirectoryIsMadeAgain() throws IOException {
        Path spool = dir.resolve("a/b");
        SpoolFiles.Created first = SpoolFiles.create(spool);
        first.out().close();
        Files.delete(first.path());
        Files.delete(spool);
        SpoolFiles.Created second = SpoolFiles.create(spool);
        second.out().close();
        assertTrue(Files.isRegularFile(second.path()));
    }

    private static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
