package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.receiver.it.Receiver.Kind;
import io.github.cameldicom.testing.Dcmtk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -lc}: DCMTK's own logger configuration is accepted and its level applies, without Log4j 2 trying to read
 * it; a Log4j 2 configuration file replaces the receiver's logging.
 */
class LogConfigIT {

    @TempDir
    Path work;

    @Test
    void dcmtksLoggerConfigurationSetsTheLevel() {
        Path dcmtkConfig = Path.of("/etc/dcmtk/logger.cfg");
        assertTrue(Files.isRegularFile(dcmtkConfig), dcmtkConfig + " not found. " + Dcmtk.INSTALL_HINT);
        try (Receiver ours = Receiver.start(Kind.JAR, work.resolve("jar"), List.of("-lc", dcmtkConfig.toString()))) {
            ours.awaitEcho();
            ours.stop();
            String log = ours.standardError();
            assertTrue(log.lines().noneMatch(line -> line.contains("ERROR") || line.contains("Exception")), log);
            // logger.cfg sets DEBUG for the root logger, so dcmrecv's level is debug
            assertTrue(log.lines().anyMatch(line -> line.startsWith("D: ")), log);
        }
    }

    @Test
    void aLog4j2ConfigurationReplacesTheReceiversLogging() throws Exception {
        Path config = Files.writeString(work.resolve("log4j2.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <Configuration status="warn">
                  <Appenders>
                    <Console name="out" target="SYSTEM_ERR">
                      <PatternLayout pattern="MINE %level %msg%n"/>
                    </Console>
                  </Appenders>
                  <Loggers>
                    <Root level="info">
                      <AppenderRef ref="out"/>
                    </Root>
                  </Loggers>
                </Configuration>
                """);
        try (Receiver ours = Receiver.start(Kind.JAR, work.resolve("jar"), List.of("-lc", config.toString()))) {
            ours.awaitEcho();
            ours.stop();
            String log = ours.standardError();
            assertTrue(log.lines().anyMatch(line -> line.startsWith("MINE INFO ")), log);
            assertTrue(log.lines().noneMatch(line -> line.startsWith("I: ")), log);
        }
    }
}
