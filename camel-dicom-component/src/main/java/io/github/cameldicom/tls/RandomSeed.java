package io.github.cameldicom.tls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The random generator of the TLS context with dcmrecv's seed file options: {@code +rs FILE} mixes the file's
 * contents into it, {@code +ws} / {@code +wf FILE} write {@value #WRITTEN_BYTES} new random bytes to a seed file when
 * the receiver shuts down, as OpenSSL's {@code RAND_load_file} and {@code RAND_write_file} do for dcmrecv.
 *
 * <p>The seed supplements the runtime's own seeding, it never replaces it: the generator seeds itself first, so a
 * seed file known to others (or empty, or missing) cannot make the TLS randomness predictable. A missing or unreadable
 * seed file is therefore not an error, as with dcmrecv.
 */
final class RandomSeed {

    /** What OpenSSL's {@code RAND_write_file} writes. */
    static final int WRITTEN_BYTES = 1024;
    /** At most this much of a regular seed file is read. */
    static final int MAX_SEED_BYTES = 1024 * 1024;
    /** What is read from a seed "file" that is a device or pipe (OpenSSL reads 256 bytes then, too). */
    static final int DEVICE_SEED_BYTES = 256;

    private static final Logger LOG = LoggerFactory.getLogger(RandomSeed.class);

    private final SecureRandom random;
    private final Path writeFile;

    private RandomSeed(SecureRandom random, Path writeFile) {
        this.random = random;
        this.writeFile = writeFile;
    }

    /**
     * A generator seeded by the runtime and then with the contents of {@code seedFile}.
     *
     * @param writeFile where {@link #write()} writes a new seed, or null
     */
    static RandomSeed create(Path seedFile, Path writeFile) {
        SecureRandom random = new SecureRandom();
        // Draw once first: a SHA1PRNG seeded before its first use would take the file as its whole seed.
        random.nextBytes(new byte[1]);
        if (seedFile != null) {
            byte[] seed = readSeed(seedFile);
            if (seed.length > 0) {
                random.setSeed(seed);
                LOG.debug("TLS random generator {} seeded with {} bytes of {}", random.getAlgorithm(), seed.length,
                        seedFile);
            }
        }
        return new RandomSeed(random, writeFile);
    }

    SecureRandom random() {
        return random;
    }

    /** Whether a seed is written at shutdown ({@code +ws}, {@code +wf}). */
    boolean writes() {
        return writeFile != null;
    }

    Path writeFile() {
        return writeFile;
    }

    /**
     * Writes {@value #WRITTEN_BYTES} new random bytes to the write file, readable by the owner only, replacing it at
     * once (a temporary file renamed over it); logs an error, as dcmrecv would, when it cannot.
     */
    void write() {
        if (writeFile == null) {
            return;
        }
        byte[] seed = new byte[WRITTEN_BYTES];
        random.nextBytes(seed);
        Path target = writeFile.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions; the temporary file already has the default ones
            }
            Files.write(temporary, seed);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("wrote {} bytes of random seed to {}", WRITTEN_BYTES, target);
        } catch (IOException e) {
            LOG.error("Failed to write random seed file '{}': {}", writeFile, e.toString());
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    LOG.debug("cannot delete {}", temporary, ignored);
                }
            }
        }
    }

    private static byte[] readSeed(Path file) {
        int limit = Files.isRegularFile(file) ? MAX_SEED_BYTES : DEVICE_SEED_BYTES;
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            // dcmrecv (OpenSSL's RAND_load_file) goes on silently: the generator is seeded anyway.
            LOG.debug("random seed file {} not read: {}", file, e.toString());
            return new byte[0];
        }
    }
}
