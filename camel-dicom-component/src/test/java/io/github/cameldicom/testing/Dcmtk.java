package io.github.cameldicom.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs DCMTK's command line tools as interoperability peers. A missing tool fails the test with the command that
 * installs it: these tests must never be skipped.
 */
public final class Dcmtk {

    public static final String INSTALL_HINT = "DCMTK is required for the interoperability tests: "
                                              + "apt-get update && apt-get install -y dcmtk python3-pydicom";

    /** The outcome of one tool run: exit code and interleaved stdout/stderr. */
    public record Result(List<String> command, int exitCode, String output) {

        public Result assertSuccess() {
            if (exitCode != 0) {
                fail(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    private static final Pattern GROUP_LENGTH = Pattern.compile("^\\([0-9a-f]{4},0000\\)");
    /** dcmdump's trailing "# length, VM Name" comment. */
    private static final Pattern LENGTH_COMMENT = Pattern.compile("\\s+#\\s*(u/l|\\d+),\\s*\\d+\\s+\\S+\\s*$");
    private static final Pattern LENGTH_KIND = Pattern.compile("\\((Sequence|Item) with (explicit|undefined) length");

    private Dcmtk() {
    }

    /** The path of a DCMTK tool, or a test failure saying how to install DCMTK. */
    public static Path tool(String name) {
        String dir = System.getProperty("dcmtk.bin", "/usr/bin");
        Path p = Path.of(dir, name);
        if (!Files.isExecutable(p)) {
            fail(name + " not found in " + dir + ". " + INSTALL_HINT);
        }
        return p;
    }

    public static Result run(Duration timeout, String tool, String... args) {
        return run(timeout, Map.of(), tool, args);
    }

    /** Runs a tool with extra environment variables, killing it after {@code timeout}. */
    public static Result run(Duration timeout, Map<String, String> env, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool(tool).toString());
        command.addAll(List.of(args));
        Path log = null;
        Process process = null;
        try {
            log = Files.createTempFile("dcmtk-" + tool, ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
            process = pb.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + Files.readString(log));
            }
            return new Result(command, process.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
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
     * {@code dcmdump} of a file's data set in a form that compares what the data set says, not how a sender chose to
     * encode it: DCMTK's SCUs re-encode sequences and items with explicit lengths, drop group lengths and Data Set
     * Trailing Padding (FFFC,FFFC); the file meta information (group 0002) is the receiver's own.
     */
    public static String datasetDump(Path file) {
        String out = run(Duration.ofSeconds(60), "dcmdump", "-q", "+L", "-dc", "-Un", file.toString())
                .assertSuccess().output();
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("(0002,") || t.startsWith("(fffc,fffc)")
                || t.startsWith("(fffe,e00d)") || t.startsWith("(fffe,e0dd)") || GROUP_LENGTH.matcher(t).find()) {
                continue;
            }
            String normal = LENGTH_COMMENT.matcher(line).replaceAll("");
            normal = LENGTH_KIND.matcher(normal).replaceAll("$1");
            sb.append(normal.stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The Transfer Syntax UID (0002,0010) of a Part 10 file, as dcmdump reads it. */
    public static String transferSyntaxOf(Path file) {
        String out = run(Duration.ofSeconds(60), "dcmdump", "-q", "-M", "-Un", "+P", "0002,0010", file.toString())
                .assertSuccess().output();
        int open = out.indexOf('[');
        int close = out.indexOf(']', open);
        if (open < 0 || close < 0) {
            fail("no transfer syntax in dcmdump output of " + file + ":\n" + out);
        }
        return out.substring(open + 1, close).replace("\0", "").trim();
    }
}
