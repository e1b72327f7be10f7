package io.github.cameldicom.profile;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text format of DCMTK's configuration files ({@code OFConfigFile}, described in DCMTK's {@code asconfig.txt}
 * §1): {@code [[Supersection]]} and {@code [Section]} headings and {@code Key = Value} entries, parsed as DCMTK 3.6.7
 * parses them.
 *
 * <ul>
 *   <li>A line with {@code #} in the first column is a comment; blank lines are ignored.</li>
 *   <li>Headings and keys ignore case and every character but letters, digits, {@code -} and {@code _}, so
 *       {@code [Any Transfer Syntax]} is the section {@code ANYTRANSFERSYNTAX}.</li>
 *   <li>A line that starts with white space continues the value of the entry above it (joined with a line feed),
 *       even when it looks like an entry of its own, as in DCMTK.</li>
 *   <li>An entry outside a section, or a section outside a supersection, is ignored with a warning, as DCMTK ignores
 *       it.</li>
 * </ul>
 *
 * <p>Deliberately stricter than DCMTK: a line that is neither a heading nor an entry is an error (DCMTK would glue it
 * to the next key, swallowing headings on the way), and so are an indented {@code #} line that continues no value
 * and a heading that is not closed by as many brackets as opened it. Deliberately more lenient: values lose
 * surrounding white space (DCMTK keeps trailing blanks and then fails to resolve the value).
 *
 * @param name          the file name, for messages
 * @param supersections the supersections in file order; a name may repeat, see {@link #supersection(String)}
 */
record ConfigFile(String name, List<Supersection> supersections) {

    ConfigFile {
        supersections = List.copyOf(supersections);
    }

    /** A {@code [[Supersection]]}: its name as written, its key as DCMTK compares it, and its sections. */
    record Supersection(String name, String key, int line, List<Section> sections) {
        Supersection {
            sections = List.copyOf(sections);
        }
    }

    /** A {@code [Section]} within a supersection. */
    record Section(String name, String key, int line, List<Entry> entries) {
        Section {
            entries = List.copyOf(entries);
        }

        /** The first entry with this key: DCMTK ignores later ones with the same key. */
        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    /** A {@code Key = Value} entry; {@code line} is where the key stands. */
    record Entry(String name, String key, String value, int line) {
    }

    /**
     * The first supersection with this key. DCMTK looks supersections up by name and so never sees a second one of
     * the same name; it is ignored with a warning.
     */
    Optional<Supersection> supersection(String key, List<String> warnings) {
        List<Supersection> matching = supersections.stream().filter(s -> s.key().equals(key)).toList();
        for (Supersection ignored : matching.subList(Math.min(1, matching.size()), matching.size())) {
            warnings.add(name + " line " + ignored.line() + ": second [[" + ignored.name()
                         + "]] is ignored, as DCMTK ignores it");
        }
        return matching.stream().findFirst();
    }

    /**
     * Parses the lines of a file.
     *
     * @param warnings gets what is ignored, as DCMTK ignores it
     * @throws ProfileException for a line that is neither a heading nor an entry, or a malformed heading
     */
    static ConfigFile parse(String name, List<String> lines, List<String> warnings) throws ProfileException {
        Parser parser = new Parser(name, warnings);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return new ConfigFile(name, parser.finish());
    }

    /**
     * A keyword as DCMTK stores headings and keys: ASCII letters upper-cased, digits, {@code -} and {@code _} kept,
     * everything else dropped.
     */
    static String keyword(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key.append((char) (c - 'a' + 'A'));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * A reference to a section as DCMTK looks it up (a transfer syntax list in a presentation context, a list or a
     * profile name): white space removed, ASCII letters upper-cased, nothing else changed. A reference to a heading
     * with other characters than {@link #keyword} keeps therefore does not find it, as in DCMTK.
     */
    static String reference(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key.append((char) (c - 'a' + 'A'));
            } else if (!isSpace(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** White space as C's {@code isspace} in the "C" locale, which DCMTK uses. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    /** Builds the tree line by line; mutable, used by {@link #parse} only. */
    private static final class Parser {

        private final String file;
        private final List<String> warnings;
        private final List<Supersection> done = new ArrayList<>();
        private String superName;
        private int superLine;
        private List<Section> sections;
        private String sectionName;
        private int sectionLine;
        private List<Entry> entries;
        private String entryName;
        private int entryLine;
        private StringBuilder value;

        Parser(String file, List<String> warnings) {
            this.file = file;
            this.warnings = warnings;
        }

        void line(int number, String line) throws ProfileException {
            String text = line.replace('\0', ' ');
            if (text.isBlank() || text.charAt(0) == '#') {
                return;
            }
            if (isSpace(text.charAt(0)) && value != null) {
                value.append('\n').append(text.strip());
                return;
            }
            String trimmed = text.strip();
            if (trimmed.startsWith("#")) {
                throw new ProfileException(file + " line " + number + ": '" + trimmed + "' is indented, but a"
                        + " comment must start in the first column (DCMTK would read it as part of the next key)");
            }
            endEntry();
            if (trimmed.startsWith("[")) {
                heading(number, trimmed);
                return;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 0) {
                throw new ProfileException(file + " line " + number + ": '" + trimmed
                        + "' is neither a [Section] heading nor a 'Key = Value' entry");
            }
            entryName = trimmed.substring(0, equals).strip();
            entryLine = number;
            value = new StringBuilder(trimmed.substring(equals + 1));
        }

        private void heading(int number, String trimmed) throws ProfileException {
            StringBuilder compact = new StringBuilder(trimmed.length());
            trimmed.chars().filter(c -> !isSpace((char) c)).forEach(c -> compact.append((char) c));
            int level = 0;
            while (level < compact.length() && compact.charAt(level) == '[') {
                level++;
            }
            int close = compact.indexOf("]", level);
            if (level > 2 || close < 0 || !compact.substring(close).equals("]".repeat(level))) {
                throw new ProfileException(file + " line " + number + ": '" + trimmed
                        + "' is not a [Section] or [[Supersection]] heading");
            }
            // strip the brackets and the blanks around them; a loop, since the regex that did this took quadratic
            // time on a run of blanks inside the heading
            int from = 0;
            int to = trimmed.length();
            while (from < to && (trimmed.charAt(from) == '[' || isSpace(trimmed.charAt(from)))) {
                from++;
            }
            while (to > from && (trimmed.charAt(to - 1) == ']' || isSpace(trimmed.charAt(to - 1)))) {
                to--;
            }
            String headingName = trimmed.substring(from, to);
            if (level == 2) {
                endSupersection();
                superName = headingName;
                superLine = number;
                sections = new ArrayList<>();
            } else if (sections == null) {
                endSection();
                warnings.add(file + " line " + number + ": [" + headingName
                             + "] is outside any [[supersection]] and is ignored, as DCMTK ignores it");
            } else {
                endSection();
                sectionName = headingName;
                sectionLine = number;
                entries = new ArrayList<>();
            }
        }

        private void endEntry() {
            if (value == null) {
                return;
            }
            String key = keyword(entryName);
            if (entries == null || key.isEmpty()) {
                warnings.add(file + " line " + entryLine + ": '" + entryName + " =' is "
                             + (key.isEmpty() ? "an entry without key" : "outside any [section]")
                             + " and is ignored, as DCMTK ignores it");
            } else {
                entries.add(new Entry(entryName, key, value.toString().strip(), entryLine));
            }
            value = null;
        }

        private void endSection() {
            if (entries != null) {
                sections.add(new Section(sectionName, keyword(sectionName), sectionLine, entries));
            }
            entries = null;
        }

        private void endSupersection() {
            endSection();
            if (sections != null) {
                done.add(new Supersection(superName, keyword(superName), superLine, sections));
            }
            sections = null;
        }

        List<Supersection> finish() {
            endEntry();
            endSupersection();
            return done;
        }
    }
}
