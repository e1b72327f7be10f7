package io.github.cameldicom.receiver.it.fault;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.cameldicom.receiver.it.fault.Instances.Digest;
import io.github.cameldicom.receiver.it.fault.Instances.Instance;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a receiver left on disk: the files under final names in its output directory, the hidden ones there (a name
 * component starting with {@code .}: temporary files such as {@code .NAME.part}, the receiver's spool files), and
 * every file in another directory where it may keep temporary files: its {@code java.io.tmpdir}, or a spool directory
 * set elsewhere. No file naming is assumed but the leading {@code .} of hidden files.
 *
 * @param finals        files under final names, by path relative to the output directory
 * @param hidden        hidden files under the output directory, relative paths
 * @param inTmpDir      files under the receiver's java.io.tmpdir (or other temporary directory), relative paths
 */
record StoredTree(SortedMap<String, Path> finals, List<String> hidden, List<String> inTmpDir) {

    /** The modality prefix dcmrecv gives Secondary Capture Image Storage instances. */
    static final String PREFIX = "SC";

    static StoredTree scan(Path output, Path tmpDir) {
        SortedMap<String, Path> finals = new TreeMap<>();
        List<String> hidden = new ArrayList<>();
        for (Path file : files(output)) {
            String relative = relative(output, file);
            if (isHidden(output.relativize(file))) {
                hidden.add(relative);
            } else {
                finals.put(relative, file);
            }
        }
        List<String> inTmpDir = files(tmpDir).stream().map(f -> relative(tmpDir, f)).toList();
        return new StoredTree(finals, List.copyOf(hidden), inTmpDir);
    }

    /** Whether any temporary or spool file is left, in the output directory or in java.io.tmpdir. */
    boolean hasLeftovers() {
        return !hidden.isEmpty() || !inTmpDir.isEmpty();
    }

    int leftoverCount() {
        return hidden.size() + inTmpDir.size();
    }

    /**
     * Checks every file under a final name: named {@code SC.<uid>} for an instance that was sent, holding exactly that
     * instance's data set, one file per instance. Returns the instances found, by SOP Instance UID. Anything else is a
     * test failure naming the file.
     */
    Map<String, String> verifyFinals(Map<String, Instance> sent) {
        return verifyFinals(sent, new Digests());
    }

    /** {@link #verifyFinals(Map)}, reading only the files that changed since {@code digests} read them. */
    Map<String, String> verifyFinals(Map<String, Instance> sent, Digests digests) {
        Map<String, String> found = new HashMap<>();
        for (Map.Entry<String, Path> entry : finals.entrySet()) {
            String name = entry.getValue().getFileName().toString();
            if (!name.startsWith(PREFIX + ".")) {
                fail("unexpected file under a final name: " + entry.getKey());
            }
            String uid = name.substring(PREFIX.length() + 1);
            Instance instance = sent.get(uid);
            if (instance == null) {
                fail(entry.getKey() + " is under a final name but names no instance that was sent");
            }
            Digest stored;
            try {
                stored = digests.of(entry.getValue());
            } catch (AssertionError e) {
                throw new AssertionError(entry.getKey() + " is under a final name but is no complete Part 10 file: "
                                         + e.getMessage(), e);
            }
            if (!Instances.sameDataSet(stored, instance)) {
                fail(entry.getKey() + " is under a final name but its data set is not the one sent: " + stored.length()
                     + " bytes, SHA-256 " + stored.sha256() + "; sent " + instance.dataSetLength() + " bytes, SHA-256 "
                     + instance.dataSetDigest());
            }
            String previous = found.put(uid, entry.getKey());
            if (previous != null) {
                fail(uid + " is stored twice: " + previous + " and " + entry.getKey());
            }
        }
        return found;
    }

    /**
     * Data set digests of files, each read again only when its size, modification time or file key (inode) changed:
     * trees that grow round after round are not read whole each time.
     */
    static final class Digests {

        private record Key(Object fileKey, long size, FileTime modified) {
        }

        private final Map<Path, Key> keys = new HashMap<>();
        private final Map<Path, Digest> digests = new HashMap<>();

        Digest of(Path file) {
            Key key;
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                key = new Key(a.fileKey(), a.size(), a.lastModifiedTime());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!key.equals(keys.get(file))) {
                digests.put(file, Instances.dataSetDigest(file));
                keys.put(file, key);
            }
            return digests.get(file);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path component : relative) {
            if (component.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        // a temporary file renamed or deleted while the tree is walked (the receiver still runs): walk again
        for (int attempt = 1; ; attempt++) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> !Files.isDirectory(p)).forEach(files::add);
                return files;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException) || attempt == 100) {
                    throw e;
                }
            } catch (NoSuchFileException e) {
                if (attempt == 100) {
                    throw new UncheckedIOException(e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    @Override
    public String toString() {
        return finals.size() + " final, hidden " + hidden + ", in java.io.tmpdir " + inTmpDir;
    }
}
