package io.github.cameldicom.receiver.routes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import io.github.cameldicom.testing.Dcmtk;

/**
 * Comparisons of a sent file with what a route stored, as dcmdump reads them (digests of the data set bytes:
 * {@code testing.DataSetAssertions.dataSetDigest}).
 */
final class Part10 {

    private static final Pattern LENGTH = Pattern.compile("#\\s*(u/l|\\d+),");

    private Part10() {
    }

    /**
     * The data set as dcmdump prints it, without the file meta information and the encoded lengths: what a DICOM
     * reader sees in the file. (storescu re-encodes what it sends: it drops Data Set Trailing Padding and may
     * compute sequence lengths anew.)
     */
    static List<String> dataSetDump(Path file) {
        return Dcmtk.run(Duration.ofSeconds(30), "dcmdump", "-q", "-Un", file.toString()).assertSuccess().output()
                .lines().filter(line -> !line.startsWith("(0002,") && !line.startsWith("#")
                        && !line.startsWith("(fffc,fffc)") && !line.isBlank())
                .map(line -> LENGTH.matcher(line).replaceFirst("#")).toList();
    }

    /** Both files hold the same data set, as dcmdump reads them; on failure, the first lines that differ. */
    static void assertSameDataSet(Path expected, Path actual) {
        List<String> e = dataSetDump(expected);
        List<String> a = dataSetDump(actual);
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "(end)";
            String al = i < a.size() ? a.get(i) : "(end)";
            if (!el.equals(al)) {
                throw new AssertionError("data sets of " + expected + " and " + actual + " differ at line " + (i + 1)
                        + ":\n  expected " + el + "\n  actual   " + al);
            }
        }
    }
}
