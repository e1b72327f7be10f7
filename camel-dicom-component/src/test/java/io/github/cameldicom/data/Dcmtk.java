package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs DCMTK command-line tools for interop tests. DCMTK must be installed: these tests fail, never skip, without it.
 */
final class Dcmtk {

    /** Where Debian's python3-pydicom keeps its sample files. */
    static final Path PYDICOM_TEST_FILES = Paths.get("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    /** Where Debian's dcmtk package keeps its association profile example. */
    static final Path STORESCP_CFG = Paths.get("/etc/dcmtk/storescp.cfg");

    private static final long TIMEOUT_SECONDS = 60;

    private Dcmtk() {
    }

    /** Runs a DCMTK tool and returns its standard output; fails the test on a non-zero exit or a timeout. */
    static String run(String tool, String... args) throws IOException, InterruptedException {
        Path executable = Paths.get(System.getProperty("dcmtk.bin", "/usr/bin")).resolve(tool);
        if (!Files.isExecutable(executable)) {
            fail(executable + " not found: install DCMTK: apt-get install -y dcmtk");
        }
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("dcmtk", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String text = Files.readString(output, StandardCharsets.ISO_8859_1);
            if (process.exitValue() != 0) {
                fail(command + " exited with " + process.exitValue() + ":\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** A pydicom sample file; fails the test when python3-pydicom is not installed. */
    static Path pydicomFile(String name) {
        Path file = PYDICOM_TEST_FILES.resolve(name);
        assertTrue(Files.isRegularFile(file),
                file + " not found: install the sample files: apt-get install -y python3-pydicom");
        return file;
    }
}
