package io.github.cameldicom.receiver.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs DCMTK's storescu so that it proposes exactly each file's SOP class in the file's own transfer syntax (after
 * the component's {@code testing.StoreScu}): a generated association profile ({@code -xf}), because storescu's
 * built-in proposals cover the uncompressed syntaxes and one compressed family at a time only.
 */
final class StoreScu {

    private static final Pattern UID_VALUE = Pattern.compile("\\[([0-9.]+)\\]");

    private StoreScu() {
    }

    /** storescu with a profile for {@code files}, plus {@code options} before the peer address. */
    static Dcmtk.Result send(Duration timeout, int port, List<String> options, List<Path> files) {
        Path config = profileFor(files);
        try {
            List<String> args = new ArrayList<>(options);
            args.addAll(List.of("-xf", config.toString(), "Send", "127.0.0.1", Integer.toString(port)));
            files.forEach(f -> args.add(f.toString()));
            return Dcmtk.run(timeout, "storescu", args.toArray(String[]::new));
        } finally {
            try {
                Files.deleteIfExists(config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The SOP Class UID (0008,0016) and Transfer Syntax UID (0002,0010) of a Part 10 file; absent ones are null. */
    static String[] sopClassAndTransferSyntax(Path file) {
        String out = Dcmtk.run(Duration.ofSeconds(30), "dcmdump", "-q", "-M", "-Un", "+P", "0008,0016", "+P",
                "0002,0010", file.toString()).assertSuccess().output();
        String[] uids = new String[2];
        for (String line : out.split("\n")) {
            Matcher m = UID_VALUE.matcher(line);
            if (!m.find()) {
                continue;
            }
            if (line.startsWith("(0008,0016)")) {
                uids[0] = m.group(1);
            } else if (line.startsWith("(0002,0010)")) {
                uids[1] = m.group(1);
            }
        }
        return uids;
    }

    private static Path profileFor(List<Path> files) {
        Set<String> syntaxes = new LinkedHashSet<>();
        Set<String> contexts = new LinkedHashSet<>();
        for (Path f : files) {
            String[] uids = sopClassAndTransferSyntax(f);
            if (uids[0] == null || uids[1] == null) {
                throw new AssertionError("storescu cannot send " + f + ": no SOP class or transfer syntax");
            }
            syntaxes.add(uids[1]);
            contexts.add(uids[0] + "\\" + uids[1]);
        }
        List<String> ts = new ArrayList<>(syntaxes);
        StringBuilder cfg = new StringBuilder("[[TransferSyntaxes]]\n");
        for (int i = 0; i < ts.size(); i++) {
            cfg.append("[TS").append(i).append("]\nTransferSyntax1 = ").append(ts.get(i)).append('\n');
        }
        cfg.append("[[PresentationContexts]]\n[Contexts]\n");
        int n = 1;
        for (String c : contexts) {
            String[] parts = c.split("\\\\");
            cfg.append("PresentationContext").append(n++).append(" = ").append(parts[0]).append("\\TS")
                    .append(ts.indexOf(parts[1])).append('\n');
        }
        cfg.append("[[Profiles]]\n[Send]\nPresentationContexts = Contexts\n");
        try {
            Path p = Files.createTempFile("storescu", ".cfg");
            Files.writeString(p, cfg);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
