package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cameldicom.profile.AssociationProfiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings of the {@link AssociationProfilesFuzzTest} work, one plain JUnit test each. Both are slow paths (time,
 * and in one case memory, quadratic in the input) found while reviewing what the target reaches: a fuzz input of a
 * few KB cannot make them slow enough to time out, so they are confirmed on large inputs built here. See
 * {@code docs/fuzzing.md}.
 */
class AssociationProfilesFindingsTest {

    /** Both inputs took far longer before the fixes (see each test) and take 1 to 2 seconds now, cold. */
    private static final Duration LINEAR = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /**
     * A heading with a long run of blanks inside it: {@code ConfigFile} stripped the brackets with the regex
     * {@code ^[\[\s]+|[\]\s]+$}, whose second branch re-scans the run from every blank (O(n²)). The fuzz corpus
     * keeps a 150,000-blank case (16 s before the fix),
     * {@code AssociationProfilesFuzzTestInputs/load/timeout-heading-with-150000-blanks}.
     */
    @Test
    void headingWithLongRunOfBlanksLoadsInLinearTime() throws Exception {
        Path file = write("[[Transfer" + " ".repeat(200_000) + "Syntaxes]]\n"
                + "[Uncompressed]\nTransferSyntax1 = LittleEndianImplicit\n"
                + "[[PresentationContexts]]\n[Storage]\nPresentationContext1 = VerificationSOPClass\\Uncompressed\n"
                + "[[Profiles]]\n[Default]\nPresentationContexts = Storage\n");

        // keyword() drops the blanks, so the heading still names [[TransferSyntaxes]]
        AssociationProfiles profiles = assertTimeoutPreemptively(LINEAR, () -> AssociationProfiles.load(file));
        assertEquals(Set.of("Default"), profiles.profileNames());
    }

    /**
     * Sections with many entries; three things were quadratic in the number of entries of a section:
     * {@code ProfileFile} looked up {@code TransferSyntax1}, {@code TransferSyntax2}, ... by scanning the section
     * for each number, checked each entry against the list of used ones, and checked each role's SOP class by
     * scanning the presentation context list. And each presentation context kept its own copy of its transfer syntax
     * list (each profile its own copy of its lists), so memory grew with contexts times syntaxes. With 10,000 entries
     * per section (a 400 KB file) loading took 22 s; 20,000 took 52 s. Too large for the fuzz corpus, so built here.
     */
    @Test
    void sectionsWithManyEntriesLoadInLinearTime() throws Exception {
        int n = 10_000;
        StringBuilder text = new StringBuilder("[[TransferSyntaxes]]\n[Uncompressed]\n");
        for (int i = 1; i <= n; i++) {
            text.append("TransferSyntax").append(i).append(" = LittleEndianImplicit\n");
        }
        text.append("[[PresentationContexts]]\n[Storage]\n");
        for (int i = 1; i <= n; i++) {
            text.append("PresentationContext").append(i).append(" = 1.2.3.").append(i).append("\\Uncompressed\n");
        }
        text.append("[[SCPSCURoleSelection]]\n[Roles]\n");
        for (int i = 1; i <= n; i++) {
            text.append("Role").append(i).append(" = 1.2.3.").append(i).append("\\SCP\n");
        }
        text.append("[[Profiles]]\n[Default]\nPresentationContexts = Storage\nSCPSCURoleSelection = Roles\n");
        Path file = write(text.toString());

        AssociationProfiles profiles = assertTimeoutPreemptively(LINEAR, () -> AssociationProfiles.load(file));
        assertEquals(Set.of("Default"), profiles.profileNames());
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("profiles.cfg");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }
}
