package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cameldicom.receiver.it.SideBySide.Received;
import io.github.cameldicom.receiver.it.SideBySide.Round;
import io.github.cameldicom.receiver.it.SideBySide.Sender;
import io.github.cameldicom.receiver.it.SideBySide.Spec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar and DCMTK's dcmrecv receive the same samples (every transfer syntax family, Series Date valid, empty,
 * absent and invalid), both with {@code -xf /etc/dcmtk/storescp.cfg default}, for each naming, subdirectory and
 * storage mode option, from storescu and then from dcmsend (one start of each receiver per option set, one round per
 * sender). In each round the output trees must have the same paths (exactly, or the same shape where names are
 * random or time-based), and each pair of files the same data set and the same file meta information but for the
 * implementation's own class UID and version name; with {@code +B}, the same data set bytes.
 */
class OutputTreeIT {

    private static final List<String> PROFILE = List.of("-xf", "/etc/dcmtk/storescp.cfg", "default");
    /** dcmrecv's modality prefixes for the samples' SOP classes. */
    private static final String PREFIX = "(CT|MR|SC)";
    private static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";
    /** Implicit VR Little Endian and Explicit VR Big Endian: dcmsend converts them if the receiver prefers another. */
    private static final Set<String> OTHER_UNCOMPRESSED = Set.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.2");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    @TempDir
    static Path inputDirectory;

    private static List<Path> inputs;
    /** The samples by SOP Instance UID: what was sent. */
    private static Map<String, Dump> sent;

    @TempDir
    Path work;

    @BeforeAll
    static void samples() {
        inputs = Samples.mixedSet(inputDirectory);
        sent = new HashMap<>();
        for (Path input : inputs) {
            Dump dump = Dump.of(input);
            assertEquals(null, sent.put(dump.sopInstanceUid(), dump), "two samples with one SOP Instance UID");
        }
    }

    @Test
    void defaultNamesAreTheSame() {
        for (Round round : receive(jar("+fd", "-s", "-B"), dcmrecv("+fd", "-s", "-B"))) {
            List<Received> r = round.received();
            assertEquals(r.get(1).files().keySet(), r.get(0).files().keySet(), round.sender() + ": +fd output trees");
            r.get(0).files().keySet().forEach(path -> assertMatches(PREFIX + "\\.[0-9.]+", path));
            assertSameFiles(r.get(0), r.get(1));
        }
    }

    @Test
    void uniqueNamesHaveTheSameShape() {
        Pattern name = Pattern.compile(PREFIX + "\\.X\\.([0-9.]+)");
        for (Round round : receive(jar("+fu"), dcmrecv("+fu"))) {
            List<Received> r = round.received();
            assertAllMatch(r, name);
            assertSameShapes(r, name, "$1.X.<uid>");
            for (String path : r.get(0).files().keySet()) {
                // ours: a UUID-derived UID under 2.25 (PS3.5 §B.2), dcmrecv's: one under DCMTK's root
                String uid = path.substring(path.indexOf(".X.") + 3);
                assertMatches("2\\.25\\.(0|[1-9][0-9]*)", uid);
                assertTrue(uid.length() <= 64, "UID longer than 64 characters: " + uid);
            }
            assertSameFiles(r.get(0), r.get(1));
        }
    }

    @Test
    void shortUniqueNamesWithExtensionHaveTheSameShape() {
        Pattern name = Pattern.compile(PREFIX + "_[0-9a-f]{16}\\.dcm");
        for (Round round : receive(jar("+fsu", "-fe", ".dcm"), dcmrecv("+fsu", "-fe", ".dcm"))) {
            List<Received> r = round.received();
            assertAllMatch(r, name);
            assertSameShapes(r, name, "$1_<16 hex digits>.dcm");
            assertSameFiles(r.get(0), r.get(1));
        }
    }

