package io.github.cameldicom.receiver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the receiver logs.
 *
 * @param level the level of the receiver's own logger: {@code -q} fatal, default warn, {@code -v} info,
 *     {@code -d} debug, or {@code -ll}; with {@code -lc}, the level that file gives {@code dcmtk.apps.dcmrecv}
 * @param configFile a DCMTK (log4cplus) logger configuration file ({@code -lc})
 * @param verbosePresentationContexts show presentation contexts in verbose mode ({@code +v})
 */
public record LogSettings(LogLevel level, Optional<Path> configFile, boolean verbosePresentationContexts) {
}
