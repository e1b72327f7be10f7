package io.github.cameldicom.receiver;

import static io.github.cameldicom.receiver.Parsing.error;
import static io.github.cameldicom.receiver.Parsing.settings;
import static io.github.cameldicom.receiver.Parsing.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code -lc}: DCMTK logger configuration files, checked as dcmrecv checks them. */
class LogConfigTest {

    private static final String APPENDER = "log4cplus.appender.console=log4cplus::ConsoleAppender\n";

    @TempDir
    Path dir;

    @Test
    void theInstalledExampleIsAccepted() {
        Path example = Path.of("/etc/dcmtk/logger.cfg");
        assertTrue(Files.isRegularFile(example), example + " not found: install DCMTK: apt-get install -y dcmtk");
        LogSettings logging = settings("-lc", example.toString(), "104").logging();
        assertEquals(Optional.of(example), logging.configFile());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "log4cplus.rootLogger = INFO, console|info",
        "log4cplus.rootLogger=WARN|warn",
        "log4cplus.rootLogger = debug , console|debug",
        "log4cplus.rootLogger = BOGUS, console|info",
        "log4cplus.rootLogger =|info",
    })
    void theReceiverLevelComesFromTheRootLogger(String rootLogger, String level) throws Exception {
        Path file = write(rootLogger + "\n" + APPENDER);
        assertEquals(level, settings("-lc", file.toString(), "104").logging().level().propertyValue());
    }

    @Test
    void aMoreSpecificLoggerWins() throws Exception {
        Path file = write("log4cplus.rootLogger = WARN, console\nlog4cplus.logger.dcmtk.apps=INFO\n" + APPENDER);
        assertEquals(LogLevel.INFO, settings("-lc", file.toString(), "+v", "104").logging().level());
    }

    @Test
    void verbosePresentationContextsFollowTheFile() throws Exception {
        Path warn = write("log4cplus.rootLogger = WARN, console\n" + APPENDER);
        assertEquals("--verbose-pc only allowed with verbose mode", error("-lc", warn.toString(), "+v", "104"));
    }

    @Test
    void aFatalRootLoggerMakesErrorsQuiet() throws Exception {
        Path fatal = write("log4cplus.rootLogger = FATAL, console\n" + APPENDER);
        assertEquals("", syntaxError("-lc", fatal.toString(), "-pdu", "1", "104").standardError());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a=b|Specified --log-config file does not contain any valid settings",
        "log4cplus.x=b|Specified --log-config file does not set up log4cplus.rootLogger",
        "log4cplus.rootLogger|Specified --log-config file does not contain any settings",
        " log4cplus.rootLogger : WARN|Specified --log-config file does not contain any settings",
        "# log4cplus.rootLogger=INFO|Specified --log-config file does not contain any settings",
        "''|Specified --log-config file does not contain any settings",
    })
    void badFilesAreRefused(String content, String message) throws Exception {
        assertEquals(message, error("-lc", write(content).toString(), "104"));
    }

    @Test
    void theFileMustExist() {
        assertEquals("Specified --log-config file does not exist",
                error("-lc", dir.resolve("missing.cfg").toString(), "104"));
        assertEquals("Specified --log-config file does not exist", error("-lc", dir.toString(), "104"));
        assertEquals("Specified --log-config file does not exist", error("-lc", "", "104"));
    }

    private Path write(String content) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "logger", ".cfg"), content);
    }
}
