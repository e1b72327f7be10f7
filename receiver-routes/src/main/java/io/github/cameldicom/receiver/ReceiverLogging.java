package io.github.cameldicom.receiver;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Applies dcmrecv's logging options to the receiver's Log4j 2 configuration: the level ({@code -q}, {@code -v},
 * {@code -d}, {@code -ll}) for the receiver's own messages, the presentation context listing ({@code +v}) and a
 * logger configuration file ({@code -lc}): a Log4j 2 configuration file replaces the receiver's logging; of a DCMTK
 * (log4cplus) file only the level it gives dcmrecv's logger is used.
 */
final class ReceiverLogging {

    /** The logger the acceptor lists negotiated presentation contexts on. */
    static final String PRESENTATION_CONTEXTS = "io.github.cameldicom.net.PresentationContexts";
    /** The logger of Camel's context, which reports a failed start before the receiver does. */
    static final String CAMEL_CONTEXT = "org.apache.camel.impl.engine.AbstractCamelContext";

    private ReceiverLogging() {
    }

    static void apply(LogSettings settings) {
        if (settings.configFile().isPresent() && isLog4j2Configuration(settings.configFile().get())) {
            Configurator.reconfigure(settings.configFile().get().toUri());
            return;
        }
        // No -lc, or a DCMTK (log4cplus) file such as /etc/dcmtk/logger.cfg, which Log4j 2 cannot read: the command
        // line took from it the level it gives dcmrecv's logger, and that level applies as with -ll.
        Level level = level(settings.level());
        Configurator.setRootLevel(level);
        // Camel's own start-up chatter stays out of dcmrecv's verbose output (-v); its warnings and errors do not,
        // and debug mode (-d) shows everything.
        boolean debug = level.isLessSpecificThan(Level.DEBUG);
        Configurator.setLevel("org.apache.camel", debug || level.isMoreSpecificThan(Level.WARN) ? level : Level.WARN);
        // Camel logs a failed start (port in use …) with a stack trace; DcmrecvMain reports it as dcmrecv does (F:).
        Configurator.setLevel(CAMEL_CONTEXT, debug ? level : Level.FATAL);
        boolean listContexts = settings.verbosePresentationContexts() && level.isLessSpecificThan(Level.INFO)
                               || level.isLessSpecificThan(Level.DEBUG);
        Configurator.setLevel(PRESENTATION_CONTEXTS, listContexts ? Level.INFO : Level.WARN);
    }

    /**
     * Whether a {@code -lc} file is a Log4j 2 configuration rather than a DCMTK one: an XML, JSON or YAML file, or a
     * properties file with settings other than {@code log4cplus.*} ones.
     */
    static boolean isLog4j2Configuration(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".json") || name.endsWith(".jsn") || name.endsWith(".yaml")
            || name.endsWith(".yml")) {
            return true;
        }
        if (!name.endsWith(".properties")) {
            return false;
        }
        try {
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return Log4cplusConfig.parse(content).keySet().stream().anyMatch(key -> !key.startsWith("log4cplus."));
        } catch (IOException e) {
            return false;
        }
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
