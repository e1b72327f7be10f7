package io.github.cameldicom.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** Real-world DICOM files shipped by Debian's python3-pydicom, used as test input nobody here wrote. */
public final class Samples {

    public static final Path PYDICOM_TEST_FILES =
            Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    private Samples() {
    }

    /** A named pydicom test file, or a test failure saying how to install it. */
    public static Path pydicom(String name) {
        Path p = PYDICOM_TEST_FILES.resolve(name);
        if (!Files.isRegularFile(p)) {
            fail(p + " not found. " + Dcmtk.INSTALL_HINT);
        }
        return p;
    }

    /** Every pydicom test file that is a Part 10 file ("DICM" at offset 128). */
    public static List<Path> allPydicomPart10() {
        if (!Files.isDirectory(PYDICOM_TEST_FILES)) {
            fail(PYDICOM_TEST_FILES + " not found. " + Dcmtk.INSTALL_HINT);
        }
        try (Stream<Path> files = Files.list(PYDICOM_TEST_FILES)) {
            return files.filter(Samples::isPart10).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static boolean isPart10(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (var in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(132);
            return head.length == 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C'
                   && head[131] == 'M';
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
