package io.github.cameldicom.receiver.routes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cameldicom.testing.Dcmtk;

/**
 * What the route tests do with DCMTK beyond the component's {@code testing.Dcmtk}: send to a receiver the way these
 * tests always do, and read the UIDs that name what a route stores.
 */
final class DcmtkPeer {

    private static final Pattern ELEMENT = Pattern.compile("^\\(([0-9a-f]{4},[0-9a-f]{4})\\) \\w\\w \\[([^\\]]*)\\]");

    private DcmtkPeer() {
    }

    /**
     * storescu with debug output (one "DIMSE Status" line per response, read with {@code testing.ScuOutput}),
     * proposing uncompressed syntaxes; the files are sent in one association to AE title DCMRECV at
     * 127.0.0.1:port, each even if one before failed.
     */
    static Dcmtk.Result storescu(int port, Path... files) {
        List<String> args = new ArrayList<>(List.of("-d", "-nh", "-aec", "DCMRECV", "-aet", "STORESCU", "127.0.0.1",
                Integer.toString(port)));
        for (Path f : files) {
            args.add(f.toString());
        }
        return Dcmtk.run(Duration.ofSeconds(120), "storescu", args.toArray(String[]::new));
    }

    /** Elements of the data set (and file meta information) as dcmdump prints them: tag "gggg,eeee" to value. */
    static Map<String, String> elements(Path file, String... tags) {
        List<String> args = new ArrayList<>(List.of("-q", "-M", "-Un"));
        for (String tag : tags) {
            args.add("+P");
            args.add(tag);
        }
        args.add(file.toString());
        String out = Dcmtk.run(Duration.ofSeconds(30), "dcmdump", args.toArray(String[]::new)).assertSuccess()
                .output();
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            Matcher m = ELEMENT.matcher(line.strip());
            if (m.find()) {
                values.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return values;
    }

    /** The study, series and SOP instance UIDs and the SOP class UID of a file, as dcmdump reads them. */
    record Uids(String study, String series, String sopInstance, String sopClass) {

        static Uids of(Path file) {
            Map<String, String> e = elements(file, "0020,000d", "0020,000e", "0008,0018", "0008,0016");
            return new Uids(e.get("0020,000d"), e.get("0020,000e"), e.get("0008,0018"), e.get("0008,0016"));
        }

        String defaultKey() {
            return study + "/" + series + "/" + sopInstance + ".dcm";
        }
    }
}
