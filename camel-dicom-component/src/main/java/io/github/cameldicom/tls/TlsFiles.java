package io.github.cameldicom.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a key or certificate file whole, with an error that says which file and what it was meant to be. */
final class TlsFiles {

    /**
     * Key and certificate files are a few kilobytes, CA bundles rarely more than a megabyte; a larger file is not
     * what the option meant (a disk image, a device), so it is refused before it is read into memory.
     */
    static final int MAX_FILE_SIZE = 16 * 1024 * 1024;

    private TlsFiles() {
    }

    /**
     * @param what the role of the file in messages, e.g. "private key file"
     */
    static byte[] read(Path file, String what) throws DicomTlsException {
        if (Files.isDirectory(file)) {
            throw new DicomTlsException(what + " " + file + " is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_FILE_SIZE + 1);
            if (bytes.length > MAX_FILE_SIZE) {
                throw new DicomTlsException(what + " " + file + " is larger than " + MAX_FILE_SIZE + " bytes");
            }
            if (bytes.length == 0) {
                throw new DicomTlsException(what + " " + file + " is empty");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new DicomTlsException(what + " " + file + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new DicomTlsException(what + " " + file + " is not readable (permission denied)", e);
        } catch (IOException e) {
            throw new DicomTlsException("cannot read " + what + " " + file + ": " + e, e);
        }
    }
}
