package io.github.cameldicom.receiver;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs DCMTK's own dcmrecv, the reference our command line is compared with. DCMTK must be installed: tests that use
 * it fail, never skip, without it. Command lines given to it should fail before it listens; one that does not is
 * killed after {@link #TIMEOUT_SECONDS} and fails the test.
 */
final class RealDcmrecv {

    static final long TIMEOUT_SECONDS = 20;

    /** What dcmrecv printed and how it ended. */
    record Outcome(int exitCode, String standardOutput, String standardError) {

        /** The first {@code error: ...} line of standard error, or empty text when there is none. */
        String errorLine() {
            return firstLineStartingWith(standardError, "error: ");
        }

        /** The first {@code F: ...} line of standard error without its prefix, or empty text. */
        String fatalMessage() {
            String line = firstLineStartingWith(standardError, "F: ");
            return line.isEmpty() ? "" : line.substring(3);
        }

        /** The {@code I: ...} lines, with the executable's path replaced by the plain program name. */
        List<String> infoLines() {
            return standardError.lines().filter(line -> line.startsWith("I: ")).toList();
        }
    }

    private RealDcmrecv() {
    }

    static Path executable() {
        Path executable = Path.of(System.getProperty("dcmtk.bin", "/usr/bin")).resolve("dcmrecv");
        if (!Files.isExecutable(executable)) {
            fail(executable + " not found: install DCMTK: apt-get install -y dcmtk");
        }
        return executable;
    }

    /** Runs dcmrecv in a working directory; the program name in its output is replaced by {@code dcmrecv}. */
    static Outcome run(Path workingDirectory, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(args);
        Path out = Files.createTempFile(workingDirectory, "dcmrecv", ".out");
        Path err = Files.createTempFile(workingDirectory, "dcmrecv", ".err");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail(command + " did not end within " + TIMEOUT_SECONDS + " s: it accepted the command line");
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        return new Outcome(process.exitValue(), read(out), read(err));
    }

    /** A port nothing listens on at the moment, for command lines that should never get to listening anyway. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        Files.delete(file);
        return text.replace(executable().toString(), ProgramInfo.NAME);
    }

    private static String firstLineStartingWith(String text, String prefix) {
        return text.lines().filter(line -> line.startsWith(prefix)).findFirst().orElse("");
    }
}
