package io.github.cameldicom.tls;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs the {@code openssl} command line tool, which makes the keys and certificates the tests read. */
final class OpenSsl {

    static final String INSTALL_HINT = "openssl is required for the TLS tests: apt-get install -y openssl";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The outcome of one run: exit code and interleaved stdout/stderr. */
    record Result(List<String> command, int exitCode, String output) {
    }

    private OpenSsl() {
    }

    /** Runs {@code openssl args} in {@code dir} and fails the test unless it succeeds. */
    static String run(Path dir, String... args) {
        Result r = exec(dir, TIMEOUT, args);
        if (r.exitCode() != 0) {
            fail(String.join(" ", r.command()) + " exited with " + r.exitCode() + ":\n" + r.output());
        }
        return r.output();
    }

    /** Runs {@code openssl args} in {@code dir} with stdin closed, killing it after {@code timeout}. */
    static Result exec(Path dir, Duration timeout, String... args) {
        Path tool = Path.of("/usr/bin/openssl");
        if (!Files.isExecutable(tool)) {
            fail(tool + " not found. " + INSTALL_HINT);
        }
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile(dir, "openssl", ".log");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.ISO_8859_1);
            Files.delete(log);
            return new Result(command, process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    private static File nullDevice() {
        return new File("/dev/null");
    }
}
