package io.github.cameldicom.testing;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what the loggers under one name (a class or a whole package) log at a level and above while open, so a
 * test can check that a problem is reported once and clearly.
 */
public final class LogRecorder implements AutoCloseable {

    private record Line(Level level, String logger, String message) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final String loggerName;
    private final LoggerContext context;
    private final AbstractAppender appender;

    /** Records what {@code source} logs at {@code level} and above. */
    public LogRecorder(Class<?> source, Level level) {
        this(source.getName(), level);
    }

    public LogRecorder(String loggerName, Level level) {
        this.loggerName = loggerName;
        context = (LoggerContext) LogManager.getContext(false);
        appender = new AbstractAppender("recorder-" + loggerName, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                lines.add(new Line(event.getLevel(), event.getLoggerName(),
                        event.getMessage().getFormattedMessage()));
            }
        };
        appender.start();
        LoggerConfig logger = new LoggerConfig(loggerName, level, false);
        logger.addAppender(appender, null, null);
        context.getConfiguration().addLogger(loggerName, logger);
        context.updateLoggers();
    }

    /** Everything recorded so far, one line per event: level, logger, message. */
    public List<String> lines() {
        return lines.stream().map(l -> l.level() + " " + l.logger() + " " + l.message()).toList();
    }

    /** Everything recorded so far without the logger's name: level, message. */
    public List<String> messages() {
        return lines.stream().map(l -> l.level() + " " + l.message()).toList();
    }

    /** The {@link #messages()} that contain {@code text}. */
    public List<String> containing(String text) {
        return messages().stream().filter(m -> m.contains(text)).toList();
    }

    public void clear() {
        lines.clear();
    }

    @Override
    public void close() {
        context.getConfiguration().removeLogger(loggerName);
        context.updateLoggers();
        appender.stop();
    }
}
