package io.github.cameldicom;

import io.github.cameldicom.spool.SpoolFiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The body of an exchange from the {@code dicom:} consumer: one received instance as a DICOM Part 10 file (file meta
 * information, then the data set exactly in the transfer syntax used on the network). Small instances are held in
 * memory, larger ones in a spool file that is deleted when the exchange is done; type converters turn it into an
 * {@link InputStream}, {@code byte[]}, {@link java.io.File} or {@link Path} without loading a spooled instance onto the
 * heap (except for {@code byte[]}, which asks for exactly that).
 */
public final class DicomInstance {

    private final String sopInstanceUid;
    private final String transferSyntaxUid;
    private final byte[] bytes;
    private final Path file;
    private final long length;
    private final Path spoolDirectory;
    private Path materialized;
    private boolean discarded;

    private DicomInstance(String sopInstanceUid, String transferSyntaxUid, byte[] bytes, Path file, long length,
                          Path spoolDirectory) {
        this.sopInstanceUid = sopInstanceUid;
        this.transferSyntaxUid = transferSyntaxUid;
        this.bytes = bytes;
        this.file = file;
        this.length = length;
        this.spoolDirectory = spoolDirectory;
    }

    /**
     * An instance held in the first {@code length} bytes of {@code buffer}, which it takes over without a copy;
     * {@link #toPath()} writes it to {@code spoolDirectory} when asked.
     */
    public static DicomInstance inMemory(String sopInstanceUid, String transferSyntaxUid, byte[] buffer, int length,
                                         Path spoolDirectory) {
        if (length > buffer.length) {
            throw new IllegalArgumentException(length + " bytes do not fit a buffer of " + buffer.length);
        }
        return new DicomInstance(sopInstanceUid, transferSyntaxUid, buffer, null, length, spoolDirectory);
    }

    /** An instance in a spool file that this object owns and deletes on {@link #discard()}. */
    public static DicomInstance spooled(String sopInstanceUid, String transferSyntaxUid, Path file, long length) {
        return new DicomInstance(sopInstanceUid, transferSyntaxUid, null, file, length, file.getParent());
    }

    public String sopInstanceUid() {
        return sopInstanceUid;
    }

    public String transferSyntaxUid() {
        return transferSyntaxUid;
    }

    /** Size of the Part 10 file in bytes. */
    public long length() {
        return length;
    }

    public boolean isInMemory() {
        return bytes != null;
    }

    /** A new stream over the whole Part 10 file. */
    public InputStream newInputStream() throws IOException {
        checkNotDiscarded();
        return bytes != null ? new ByteArrayInputStream(bytes, 0, (int) length) : Files.newInputStream(file);
    }

    /** The whole Part 10 file as bytes: for a spooled instance this reads it all onto the heap. */
    public byte[] toByteArray() throws IOException {
        checkNotDiscarded();
        return bytes != null ? Arrays.copyOf(bytes, (int) length) : Files.readAllBytes(file);
    }

    /**
     * The Part 10 file on disk: the spool file, or for an instance held in memory a file written on first use. The
     * file belongs to this instance and is deleted with it when the exchange is done.
     */
    public synchronized Path toPath() throws IOException {
        checkNotDiscarded();
        if (file != null) {
            return file;
        }
        if (materialized == null) {
            SpoolFiles.Created created = SpoolFiles.create(spoolDirectory);
            try (OutputStream out = created.out()) {
                out.write(bytes, 0, (int) length);
            } catch (IOException e) {
                Files.deleteIfExists(created.path());
                throw e;
            }
            materialized = created.path();
        }
        return materialized;
    }

    /** Deletes what this instance holds on disk; it cannot be read afterwards. */
    public synchronized void discard() {
        discarded = true;
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            if (materialized != null) {
                Files.deleteIfExists(materialized);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete spool file of SOP instance " + sopInstanceUid, e);
        }
    }

    @Override
    public String toString() {
        return "DicomInstance[" + sopInstanceUid + ", " + length + " bytes, " + (bytes != null ? "in memory" : file)
               + "]";
    }

    private synchronized void checkNotDiscarded() {
        if (discarded) {
            throw new IllegalStateException("SOP instance " + sopInstanceUid + " was already discarded: "
                                            + "its exchange is done");
        }
    }
}