    @Test
    void systemTimeNamesHaveTheSameShapeAndTime() {
        LocalDateTime before = LocalDateTime.now().withNano(0).minusMinutes(1);
        List<Round> rounds = receive(jar("+fst"), dcmrecv("+fst"));
        LocalDateTime after = LocalDateTime.now().plusMinutes(1);
        Pattern name = Pattern.compile("(\\d{14})\\.(\\d{6})\\." + PREFIX);
        for (Round round : rounds) {
            List<Received> r = round.received();
            assertAllMatch(r, name);
            assertSameShapes(r, name, "<YYYYMMDDhhmmss>.<microseconds>.$3");
            for (Received received : r) {
                for (String path : received.files().keySet()) {
                    Matcher m = name.matcher(path);
                    assertTrue(m.matches(), path);
                    LocalDateTime time = LocalDateTime.parse(m.group(1), TIME);
                    assertTrue(!time.isBefore(before) && !time.isAfter(after),
                            received + ": " + path + " is not a local time of this run");
                }
            }
            assertSameFiles(r.get(0), r.get(1));
        }
    }

    @Test
    void seriesDateSubdirectoriesAreTheSame() {
        LocalDate before = LocalDate.now();
        List<Round> rounds = receive(jar("+ssd", "-fe", ".dcm"), dcmrecv("+ssd", "-fe", ".dcm"));
        LocalDate after = LocalDate.now();
        Pattern path = Pattern.compile("(data/\\d{4}/\\d{2}/\\d{2}|undef/(\\d{8}))/" + PREFIX + "\\.[0-9.]+\\.dcm");
        for (Round round : rounds) {
            List<Received> r = round.received();
            assertAllMatch(r, path);
            for (Received received : r) {
                for (String p : received.files().keySet()) {
                    Matcher m = path.matcher(p);
                    if (m.matches() && m.group(2) != null) {
                        LocalDate today = LocalDate.parse(m.group(2), DATE);
                        assertTrue(!today.isBefore(before) && !today.isAfter(after), received + ": " + p);
                    }
                }
            }
            // exactly the same paths, but for the date of the day (which could change between the two)
            assertSameShapes(r, Pattern.compile("undef/\\d{8}/(.*)"), "undef/<today>/$1");
            // two samples have a valid Series Date; empty, absent and invalid ones go to undef/
            assertEquals(List.of("data/1997/04/30/CT.1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322.dcm",
                            "data/1997/08/06/SC.1.3.6.1.4.1.5962.1.1.8.1.3.20040826185059.5457.dcm"),
                    r.get(0).files().keySet().stream().filter(p -> p.startsWith("data/")).toList(),
                    round.sender() + ": files in data/");
            assertSameFiles(r.get(0), r.get(1));
        }
    }

    @Test
    void bitPreservingStoresTheSameBytes() {
        for (Round round : receive(jar("+B"), dcmrecv("+B"))) {
            List<Received> r = round.received();
            assertEquals(r.get(1).files().keySet(), r.get(0).files().keySet(), round.sender() + ": +B output trees");
            assertSameFiles(r.get(0), r.get(1));
            for (String path : r.get(1).files().keySet()) {
                assertSameBytes(r.get(0).files().get(path), r.get(1).files().get(path));
            }
        }
    }

    @Test
    void ignoreStoresNothing() {
        for (Round round : receive(jar("--ignore"), dcmrecv("--ignore"))) {
            for (Received received : round.received()) {
                assertTrue(received.sent().output().lines().noneMatch(line -> line.matches("[WEF]: .*")),
                        received + ": the sender reported a problem:\n" + received.sent().output());
                assertEquals(Map.of(), received.files(), received + " stored files");
            }
        }
    }

