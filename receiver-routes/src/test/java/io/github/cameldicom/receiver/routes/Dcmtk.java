package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DCMTK's tools as the peers of the route tests: storescu sends, dcmdump reads the UIDs a test expects. A missing
 * tool fails the test with the command that installs it; these tests never skip.
 */
final class Dcmtk {

    static final String INSTALL_HINT = "DCMTK is required: apt-get update && apt-get install -y dcmtk python3-pydicom";
    static final Path PYDICOM_FILES = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    private static final Pattern ELEMENT = Pattern.compile("^\\(([0-9a-f]{4},[0-9a-f]{4})\\) \\w\\w \\[([^\\]]*)\\]");

    /** The outcome of one tool run: exit code and stdout and stderr interleaved. */
    record Result(List<String> command, int exitCode, String output) {

        Result assertSuccess() {
            if (exitCode != 0) {
                fail(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }

        /** The statuses of storescu's Store Responses, in order, e.g. {@code 0x0000}, {@code 0xa700}. */
        List<String> storeStatuses() {
            List<String> statuses = new ArrayList<>();
            Matcher m = Pattern.compile("DIMSE Status\\s*:\\s*(0x[0-9a-fA-F]{4})").matcher(output);
            while (m.find()) {
                statuses.add(m.group(1).toLowerCase());
            }
            return statuses;
        }
    }

    private Dcmtk() {
    }

    static Path tool(String name) {
        Path p = Path.of(System.getProperty("dcmtk.bin", "/usr/bin"), name);
        if (!Files.isExecutable(p)) {
            fail(name + " not found in " + p.getParent() + ". " + INSTALL_HINT);
        }
        return p;
    }

    /** A pydicom sample file; fails with the install hint when python3-pydicom is missing. */
    static Path sample(String name) {
        Path p = PYDICOM_FILES.resolve(name);
        if (!Files.isRegularFile(p)) {
            fail(p + " not found. " + INSTALL_HINT);
        }
        return p;
    }

    static Result run(Duration timeout, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool(tool).toString());
        command.addAll(List.of(args));
        Path log = null;
        try {
            log = Files.createTempFile("dcmtk-" + tool, ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + Files.readString(log));
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
                } catch (IOException ignored) {
                    // a temporary log file left behind
                }
            }
        }
    }

    /**
     * storescu with debug output (one "DIMSE Status" line per response), proposing uncompressed syntaxes; the
     * files are sent in one association to AE title DCMRECV at 127.0.0.1:port, each even if one before failed.
     */
    static Result storescu(int port, Path... files) {
        List<String> args = new ArrayList<>(List.of("-d", "-nh", "-aec", "DCMRECV", "-aet", "STORESCU", "127.0.0.1",
                Integer.toString(port)));
        for (Path f : files) {
            args.add(f.toString());
        }
        return run(Duration.ofSeconds(120), "storescu", args.toArray(String[]::new));
    }

    /** Elements of the data set (and file meta information) as dcmdump prints them: tag "gggg,eeee" to value. */
    static Map<String, String> elements(Path file, String... tags) {
        List<String> args = new ArrayList<>(List.of("-q", "-M", "-Un"));
        for (String tag : tags) {
            args.add("+P");
            args.add(tag);
        }
        args.add(file.toString());
        String out = run(Duration.ofSeconds(30), "dcmdump", args.toArray(String[]::new)).assertSuccess().output();
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            Matcher m = ELEMENT.matcher(line.strip());
            if (m.find()) {
                values.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return values;
    }

    /** The study, series and SOP instance UIDs and the SOP class UID of a file, as dcmdump reads them. */
    record Uids(String study, String series, String sopInstance, String sopClass) {

        static Uids of(Path file) {
            Map<String, String> e = elements(file, "0020,000d", "0020,000e", "0008,0018", "0008,0016");
            return new Uids(e.get("0020,000d"), e.get("0020,000e"), e.get("0008,0018"), e.get("0008,0016"));
        }

        String defaultKey() {
            return study + "/" + series + "/" + sopInstance + ".dcm";
        }
    }
}
