package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs DCMTK's command line tools, the peers and the reference of these tests (after the component's
 * {@code testing.Dcmtk}). A missing tool fails the test with the command that installs it: never skipped.
 */
final class Dcmtk {

    static final String INSTALL_HINT = "DCMTK is required for the integration tests: "
                                       + "apt-get update && apt-get install -y dcmtk python3-pydicom";

    /** The outcome of one tool run: exit code and interleaved stdout/stderr. */
    record Result(List<String> command, int exitCode, String output) {

        Result assertSuccess() {
            if (exitCode != 0) {
                fail(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    /**
     * A dcmdump of a Part 10 file, split into the file meta information (group 0002) and the data set.
     *
     * @param meta group 0002 lines, without the comments dcmdump adds
     * @param dataSet the data set lines, normalised as in {@link #dump(Path)}
     */
    record Dump(List<String> meta, List<String> dataSet) {

        /** The value of a group 0002 element, e.g. {@code 0002,0010}, or null. */
        String metaValue(String tag) {
            for (String line : meta) {
                if (line.startsWith("(" + tag + ")")) {
                    Matcher m = VALUE.matcher(line);
                    return m.find() ? trimmed(m.group(1)) : null;
                }
            }
            return null;
        }

        /** The SOP Instance UID (0008,0018) of the data set, or null. */
        String sopInstanceUid() {
            for (String line : dataSet) {
                if (line.startsWith("(0008,0018)")) {
                    Matcher m = VALUE.matcher(line);
                    return m.find() ? trimmed(m.group(1)) : null;
                }
            }
            return null;
        }
    }

    private static final Pattern VALUE = Pattern.compile("\\[([^\\]]*)\\]");

    /** A UID as a value: without the padding (space or NUL) some writers leave in it. */
    private static String trimmed(String value) {
        return value.replace("\0", "").strip();
    }
    private static final Pattern GROUP_LENGTH = Pattern.compile("^\\([0-9a-f]{4},0000\\)");
    /** dcmdump's trailing "# length, VM Name" comment. */
    private static final Pattern LENGTH_COMMENT = Pattern.compile("\\s+#\\s*(u/l|\\d+),\\s*\\d+\\s+\\S+\\s*$");
    private static final Pattern LENGTH_KIND = Pattern.compile("\\((Sequence|Item) with (explicit|undefined) length");

    private Dcmtk() {
    }

    /** The path of a DCMTK tool, or a test failure saying how to install DCMTK. */
    static Path tool(String name) {
        Path p = Path.of(System.getProperty("dcmtk.bin", "/usr/bin"), name);
        if (!Files.isExecutable(p)) {
            fail(name + " not found in " + p.getParent() + ". " + INSTALL_HINT);
        }
        return p;
    }

    /** Runs a tool, killing it after {@code timeout}. */
    static Result run(Duration timeout, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool(tool).toString());
        command.addAll(List.of(args));
        Path log = null;
        try {
            log = Files.createTempFile("dcmtk-" + tool, ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    fail(String.join(" ", command) + " did not finish within " + timeout + ":\n"
                         + Files.readString(log, StandardCharsets.ISO_8859_1));
                }
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
            return new Result(command, process.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException e) {
                    System.err.println("cannot delete " + log + ": " + e);
                }
            }
        }
    }

    /**
     * {@code dcmdump} of a Part 10 file. The data set is normalised so that it compares what the data set says, not
     * how it is encoded: no group lengths, no Data Set Trailing Padding, no item and sequence delimiters, no length
     * comments (DCMTK's SCUs re-encode sequences with explicit lengths).
     */
    static Dump dump(Path file) {
        String out = run(Duration.ofSeconds(60), "dcmdump", "-q", "+L", "-dc", "-Un", file.toString())
                .assertSuccess().output();
        List<String> meta = new ArrayList<>();
        List<String> dataSet = new ArrayList<>();
        for (String line : out.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String normal = LENGTH_KIND.matcher(LENGTH_COMMENT.matcher(line).replaceAll("")).replaceAll("$1")
                    .stripTrailing();
            if (t.startsWith("(0002,")) {
                meta.add(normal);
            } else if (!t.startsWith("(fffc,fffc)") && !t.startsWith("(fffe,e00d)") && !t.startsWith("(fffe,e0dd)")
                       && !GROUP_LENGTH.matcher(t).find()) {
                dataSet.add(normal);
            }
        }
        return new Dump(List.copyOf(meta), List.copyOf(dataSet));
    }
}
