package io.github.cameldicom.receiver.it.fault;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.cameldicom.testing.Dcmtk;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One DCMTK {@code storescu -v} process sending files to 127.0.0.1 in one association, and the files it reported as
 * stored: those whose {@code Sending file: PATH} line is followed by {@code Received Store Response (Success)}. Every
 * network wait of storescu is bounded by its own timeouts, and the process by {@link #await(Duration)}.
 */
final class StorescuRun implements AutoCloseable {

    private final List<String> command;
    private final Path log;
    private final Process process;

    private StorescuRun(List<String> command, Path log) throws IOException {
        this.command = command;
        this.log = log;
        this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    /** Starts {@code storescu -v ... 127.0.0.1 PORT FILES}, its output going to {@code log}. */
    static StorescuRun start(int port, List<Path> files, Path log) {
        List<String> command = new ArrayList<>(List.of(Dcmtk.tool("storescu").toString(), "-v", "-aet", "FAULTS",
                "-to", "10", "-ta", "10", "-td", "30", "127.0.0.1", Integer.toString(port)));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        try {
            Files.createDirectories(log.getParent());
            return new StorescuRun(List.copyOf(command), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        }
    }

    /** Waits until storescu ends and returns its exit code; a test failure if it runs longer than {@code timeout}. */
    int await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                fail("storescu did not end within " + timeout + ":\n" + output());
            }
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for storescu", e);
        }
        return process.exitValue();
    }

    /** The files storescu reported as stored, in the order sent (read its output after it ended). */
    Set<Path> stored() {
        Set<Path> stored = new LinkedHashSet<>();
        Path current = null;
        for (String line : output().split("\n")) {
            int at = line.indexOf("Sending file: ");
            if (at >= 0) {
                current = Path.of(line.substring(at + "Sending file: ".length()).strip());
            } else if (line.contains("Received Store Response (Success)") && current != null) {
                stored.add(current);
                current = null;
            }
        }
        return stored;
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return String.join(" ", command.subList(0, Math.min(command.size(), 12))) + " ...";
    }
}
