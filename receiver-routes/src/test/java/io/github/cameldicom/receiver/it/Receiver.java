package io.github.cameldicom.receiver.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

import io.github.cameldicom.testing.Dcmtk;

/**
 * One receiver process: the packaged {@code dcmrecv.jar} ({@code java -jar}, with the Java running the tests) or
 * DCMTK's {@code dcmrecv}, the reference. It runs in a home directory of its own, with its standard output and error
 * in files there. Closing it stops the process: SIGTERM, then SIGKILL after a bounded wait.
 */
final class Receiver implements AutoCloseable {

    /** Which program. */
    enum Kind {
        JAR("dcmrecv.jar"), DCMRECV("dcmrecv");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        List<String> command() {
            return switch (this) {
                case JAR -> List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        jar().toString());
                case DCMRECV -> List.of(Dcmtk.tool("dcmrecv").toString());
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What a process that ended by itself printed, and its exit code. */
    record Outcome(int exitCode, String standardOutput, String standardError) {

        /** The lines of standard error that start with {@code prefix}. */
        List<String> errorLines(String prefix) {
            return standardError.lines().filter(line -> line.startsWith(prefix)).toList();
        }
    }

    /** How long a receiver may take to accept its first echoscu; CI machines can be slow and loaded. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** How long a tool run (storescu, dcmsend, a receiver expected to end by itself) may take. */
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Kind kind;
    private final List<String> command;
    private final Path output;
    private final Path stdout;
    private final Path stderr;
    private final int port;
    private final long startNanos;
    private final Process process;
    private final List<String> echoOptions;
    private Duration startup;

    private Receiver(Kind kind, List<String> command, Path home, Path output, int port, List<String> echoOptions)
            throws IOException {
        this.kind = kind;
        this.echoOptions = List.copyOf(echoOptions);
        this.command = command;
        this.output = output;
        this.port = port;
        this.stdout = home.resolve("stdout.log");
        this.stderr = home.resolve("stderr.log");
        this.startNanos = System.nanoTime();
        this.process = new ProcessBuilder(command).directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /**
     * Starts a receiver on a free port, writing to {@code home/out}: {@code PROGRAM -od home/out OPTIONS port}.
     * Wait for it with {@link #awaitEcho()}.
     */
    static Receiver start(Kind kind, Path home, List<String> options) {
        return start(kind, home, options, List.of());
    }

    /**
     * Like {@link #start(Kind, Path, List)}, for a receiver that echoscu reaches only with {@code echoOptions} (e.g.
     * {@code +tls KEY CERT +cf CA} for one started with {@code +tls}). The receiver runs in {@code home}, so that
     * relative paths in the options name files there.
     */
    static Receiver start(Kind kind, Path home, List<String> options, List<String> echoOptions) {
        try {
            Files.createDirectories(home);
            Path output = Files.createDirectories(home.resolve("out"));
            int port = freePort();
            List<String> command = new ArrayList<>(kind.command());
            command.addAll(List.of("-od", output.toString()));
            command.addAll(options);
            command.add(Integer.toString(port));
            return new Receiver(kind, List.copyOf(command), home, output, port, echoOptions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + kind, e);
        }
    }

    /** Runs {@code PROGRAM ARGUMENTS} in {@code home} until it ends by itself (bounded), for exit code tests. */
    static Outcome run(Kind kind, Path home, List<String> arguments) {
        List<String> command = new ArrayList<>(kind.command());
        command.addAll(arguments);
        try {
            Files.createDirectories(home);
            try (Receiver receiver = new Receiver(kind, command, home, home, -1, List.of())) {
                if (!receiver.process.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    fail(receiver + " did not end within " + RUN_TIMEOUT + ":\n" + receiver.standardError());
                }
                String name = kind.command().get(kind.command().size() - 1);
                return new Outcome(receiver.process.exitValue(),
                        read(receiver.stdout).replace(name, "dcmrecv"), read(receiver.stderr).replace(name, "dcmrecv"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
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

    /** A port nothing listens on at the moment. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until the receiver answers echoscu and returns the time from the process start to that first successful
     * echo. Fails if the process ends first or does not answer within {@link #START_TIMEOUT}.
     */
    Duration awaitEcho() {
        if (startup != null) {
            return startup;
        }
        try {
            // every 100 ms: each echoscu is a process, which competes with the starting JVM for the CPU
            await().atMost(START_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> !process.isAlive() || echo().exitCode() == 0);
        } catch (ConditionTimeoutException e) {
            fail(this + " did not accept echoscu within " + START_TIMEOUT + ":\n" + standardError());
        }
        if (!process.isAlive()) {
            fail(this + " ended with exit code " + process.exitValue() + " before accepting echoscu:\n"
                 + standardError());
        }
        startup = Duration.ofNanos(System.nanoTime() - startNanos);
        if (kind == Kind.JAR) {
            System.out.printf("[start-up] %s: first successful echoscu %d ms after the process started%n", this,
                    startup.toMillis());
        }
        return startup;
    }

    /** The CPU time the process has used so far (user and system), if the platform tells. */
    java.util.Optional<Duration> cpuTime() {
        return process.info().totalCpuDuration();
    }

    /** One echoscu run against this receiver, with the echo options it was started with. */
    Dcmtk.Result echo() {
        return echo(echoOptions);
    }

    /** One echoscu run against this receiver, with {@code options} (e.g. TLS ones) before the address. */
    Dcmtk.Result echo(List<String> options) {
        List<String> args = new ArrayList<>(List.of("-to", "5", "-ta", "5", "-td", "5"));
        args.addAll(options);
        args.addAll(List.of("127.0.0.1", Integer.toString(port)));
        return Dcmtk.run(Duration.ofSeconds(30), "echoscu", args.toArray(String[]::new));
    }

    /** The receiver's home directory: its working directory. */
    Path home() {
        return stdout.getParent();
    }

    /** Stops the process (SIGTERM, then SIGKILL after a bounded wait) and returns its exit code. */
    int stop() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while stopping " + this, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    Kind kind() {
        return kind;
    }

    int port() {
        return port;
    }

    Path output() {
        return output;
    }

    /** The files (not directories) below the output directory, by relative path with {@code /} separators. */
    SortedMap<String, Path> files() {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            walk.filter(p -> !Files.isDirectory(p))
                    .forEach(p -> files.put(output.relativize(p).toString().replace(File.separatorChar, '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    String standardError() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return kind + " " + String.join(" ", command.subList(kind.command().size(), command.size()));
    }
}
