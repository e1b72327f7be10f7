package io.github.cameldicom.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what DCMTK's storescu logged about the C-STORE responses it received (DCMTK 3.6.7 wording). */
public final class ScuOutput {

    /** {@code storescu -v}: "I: Received Store Response (Refused: OutOfResources)". */
    private static final Pattern VERBOSE_RESPONSE = Pattern.compile("Received Store Response \\(([^)]*)\\)");
    /** {@code storescu -d}: "D: DIMSE Status                  : 0xa700: Refused: Out of resources". */
    private static final Pattern DEBUG_STATUS = Pattern.compile("DIMSE Status\\s*:\\s*(0x[0-9a-f]{4})");
    /** {@code storescu -d} dumps the status detail: "(0000,0902) LO [the comment]    #  16, 1 ErrorComment". */
    private static final Pattern ERROR_COMMENT = Pattern.compile("\\(0000,0902\\) LO \\[([^\\]]*)\\]");

    private ScuOutput() {
    }

    /** The response texts of {@code storescu -v}, in order, e.g. "Success" or "Refused: OutOfResources". */
    public static List<String> verboseResponses(String output) {
        return all(VERBOSE_RESPONSE, output);
    }

    /** The statuses of {@code storescu -d}, in order, as DCMTK prints them: "0xa700". */
    public static List<String> debugStatuses(String output) {
        return all(DEBUG_STATUS, output);
    }

    /** The Error Comments of {@code storescu -d}, in order. */
    public static List<String> errorComments(String output) {
        return all(ERROR_COMMENT, output);
    }

    /** A status as DCMTK prints it: lower-case hex with 0x and four digits. */
    public static String hex(int status) {
        return String.format("0x%04x", status);
    }

    private static List<String> all(Pattern pattern, String output) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(output);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
