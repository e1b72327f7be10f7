package io.github.cameldicom.receiver.routes;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.cameldicom.receiver.DcmrecvMain;
import io.github.cameldicom.testing.Dcmtk;

/**
 * The receiver in a JVM of its own, started as users start dcmrecv.jar: {@code DcmrecvMain --routes FILE
 * --accept-all -od DIR PORT}, route properties as {@code -D} system properties. Listening once echoscu gets an
 * answer; stopped with SIGTERM as a service manager would.
 */
final class ReceiverProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ReceiverProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The route file {@code routes/<route>} as built into the jar (target/classes). */
    static Path routeFile(String route) {
        try {
            return Path.of(ReceiverProcess.class.getResource("/routes/" + route).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReceiverProcess start(Path workDirectory, List<String> jvmOptions, Map<String, String> systemProperties,
            Path routeFile, int port, String... options) throws IOException {
        return start(workDirectory, jvmOptions, systemProperties, Map.of(), routeFile, port, options);
    }

    /** As above, with environment variables added to this JVM's. */
    static ReceiverProcess start(Path workDirectory, List<String> jvmOptions, Map<String, String> systemProperties,
            Map<String, String> environment, Path routeFile, int port, String... options) throws IOException {
        ReceiverProcess receiver = launch(workDirectory, jvmOptions, systemProperties, environment, List.of(routeFile),
                port, options);
        receiver.awaitListening();
        return receiver;
    }

    /**
     * Starts the JVM without waiting for it to listen (see {@link #awaitListening()}), so that several receivers
     * start at once; each {@code routeFiles} entry becomes one {@code --routes}. The output directory is
     * {@code workDirectory/out}, kept when the receiver is started again on the same work directory.
     */
    static ReceiverProcess launch(Path workDirectory, List<String> jvmOptions, Map<String, String> systemProperties,
            Map<String, String> environment, List<Path> routeFiles, int port, String... options) throws IOException {
        Path outputDirectory = Files.createDirectories(workDirectory.resolve("out"));
        Path log = workDirectory.resolve("receiver-" + port + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DcmrecvMain.class.getName()));
        for (Path routeFile : routeFiles) {
            command.addAll(List.of("--routes", routeFile.toString()));
        }
        command.addAll(List.of("--accept-all", "-od", outputDirectory.toString()));
        command.addAll(List.of(options));
        command.add(Integer.toString(port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new ReceiverProcess(builder.start(), log, port);
    }

    /** Waits until echoscu gets an answer; fails (and stops the receiver) if it exits or takes over 90 s. */
    void awaitListening() {
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new AssertionError("receiver exited with " + process.exitValue() + ":\n" + log());
                }
                return Dcmtk.run(Duration.ofSeconds(10), "echoscu", "-aec", "DCMRECV", "127.0.0.1",
                        Integer.toString(port)).exitCode() == 0;
            });
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Kills the receiver at once (SIGKILL), as a crash would. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL if it has not stopped within 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
