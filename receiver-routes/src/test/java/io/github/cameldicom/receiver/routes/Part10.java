package io.github.cameldicom.receiver.routes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import io.github.cameldicom.data.Part10Reader;

/** Comparisons of a sent file with what a route stored. */
final class Part10 {

    private static final Pattern LENGTH = Pattern.compile("#\\s*(u/l|\\d+),");

    private Part10() {
    }

    /** SHA-256 of the data set after the file meta information, streamed. */
    static String dataSetDigest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return dataSetDigest(in);
        }
    }

    static String dataSetDigest(InputStream stream) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        InputStream in = new BufferedInputStream(stream, 1 << 16);
        Part10Reader.open(in);
        new DigestInputStream(in, sha).transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(sha.digest());
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
