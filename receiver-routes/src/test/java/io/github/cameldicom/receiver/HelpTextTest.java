package io.github.cameldicom.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Our help text against {@code dcmrecv --help} of the installed DCMTK. */
@Timeout(60)
class HelpTextTest {

    private static final String EXTRAS_HEADING = "camel-dicom options (not in dcmrecv):\n";
    private static final Pattern OPTION_NAMES = Pattern.compile("^ {2,4}([-+]\\S+)?\\s+(--\\S+)\\s", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void dcmrecvsHelpComesFirstWordForWordThenOurOptions() throws Exception {
        RealDcmrecv.Outcome real = RealDcmrecv.run(dir, List.of("--help"));
        assertEquals(0, real.exitCode());
        String expected = withOurIdentification(real.standardOutput());
        String ours = DcmrecvCommandLine.helpText();
        // dcmrecv's text ends with an empty line; our section goes before it
        String dcmrecvPart = expected.substring(0, expected.length() - 1);
        assertTrue(ours.startsWith(dcmrecvPart), () -> "expected\n" + dcmrecvPart + "\nbut was\n" + ours);
        assertTrue(ours.substring(dcmrecvPart.length()).startsWith(EXTRAS_HEADING), ours);
        assertTrue(ours.endsWith("\n\n"), ours);
    }

    @Test
    void noArgumentsPrintTheHelpAsDcmrecvDoes() throws Exception {
        RealDcmrecv.Outcome real = RealDcmrecv.run(dir, List.of());
        CommandLineResult.PrintAndExit ours = Parsing.printAndExit();
        assertEquals(real.exitCode(), ours.exitCode());
        assertEquals(DcmrecvCommandLine.helpText(), ours.standardOutput());
    }

    @Test
    void everyOptionOfDcmrecvIsKnownUnderBothNames() throws Exception {
        String help = RealDcmrecv.run(dir, List.of("--help")).standardOutput();
        Matcher matcher = OPTION_NAMES.matcher(help);
        Set<String> missing = new TreeSet<>();
        int count = 0;
        while (matcher.find()) {
            count++;
            Option option = Option.named(matcher.group(2)).orElse(null);
            if (option == null) {
                missing.add(matcher.group(2));
            } else if (matcher.group(1) != null && Option.named(matcher.group(1)).orElse(null) != option) {
                missing.add(matcher.group(1));
            }
        }
        assertTrue(count >= 50, "found only " + count + " options in dcmrecv's help");
        assertEquals(Set.of(), missing);
    }

    @Test
    void ourSectionFitsEightyColumns() {
        String ours = DcmrecvCommandLine.helpText();
        String extras = ours.substring(ours.indexOf(EXTRAS_HEADING));
        extras.lines().forEach(line -> assertTrue(line.length() <= 80, line));
        assertTrue(extras.contains("  --routes "), extras);
        assertTrue(extras.contains("  --accept-all "), extras);
        assertTrue(extras.contains("  --max-associations "), extras);
        assertTrue(extras.contains("+pb   --profile-basic "), extras);
    }

    private static String withOurIdentification(String text) {
        return ProgramInfo.identification() + text.substring(text.indexOf('\n'));
    }
}
