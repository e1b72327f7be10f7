package io.github.cameldicom.testing;

import io.github.cameldicom.data.Part10Reader;

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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks on received Part 10 files, for the component tests (the interop tests keep their own). */
public final class DataSetAssertions {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern SOP_INSTANCE = Pattern.compile("\\(0008,0018\\) UI \\[([0-9.]+)\\]");

    private DataSetAssertions() {
    }

    /**
     * The received copy holds the data set the SCU sent. DCMTK's SCUs write a data set through the same code as
     * dcmconv, which normalises some values and encodings; the source is therefore compared after the same pass.
     */
    public static void assertSameDataSet(Path source, Path copy) throws IOException {
        assertTrue(Files.exists(copy), "not received: " + copy);
        Path reference = Files.createTempFile("reference", ".dcm");
        try {
            Dcmtk.run(TIMEOUT, "dcmconv", source.toString(), reference.toString()).assertSuccess();
            List<String> expected = List.of(Dcmtk.datasetDump(reference).split("\n"));
            List<String> actual = List.of(Dcmtk.datasetDump(copy).split("\n"));
            if (!expected.equals(actual)) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(actual);
                List<String> extra = new ArrayList<>(actual);
                extra.removeAll(expected);
                assertEquals(expected, actual, "data set of " + copy + " differs from " + source + "; only in source: "
                        + missing.stream().limit(10).toList() + "; only in copy: " + extra.stream().limit(10).toList());
            }
        } finally {
            Files.deleteIfExists(reference);
        }
    }

    /** SOP Instance UID (0008,0018) of a file, as dcmdump reads it; null when absent. */
    public static String sopInstanceUid(Path file) {
        String out = Dcmtk.run(TIMEOUT, "dcmdump", "-q", "-M", "+P", "0008,0018", file.toString()).output();
        Matcher m = SOP_INSTANCE.matcher(out);
        return m.find() ? m.group(1) : null;
    }

    /** SHA-256 of the data set after the file meta information, streamed. */
    public static String dataSetDigest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return dataSetDigest(in);
        }
    }

    /** SHA-256 of the data set of a Part 10 stream (e.g. an object downloaded from a store), streamed. */
    public static String dataSetDigest(InputStream part10) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        InputStream dataSet = Part10Reader.open(new BufferedInputStream(part10, 1 << 16)).dataSet();
        new DigestInputStream(dataSet, sha).transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The regular files under a directory, recursively; an absent directory holds none. */
    public static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
