package io.github.cameldicom.receiver;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import java.nio.file.Path;

/**
 * Applies dcmrecv's logging options to the receiver's Log4j 2 configuration: the level ({@code -q}, {@code -v},
 * {@code -d}, {@code -ll}) for the receiver's own messages, the presentation context listing ({@code +v}) and a
 * logger configuration file ({@code -lc}), which for this receiver is a Log4j 2 configuration file.
 */
final class ReceiverLogging {

    /** The logger the acceptor lists negotiated presentation contexts on. */
    static final String PRESENTATION_CONTEXTS = "io.github.cameldicom.net.PresentationContexts";

    private ReceiverLogging() {
    }

    static void apply(LogSettings settings) {
        if (settings.configFile().isPresent()) {
            Path file = settings.configFile().get();
            Configurator.reconfigure(file.toUri());
            return;
        }
        Level level = level(settings.level());
        Configurator.setRootLevel(level);
        // Camel's own start-up chatter stays out of dcmrecv's verbose output (-v); its warnings and errors do not,
        // and debug mode (-d) shows everything.
        boolean debug = level.isLessSpecificThan(Level.DEBUG);
        Configurator.setLevel("org.apache.camel", debug || level.isMoreSpecificThan(Level.WARN) ? level : Level.WARN);
        boolean listContexts = settings.verbosePresentationContexts() && level.isLessSpecificThan(Level.INFO)
                               || level.isLessSpecificThan(Level.DEBUG);
        Configurator.setLevel(PRESENTATION_CONTEXTS, listContexts ? Level.INFO : Level.WARN);
    }

    private static Level level(LogLevel level) {
        return switch (level) {
            case TRACE -> Level.TRACE;
            case DEBUG -> Level.DEBUG;
            case INFO -> Level.INFO;
            case WARN -> Level.WARN;
            case ERROR -> Level.ERROR;
            case FATAL -> Level.FATAL;
            case OFF -> Level.OFF;
        };
    }
}
