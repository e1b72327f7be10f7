package io.github.cameldicom.receiver;

import io.github.cameldicom.receiver.ScannedArguments.Occurrence;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The logging options, checked as DCMTK checks them before any other option: {@code -d}, {@code -v}, {@code -q}
 * (rightmost wins), then {@code -ll}, which none of those may accompany, then {@code -lc}, which none of the
 * others may accompany.
 */
final class LoggingEvaluation {

    /** The logger dcmrecv's own messages go to; its level decides whether {@code +v} is allowed. */
    private static final String RECEIVER_LOGGER = "dcmtk.apps.dcmrecv";
    private static final String VERBOSITY_OPTIONS = "--verbose, --debug or --quiet";

    /**
     * The outcome.
     *
     * @param level the level of the receiver's logger
     * @param configFile the {@code -lc} file
     * @param quiet no error messages at all: the root logger is above level error
     */
    record Logging(LogLevel level, Optional<Path> configFile, boolean quiet) {
    }

    private LoggingEvaluation() {
    }

    static Logging evaluate(ScannedArguments arguments) throws CommandLineException {
        Optional<LogLevel> level = verbosity(arguments.block(Option.DEBUG, Option.VERBOSE, Option.QUIET));
        Optional<Occurrence> logLevel = arguments.rightmost(Option.LOG_LEVEL);
        if (logLevel.isPresent()) {
            if (level.isPresent()) {
                throw CommandLineException.notAllowedWith(Option.LOG_LEVEL.longName(), VERBOSITY_OPTIONS);
            }
            level = Optional.of(LogLevel.named(logLevel.get().value(0))
                    .orElseThrow(() -> new CommandLineException("Invalid log level for --log-level option")));
        }
        Optional<Occurrence> logConfig = arguments.rightmost(Option.LOG_CONFIG);
        if (logConfig.isPresent()) {
            if (logLevel.isPresent()) {
                throw CommandLineException.notAllowedWith(Option.LOG_CONFIG.longName(), Option.LOG_LEVEL.longName());
            }
            if (level.isPresent()) {
                throw CommandLineException.notAllowedWith(Option.LOG_CONFIG.longName(), VERBOSITY_OPTIONS);
            }
            Path file = logConfig.get().path(0);
            if (java.nio.file.Files.isReadable(file) && ReceiverLogging.isLog4j2Configuration(file)) {
                // A Log4j 2 configuration sets every level itself; the level here only gates start-up messages.
                return new Logging(LogLevel.WARN, Optional.of(file), false);
            }
            Log4cplusConfig config = Log4cplusConfig.load(file);
            return new Logging(config.levelOf(RECEIVER_LOGGER), Optional.of(file),
                    !config.rootLevel().enables(LogLevel.ERROR));
        }
        LogLevel chosen = level.orElse(LogLevel.WARN);
        return new Logging(chosen, Optional.empty(), !chosen.enables(LogLevel.ERROR));
    }

    private static Optional<LogLevel> verbosity(List<Occurrence> found) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (found.get(found.size() - 1).option()) {
            case DEBUG -> LogLevel.DEBUG;
            case VERBOSE -> LogLevel.INFO;
            default -> LogLevel.FATAL;
        });
    }
}
