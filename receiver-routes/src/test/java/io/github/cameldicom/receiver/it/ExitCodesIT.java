package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.receiver.it.Receiver.Kind;
import io.github.cameldicom.receiver.it.Receiver.Outcome;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar ends with dcmrecv's exit codes ({@code man dcmrecv}, EXIT CODES) and says why on standard error
 * in dcmrecv's words and layout ({@code error: ...} for the command line, {@code F: ...} for start-up failures),
 * compared with the installed dcmrecv given the same command line in the same situation.
 */
class ExitCodesIT {

    private static final String STORESCP_CFG = "/etc/dcmtk/storescp.cfg";

    @TempDir
    Path work;

    @Test
    void helpAndVersionEndWithZero() {
        for (String option : List.of("-h", "--version")) {
            Outcome ours = run(Kind.JAR, option);
            Outcome theirs = run(Kind.DCMRECV, option);
            assertAll(option,
                    () -> assertEquals(0, theirs.exitCode(), "dcmrecv " + option),
                    () -> assertEquals(0, ours.exitCode(), "jar " + option + ":\n" + ours.standardError()),
                    () -> assertTrue(ours.standardOutput().contains("dcmrecv"), ours.standardOutput()),
                    () -> assertEquals("", ours.standardError()));
        }
        assertTrue(run(Kind.JAR, "-h").standardOutput().contains("usage: dcmrecv [options] port"));
    }

    @Test
    void aSyntaxErrorEndsWithOneAndDcmrecvsMessage() {
        for (List<String> args : List.of(List.of("--foo", "104"), List.of("-pdu", "100", "104"), List.of("abc"))) {
            Outcome ours = run(Kind.JAR, args);
            Outcome theirs = run(Kind.DCMRECV, args);
            assertAll(args.toString(),
                    () -> assertEquals(1, theirs.exitCode()),
                    () -> assertEquals(1, ours.exitCode()),
                    // all but the first line, which names the program and its version
                    () -> assertEquals(afterFirstLine(theirs.standardError()), afterFirstLine(ours.standardError())));
        }
    }

    @Test
    void aMissingOutputDirectoryEndsWith45() {
        String missing = work.resolve("missing").toString();
        for (List<String> args : List.of(List.of("-od", missing, "104"), List.of("-q", "-od", missing, "104"))) {
            Outcome ours = run(Kind.JAR, args);
            Outcome theirs = run(Kind.DCMRECV, args);
            assertAll(args.toString(),
                    () -> assertEquals(45, theirs.exitCode()),
                    () -> assertEquals(45, ours.exitCode()),
                    // the Verification-only warning, then the fatal error; with -q the fatal error only
                    () -> assertEquals(theirs.standardError(), ours.standardError()));
        }
    }

    @Test
    void aPortInUseEndsWith64() throws IOException {
        try (ServerSocket blocker = new ServerSocket(0)) {
            String port = Integer.toString(blocker.getLocalPort());
            List<String> args = List.of("-od", work.toString(), "-xf", STORESCP_CFG, "default", port);
            Outcome ours = run(Kind.JAR, args);
            Outcome theirs = run(Kind.DCMRECV, args);
            String prefix = "F: cannot start SCP and listen on port " + port + ": ";
            assertAll(
                    () -> assertEquals(64, theirs.exitCode()),
                    () -> assertEquals(64, ours.exitCode(), ours.standardError()),
                    () -> assertEquals(List.of(prefix + "TCP Initialization Error: Address already in use"),
                            theirs.errorLines("F: ")),
                    () -> assertEquals(List.of(prefix + "Address already in use"), ours.errorLines("F: "),
                            ours.standardError()),
                    () -> assertTrue(ours.standardError().lines().noneMatch(line -> line.contains("Exception")),
                            "no stack trace:\n" + ours.standardError()));
        }
    }

    @Test
    void anInvalidProfileFileEndsWith66() throws IOException {
        Path invalid = Files.writeString(work.resolve("invalid.cfg"), "garbage\n[[x\n");
        assertProfileFailure(invalid.toString(), "default");
    }

    @Test
    void aMissingProfileFileEndsWith66() {
        assertProfileFailure(work.resolve("missing.cfg").toString(), "default");
    }

    @Test
    void anUnknownProfileNameEndsWith66() {
        assertProfileFailure(STORESCP_CFG, "nosuchprofile");
    }

    /** Exit code 66, and a fatal error in dcmrecv's words; what DCMTK and we say about the file itself differs. */
    private void assertProfileFailure(String file, String profile) {
        List<String> args = List.of("-od", work.toString(), "-xf", file, profile, "104");
        Outcome ours = run(Kind.JAR, args);
        Outcome theirs = run(Kind.DCMRECV, args);
        String prefix = "F: cannot load association configuration: ";
        assertAll(
                () -> assertEquals(66, theirs.exitCode()),
                () -> assertEquals(66, ours.exitCode(), ours.standardError()),
                () -> assertEquals(1, theirs.errorLines(prefix).size(), theirs.standardError()),
                () -> assertEquals(1, ours.errorLines(prefix).size(), ours.standardError()),
                () -> assertEquals(List.of(), ours.errorLines("W: "), "no Verification-only warning with -xf"));
    }

    private static List<String> afterFirstLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? lines : lines.subList(1, lines.size());
    }

    private Outcome run(Kind kind, String... args) {
        return run(kind, List.of(args));
    }

    private Outcome run(Kind kind, List<String> args) {
        List<String> arguments = new ArrayList<>(args);
        return Receiver.run(kind, work.resolve(kind.name().toLowerCase() + "-" + System.nanoTime()), arguments);
    }
}