    /**
     * dcmrecv refuses {@code +B} with {@code +ssd}; the jar reads the Series Date while the data set streams into
     * its file. Its tree must be dcmrecv's {@code +ssd} tree, its data set bytes those of dcmrecv's {@code +B}.
     */
    @Test
    void bitPreservingWithSeriesDateSubdirectoriesOursOnly() {
        Receiver.Outcome refused = Receiver.run(Receiver.Kind.DCMRECV, work.resolve("refused"),
                List.of("+B", "+ssd", "104"));
        assertEquals(1, refused.exitCode(), refused.standardError());
        assertEquals(List.of("error: --bit-preserving not allowed with --series-date-subdir"),
                refused.errorLines("error: "));

        for (Round round : receive(jar("+B", "+ssd"), dcmrecv("+ssd"), dcmrecv("+B"))) {
            List<Received> r = round.received();
            Received ours = r.get(0);
            assertSameShapes(r.subList(0, 2), Pattern.compile("undef/\\d{8}/(.*)"), "undef/<today>/$1");
            Map<String, Path> bitPreserved = r.get(2).files();
            for (Map.Entry<String, Path> file : ours.files().entrySet()) {
                String name = file.getKey().substring(file.getKey().lastIndexOf('/') + 1);
                assertTrue(bitPreserved.containsKey(name), round.sender() + ": " + name + " not stored by dcmrecv +B: "
                                                           + bitPreserved.keySet());
                assertSameBytes(file.getValue(), bitPreserved.get(name));
            }
            assertSameFiles(ours, r.get(1));
        }
    }

    /**
     * One start of the receivers, one round per sender (storescu, then dcmsend); every sender must succeed and,
     * unless the receivers ignore data sets, every receiver store every input once.
     */
    private List<Round> receive(Spec... specs) {
        List<Round> rounds = SideBySide.receive(work,
                List.of(SideBySide.storescu(inputs), SideBySide.dcmsend(inputs)), specs);
        assertEquals(List.of("storescu", "dcmsend"), rounds.stream().map(round -> round.sender().name()).toList());
        for (Round round : rounds) {
            for (Received r : round.received()) {
                r.sent().assertSuccess();
                if (!r.spec().options().contains("--ignore")) {
                    assertEquals(inputs.size(), r.files().size(), r + " stored " + r.files().keySet());
                }
            }
        }
        return rounds;
    }

    private static Spec jar(String... options) {
        return Spec.jar(withProfile(options));
    }

    private static Spec dcmrecv(String... options) {
        return Spec.dcmrecv(withProfile(options));
    }

    private static String[] withProfile(String... options) {
        List<String> all = new ArrayList<>(PROFILE);
        all.addAll(List.of(options));
        return all.toArray(String[]::new);
    }

    private static void assertAllMatch(List<Received> trees, Pattern pattern) {
        trees.forEach(t -> t.files().keySet().forEach(p -> assertMatches(pattern.pattern(), p)));
    }

    /**
     * The trees have the same paths once the variable parts of those that match {@code pattern} are replaced by
     * placeholders (compared as sorted lists: each name once per instance).
     */
    private static void assertSameShapes(List<Received> trees, Pattern pattern, String replacement) {
        List<String> reference = null;
        for (Received tree : trees) {
            List<String> shapes = new ArrayList<>();
            for (String path : tree.files().keySet()) {
                Matcher m = pattern.matcher(path);
                shapes.add(m.matches() ? m.replaceAll(replacement) : path);
            }
            shapes.sort(null);
            if (reference == null) {
                reference = shapes;
            } else {
                assertEquals(reference, shapes, "output tree of " + tree + " compared with " + trees.get(0));
            }
        }
    }

