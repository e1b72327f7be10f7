package io.github.cameldicom.receiver;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The logger levels of dcmrecv, least severe first. */
public enum LogLevel {

    TRACE,
    DEBUG,
    /** Processing details: dcmrecv {@code -v}. */
    INFO,
    /** Warnings and errors: dcmrecv's default. */
    WARN,
    ERROR,
    /** Only fatal errors: dcmrecv {@code -q}. */
    FATAL,
    /** Nothing at all. */
    OFF;

    /**
     * The level {@code --log-level} names, in any letter case; {@code all} is accepted as a synonym of
     * {@code trace}, as in DCMTK.
     */
    static Optional<LogLevel> named(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("ALL")) {
            return Optional.of(TRACE);
        }
        return Arrays.stream(values()).filter(level -> level.name().equals(upper)).findFirst();
    }

    /** Whether a logger set to this level writes messages of the given level. */
    public boolean enables(LogLevel messageLevel) {
        return this != OFF && compareTo(messageLevel) <= 0;
    }

    /** The value of this setting in the receiver's Camel properties: the name in lower case. */
    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
