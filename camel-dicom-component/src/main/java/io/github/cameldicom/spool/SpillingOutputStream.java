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
    /** Most small instances (a CT slice, an SR) fit without the buffer growing. */
    private static final int INITIAL_MEMORY = 128 * 1024;

    private final int threshold;
    private final Path spoolDirectory;
    private final MemoryBuffer memory;
    private OutputStream file;
    private Path path;
    private long count;
    private boolean closed;

    SpillingOutputStream(int threshold, Path spoolDirectory) {
        this.threshold = threshold;
        this.spoolDirectory = spoolDirectory;
        this.memory = new MemoryBuffer(Math.max(0, Math.min(threshold, INITIAL_MEMORY)));
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
            memory.release();
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

    /**
     * The bytes written, when they stayed in memory: the buffer itself, not a copy, of which the first
     * {@link #count()} bytes are the content.
     */
    byte[] buffer() {
        return memory.array();
    }

    private void spill() throws IOException {
        SpoolFiles.Created created = SpoolFiles.create(spoolDirectory);
        path = created.path();
        file = new BufferedOutputStream(created.out(), FILE_BUFFER);
        memory.writeTo(file);
        memory.release();
    }

    /** A byte array output stream that hands out its array instead of copying it, and can let go of it. */
    private static final class MemoryBuffer extends ByteArrayOutputStream {

        MemoryBuffer(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }

        void release() {
            buf = new byte[0];
            count = 0;
        }
    }
}
