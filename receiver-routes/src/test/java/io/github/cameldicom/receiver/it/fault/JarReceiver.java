package io.github.cameldicom.receiver.it.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cameldicom.testing.Dcmtk;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged {@code dcmrecv.jar} as the fault tests run it: {@code java JVM-OPTIONS -Djava.io.tmpdir=TMP -jar
 * dcmrecv.jar -od OUTPUT OPTIONS PORT}, so that whatever it writes outside its output directory (temporary files, a
 * spool directory set with {@code -Ddicom.spoolDirectory}) is under the test's eyes. Standard output and error go to
 * files in a home directory of its own. It is stopped with SIGKILL ({@link #kill()}) or SIGTERM ({@link #terminate()});
 * {@link #close()} makes sure it is gone.
 */
final class JarReceiver implements AutoCloseable {

    /** How long the receiver may take to accept its first echoscu; the machine may be slow and loaded. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** How long a process may take to end after SIGTERM or SIGKILL. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** dcmrecv's exit code when it cannot listen (EXITCODE_CANNOT_START_SCP_AND_LISTEN). */
    private static final int CANNOT_LISTEN = 64;
    private static final int PORT_ATTEMPTS = 5;
    /**
     * The default JVM settings of the launcher script src/bin/dcmrecv (these tests run the jar directly, so keep the
     * two lists the same): the receiver under test runs as users run it.
     */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xmn32m",
            "-XX:+ExitOnOutOfMemoryError", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.3",
            "-XX:CICompilerCount=1");

    private final List<String> command;
    private final Path stderr;
    private final int port;
    private final Process process;
    private final long startNanos = System.nanoTime();
    private Duration startup;

    private JarReceiver(List<String> command, Path home, int port) throws IOException {
        this.command = command;
        this.port = port;
        this.stderr = home.resolve("stderr.log");
        this.process = new ProcessBuilder(command).directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(home.resolve("stdout.log").toFile()).redirectError(stderr.toFile()).start();
    }

    /**
     * Starts the jar on a free port of 127.0.0.1 and waits until it answers echoscu. The port is found by binding
     * port 0 and reading it back; should another process take it before the receiver binds it (the receiver ends
     * with exit code 64, "Address already in use"), another port is tried.
     */
    static JarReceiver start(Path home, Path output, Path tmpDir, List<String> jvmOptions, List<String> options) {
        try {
            Files.createDirectories(home);
            Files.createDirectories(output);
            Files.createDirectories(tmpDir);
            for (int attempt = 1; ; attempt++) {
                int port = freePort();
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(JVM_OPTIONS);
                command.addAll(jvmOptions);
                command.addAll(List.of("-Djava.io.tmpdir=" + tmpDir, "-jar", jar().toString(), "-od",
                        output.toString()));
                command.addAll(options);
                command.add(Integer.toString(port));
                JarReceiver receiver = new JarReceiver(List.copyOf(command), home, port);
                try {
                    receiver.awaitEcho();
                    return receiver;
                } catch (PortTakenException e) {
                    receiver.close();
                    if (attempt == PORT_ATTEMPTS) {
                        fail("no free port after " + attempt + " attempts:\n" + receiver.standardError());
                    }
                } catch (RuntimeException | Error e) {
                    receiver.close();
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start dcmrecv.jar", e);
        }
    }

    /** The packaged jar under test: failsafe passes its path; it must exist (failsafe runs after package). */
    static Path jar() {
        Path jar = Path.of(System.getProperty("dcmrecv.jar", "target/dcmrecv.jar"));
        if (!Files.isRegularFile(jar)) {
            fail(jar.toAbsolutePath() + " not found: the integration tests run the packaged jar (mvn verify)");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitEcho() {
        try {
            // every 100 ms: each echoscu is a process, which competes with the starting JVM for the CPU
            await().atMost(START_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> !process.isAlive() || echo().exitCode() == 0);
            startup = Duration.ofNanos(System.nanoTime() - startNanos);
        } catch (ConditionTimeoutException e) {
            fail(this + " did not accept echoscu within " + START_TIMEOUT + ":\n" + standardError());
        }
        if (!process.isAlive()) {
            if (process.exitValue() == CANNOT_LISTEN && standardError().contains("Address already in use")) {
                throw new PortTakenException();
            }
            fail(this + " ended with exit code " + process.exitValue() + " before accepting echoscu:\n"
                 + standardError());
        }
    }

    /** One echoscu run against this receiver, every wait bounded. */
    Dcmtk.Result echo() {
        return Dcmtk.run(Duration.ofSeconds(30), "echoscu", "-to", "5", "-ta", "5", "-td", "5", "127.0.0.1",
                Integer.toString(port));
    }

    /** SIGKILL (kill -9), then waits (bounded) until the process is gone. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM; the exit code if the process ended by itself within {@link #STOP_TIMEOUT}, else a test failure. */
    int terminate() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                awaitExit();
                fail(this + " did not end within " + STOP_TIMEOUT + " of SIGTERM:\n" + standardError());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping " + this, e);
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                fail(this + " still runs " + STOP_TIMEOUT + " after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing " + this, e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** From the process start to the first successful echoscu. */
    Duration startup() {
        return startup;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String standardError() {
        try {
            return Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "dcmrecv.jar " + String.join(" ", command.subList(command.indexOf("-jar") + 2, command.size()));
    }

    /** The port found free was taken by someone else before the receiver could listen on it. */
    private static final class PortTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortTakenException() {
            super(null, null, false, false);
        }
    }
}
