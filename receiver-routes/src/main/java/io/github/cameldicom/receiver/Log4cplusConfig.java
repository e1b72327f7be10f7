package io.github.cameldicom.receiver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A DCMTK logger configuration file ({@code -lc}, log4cplus properties such as {@code /etc/dcmtk/logger.cfg}), read
 * far enough to make dcmrecv's checks and to tell which levels it sets: {@code key=value} lines, {@code #}
 * comments; a line without {@code =} is no setting.
 */
final class Log4cplusConfig {

    private static final String PREFIX = "log4cplus.";
    private static final String ROOT_LOGGER = PREFIX + "rootLogger";
    private static final String LOGGER = PREFIX + "logger.";
    /** The level DCMTK's loggers have when the file sets none we understand. */
    private static final LogLevel UNSET_ROOT_LEVEL = LogLevel.INFO;

    private final Map<String, String> properties;

    private Log4cplusConfig(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    /** Reads the file and makes dcmrecv's checks, with dcmrecv's messages. */
    static Log4cplusConfig load(Path file) throws CommandLineException {
        if (!Files.isRegularFile(file)) {
            throw new CommandLineException("Specified --log-config file does not exist");
        }
        if (!Files.isReadable(file)) {
            throw new CommandLineException("Specified --log-config file cannot be read");
        }
        String content;
        try {
            // log4cplus reads bytes; keys and levels are ASCII
            content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new CommandLineException("Specified --log-config file cannot be read", e);
        }
        Log4cplusConfig config = new Log4cplusConfig(parse(content));
        if (config.properties.isEmpty()) {
            throw new CommandLineException("Specified --log-config file does not contain any settings");
        }
        if (config.properties.keySet().stream().noneMatch(key -> key.startsWith(PREFIX))) {
            throw new CommandLineException("Specified --log-config file does not contain any valid settings");
        }
        if (!config.properties.containsKey(ROOT_LOGGER)) {
            throw new CommandLineException("Specified --log-config file does not set up log4cplus.rootLogger");
        }
        return config;
    }

    static Map<String, String> parse(String content) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String line : content.split("\n", -1)) {
            String setting = line.stripLeading();
            if (setting.isEmpty() || setting.charAt(0) == '#') {
                continue;
            }
            int equals = setting.indexOf('=');
            if (equals >= 0) {
                properties.put(setting.substring(0, equals).strip(), setting.substring(equals + 1).strip());
            }
        }
        return properties;
    }

    /** The level of the root logger: when it is above error, dcmrecv prints no error messages at all. */
    LogLevel rootLevel() {
        return level(ROOT_LOGGER).orElse(UNSET_ROOT_LEVEL);
    }

    /** The level a logger inherits: its own setting, else its closest ancestor's, else the root logger's. */
    LogLevel levelOf(String loggerName) {
        String name = loggerName;
        while (!name.isEmpty()) {
            Optional<LogLevel> level = level(LOGGER + name);
            if (level.isPresent()) {
                return level.get();
            }
            int dot = name.lastIndexOf('.');
            name = dot < 0 ? "" : name.substring(0, dot);
        }
        return rootLevel();
    }

    /** A logger setting is {@code LEVEL, appender, ...}; an empty or unknown level means none is set. */
    private Optional<LogLevel> level(String key) {
        String value = properties.get(key);
        if (value == null) {
            return Optional.empty();
        }
        int comma = value.indexOf(',');
        return LogLevel.named((comma < 0 ? value : value.substring(0, comma)).strip());
    }
}
