package io.github.cameldicom.receiver.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameldicom.testing.Dcmtk;

/**
 * A dcmdump of a Part 10 file, split into the file meta information (group 0002) and the data set. The side-by-side
 * tests compare both with dcmrecv's, so unlike the component's {@code testing.Dcmtk.datasetDump} this keeps group
 * 0002.
 *
 * @param meta group 0002 lines, without the comments dcmdump adds
 * @param dataSet the data set lines, normalised as in {@link #of(Path)}
 */
record Dump(List<String> meta, List<String> dataSet) {

    private static final Pattern VALUE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern GROUP_LENGTH = Pattern.compile("^\\([0-9a-f]{4},0000\\)");
    /** dcmdump's trailing "# length, VM Name" comment. */
    private static final Pattern LENGTH_COMMENT = Pattern.compile("\\s+#\\s*(u/l|\\d+),\\s*\\d+\\s+\\S+\\s*$");
    private static final Pattern LENGTH_KIND = Pattern.compile("\\((Sequence|Item) with (explicit|undefined) length");

    /**
     * {@code dcmdump} of a Part 10 file. The data set is normalised so that it compares what the data set says, not
     * how it is encoded: no group lengths, no Data Set Trailing Padding, no item and sequence delimiters, no length
     * comments (DCMTK's SCUs re-encode sequences with explicit lengths).
     */
    static Dump of(Path file) {
        String out = Dcmtk.run(Duration.ofSeconds(60), "dcmdump", "-q", "+L", "-dc", "-Un", file.toString())
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

    /** The value of a group 0002 element, e.g. {@code 0002,0010}, or null. */
    String metaValue(String tag) {
        return valueOf(meta, tag);
    }

    /** The SOP Instance UID (0008,0018) of the data set, or null. */
    String sopInstanceUid() {
        return valueOf(dataSet, "0008,0018");
    }

    private static String valueOf(List<String> lines, String tag) {
        for (String line : lines) {
            if (line.startsWith("(" + tag + ")")) {
                Matcher m = VALUE.matcher(line);
                return m.find() ? trimmed(m.group(1)) : null;
            }
        }
        return null;
    }

    /** A UID as a value: without the padding (space or NUL) some writers leave in it. */
    private static String trimmed(String value) {
        return value.replace("\0", "").strip();
    }
}
