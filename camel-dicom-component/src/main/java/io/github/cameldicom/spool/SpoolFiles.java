package io.github.cameldicom.spool;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names and creates spool files. The names are hidden ({@code .camel-dicom-….spool}) so that a spool directory inside
 * an output folder is skipped by whoever watches the folder (Camel's file consumer skips hidden files), and the files
 * get the process's default permissions rather than {@link Files#createTempFile}'s owner-only ones: a spool file may
 * become the stored file by a rename, and must then be as readable as a file written in place.
 */
public final class SpoolFiles {

    static final String PREFIX = ".camel-dicom-";
    static final String SUFFIX = ".spool";

    private SpoolFiles() {
    }

    /** A new, empty spool file in {@code directory} (created if missing), open for writing. */
    public static Created create(Path directory) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            Path path = directory.resolve(PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + SUFFIX);
            try {
                return new Created(path, Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE));
            } catch (NoSuchFileException e) {
                // Created on first use, and again if someone removed it while the receiver runs.
                Files.createDirectories(directory);
                last = e;
            } catch (FileAlreadyExistsException e) {
                // 64 random bits make this all but impossible; another name is the answer when it happens.
                last = e;
            }
        }
        throw new IOException("cannot create a spool file in " + directory, last);
    }

    /** Whether {@code fileName} is the name of a spool file. */
    public static boolean isSpoolFile(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(SUFFIX);
    }

    /** A spool file just created and the stream that writes it. */
    public record Created(Path path, OutputStream out) {
    }
}
