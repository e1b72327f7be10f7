package io.github.cameldicom.receiver;

import java.nio.file.Path;

/**
 * Where and how received instances are stored.
 *
 * @param directory the output directory as given ({@code -od}, default {@code .}); an empty path means the current
 *     directory, as in dcmrecv
 * @param subdirectoryScheme {@code -s} or {@code +ssd}
 * @param fileNameScheme {@code +fd}, {@code +fu}, {@code +fsu} or {@code +fst}
 * @param extension appended to every file name ({@code -fe}, default none)
 * @param storageMode {@code -B}, {@code +B} or {@code --ignore}
 */
public record OutputSettings(
        Path directory,
        SubdirectoryScheme subdirectoryScheme,
        FileNameScheme fileNameScheme,
        String extension,
        StorageMode storageMode) {
}