    /**
     * The files of two trees, paired by SOP Instance UID: the same data set (as dcmdump shows it), the same file
     * meta information but for group length, Implementation Class UID and Implementation Version Name, and the
     * transfer syntax the sample was sent in.
     */
    private static void assertSameFiles(Received ours, Received theirs) {
        Map<String, Dump> o = dumpsByInstance(ours);
        Map<String, Dump> t = dumpsByInstance(theirs);
        assertEquals(t.keySet(), o.keySet(), "instances stored by " + ours + " and " + theirs);
        assertEquals(sent.keySet(), o.keySet(), "instances sent and stored by " + ours);
        for (String uid : o.keySet()) {
            Dump mine = o.get(uid);
            Dump reference = t.get(uid);
            assertSameLines(reference.dataSet(), mine.dataSet(), "data set of " + uid + ", " + ours + " vs " + theirs);
            assertSameLines(comparableMeta(reference), comparableMeta(mine),
                    "file meta information of " + uid + ", " + ours + " vs " + theirs);
            for (String tag : List.of("0002,0002", "0002,0003", "0002,0010")) {
                assertTrue(mine.metaValue(tag) != null, "(" + tag + ") missing in " + uid + " of " + ours);
            }
            assertEquals(uid, mine.metaValue("0002,0003"), "Media Storage SOP Instance UID");
            // Source AE Title: dcmrecv writes it with +B only, we always do; it must name the sender
            assertEquals(ours.sender().callingAeTitle(), mine.metaValue("0002,0016"),
                    "Source Application Entity Title of " + uid + ", " + ours);
            if (reference.metaValue("0002,0016") != null) {
                assertEquals(reference.metaValue("0002,0016"), mine.metaValue("0002,0016"));
            }
            assertEquals(networkTransferSyntax(ours.sender(), sent.get(uid).metaValue("0002,0010")),
                    mine.metaValue("0002,0010"), "transfer syntax of " + uid + ", " + ours
                                                 + ": the one used on the network");
        }
    }

    /**
     * The transfer syntax a file is sent in: storescu proposes only the file's own; dcmsend proposes all three
     * uncompressed ones for an uncompressed file, and the storescp.cfg default profile prefers Explicit VR Little
     * Endian (on a little endian machine) among them.
     */
    private static String networkTransferSyntax(Sender sender, String fileTransferSyntax) {
        return sender.name().equals("dcmsend") && OTHER_UNCOMPRESSED.contains(fileTransferSyntax)
                ? EXPLICIT_VR_LITTLE_ENDIAN : fileTransferSyntax;
    }

    private static Map<String, Dump> dumpsByInstance(Received received) {
        Map<String, Dump> dumps = new TreeMap<>();
        for (Map.Entry<String, Path> file : received.files().entrySet()) {
            Dump dump = Dump.of(file.getValue());
            if (dumps.put(dump.sopInstanceUid(), dump) != null) {
                fail(received + " stored " + dump.sopInstanceUid() + " twice: " + received.files().keySet());
            }
        }
        return dumps;
    }

    /**
     * Group 0002 without what legitimately differs between implementations: the group length, Implementation Class
     * UID and Version Name, and the optional Source Application Entity Title (compared on its own).
     */
    private static List<String> comparableMeta(Dump dump) {
        return dump.meta().stream().filter(line -> !line.startsWith("(0002,0000)") && !line.startsWith("(0002,0012)")
                                                   && !line.startsWith("(0002,0013)")
                                                   && !line.startsWith("(0002,0016)")).toList();
    }

    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        if (!expected.equals(actual)) {
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(actual);
            List<String> extra = new ArrayList<>(actual);
            extra.removeAll(expected);
            fail(what + " differ; only in dcmrecv's: " + missing.stream().limit(10).toList() + "; only in ours: "
                 + extra.stream().limit(10).toList());
        }
    }

    private static void assertSameBytes(Path ours, Path theirs) {
        byte[] o = Part10.dataSet(ours);
        byte[] t = Part10.dataSet(theirs);
        int mismatch = Arrays.mismatch(o, t);
        assertEquals(-1, mismatch, "data set bytes of " + ours + " (" + o.length + " bytes) and " + theirs + " ("
                                   + t.length + " bytes) differ first at offset " + mismatch);
    }

    private static void assertMatches(String regex, String value) {
        assertTrue(value.matches(regex), value + " does not match " + regex);
    }
}
