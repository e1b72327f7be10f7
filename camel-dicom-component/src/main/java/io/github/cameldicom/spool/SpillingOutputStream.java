package io.github.cameldicom.spool;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects bytes in memory up to a threshold and moves them to a file in the spool directory beyond it, so small
 * instances never touch the disk and large ones never fill the heap.
 */
final class SpillingOutputStream extends OutputStream {

    private static final int FILE_BUFFER = 64 * 1024;

    private final int threshold;
    private final Path spoolDirectory;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
    private OutputStream file;
    private Path path;
    private long count;
    private boolean closed;

    SpillingOutputStream(int threshold, Path spoolDirectory) {
        this.threshold = threshold;
        this.spoolDirectory = spoolDirectory;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (file == null && count + len > threshold) {
            spill();
        }
        if (file != null) {
            file.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
        count += len;
    }

    @Override
    public void flush() throws IOException {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (file != null) {
                file.close();
            }
        }
    }

    /** Closes and deletes whatever was written: the instance will not be delivered. */
    void discard() throws IOException {
        try {
            close();
        } finally {
            memory = null;
            if (path != null) {
                Files.deleteIfExists(path);
            }
        }
    }

    long count() {
        return count;
    }

    /** The spool file, or null while everything is in memory. */
    Path path() {
        return path;
    }

    /** The bytes written, when they stayed in memory. */
    byte[] bytes() {
        return memory.toByteArray();
    }

    private void spill() throws IOException {
        Files.createDirectories(spoolDirectory);
        path = Files.createTempFile(spoolDirectory, "instance-", ".dcm");
        file = new BufferedOutputStream(Files.newOutputStream(path), FILE_BUFFER);
        memory.writeTo(file);
        memory = null;
    }
}
