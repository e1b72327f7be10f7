package io.github.cameldicom.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What DCMTK 3.6.7 accepts in a profile file, and what it makes of it: the {@code OFConfigFile} syntax (case, blanks,
 * comments, continuation lines, repeated keys and sections) and DCMTK's UID names.
 */
class ProfileFileFormatTest {

    private static final String IMPLICIT = "1.2.840.10008.1.2";
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    private static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    private static final String DEFLATED = "1.2.840.10008.1.2.1.99";
    private static final String VERIFICATION = "1.2.840.10008.1.1";
    private static final String CONTEXTS_AND_PROFILE = "[[PresentationContexts]]\n[Contexts]\n"
            + "PresentationContext1 = VerificationSOPClass\\TS\n"
            + "[[Profiles]]\n[P]\nPresentationContexts = Contexts\n";

    @TempDir
    Path dir;

    @Test
    void keysAndHeadingsIgnoreCaseAndBlanks() throws Exception {
        assertEquals(List.of(IMPLICIT, EXPLICIT_LE), transferSyntaxes(
                "[[ transfer syntaxes ]]\n[ t s ]\ntransfer syntax1 = LittleEndianImplicit\n"
                        + "TRANSFERSYNTAX2=LittleEndianExplicit\n"));
    }

    @Test
    void whatDcmtkIgnoresIsReportedOnceAsWarnings() throws Exception {
        AssociationProfiles profiles = load("[OutsideAnySupersection]\nKey = value\n"
                + "[[TransferSyntaxes]]\n[TS]\nTransferSyntax1 = LittleEndianImplicit\nTransferSyntax1 = Other\n"
                + "[[Unknown]]\n[S]\nK = v\n" + CONTEXTS_AND_PROFILE + "[[Profiles]]\n[Q]\n");
        List<String> warnings = profiles.warnings();
        assertEquals(5, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("line 1: [OutsideAnySupersection] is outside any [[supersection]]"),
                warnings.get(0));
        assertTrue(warnings.get(1).contains("line 2: 'Key =' is outside any [section]"), warnings.get(1));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("[[Unknown]] is ignored")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("the key is repeated")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("second [[Profiles]] is ignored")),
                warnings.toString());
        assertThrows(UnsupportedOperationException.class, () -> warnings.add("x"));
    }

    @Test
    void repeatedKeyCountsOnceWithItsFirstValue() throws Exception {
        assertEquals(List.of(IMPLICIT, EXPLICIT_BE), transferSyntaxes("[[TransferSyntaxes]]\n[TS]\n"
                + "TransferSyntax1 = LittleEndianImplicit\nTransferSyntax1 = LittleEndianExplicit\n"
                + "TransferSyntax2 = BigEndianExplicit\n"));
    }

    @Test
    void numberingStopsAtTheFirstGap() throws Exception {
        assertEquals(List.of(IMPLICIT), transferSyntaxes("[[TransferSyntaxes]]\n[TS]\n"
                + "TransferSyntax1 = LittleEndianImplicit\nTransferSyntax3 = LittleEndianExplicit\n"
                + "TransferSyntax01 = BigEndianExplicit\nUnknownKey = x\n"));
    }

    @Test
    void sectionsOfOneNameAddToOneList() throws Exception {
        assertEquals(List.of(IMPLICIT, DEFLATED, EXPLICIT_LE), transferSyntaxes("[[TransferSyntaxes]]\n[TS]\n"
                + "TransferSyntax1 = LittleEndianImplicit\n[Other]\nTransferSyntax1 = BigEndianExplicit\n"
                + "[ts]\nTransferSyntax1 = DeflatedLittleEndianExplicit\nTransferSyntax2 = 1.2.840.10008.1.2.1\n"));
    }

    @Test
    void secondSupersectionOfOneNameIsIgnored() throws Exception {
        assertEquals(List.of(IMPLICIT), transferSyntaxes("[[TransferSyntaxes]]\n[TS]\n"
                + "TransferSyntax1 = LittleEndianImplicit\n[[TransferSyntaxes]]\n[TS]\n"
                + "TransferSyntax1 = LittleEndianExplicit\n"));
    }

    @Test
    void commentsBlankLinesAndContinuationLines() throws Exception {
        assertEquals(List.of(EXPLICIT_LE), transferSyntaxes("# comment\n\n[[TransferSyntaxes]]\n"
                + "[TS]\n\tTransferSyntax1 =\n# a comment inside the value\n\n   LittleEndianExplicit\n"));
    }

    @Test
    void surroundingBlanksOfValuesAreToleratedWhereDcmtkWouldFail() throws Exception {
        assertEquals(List.of(EXPLICIT_LE), transferSyntaxes("[[TransferSyntaxes]]\n[TS]\n"
                + "TransferSyntax1 =   LittleEndianExplicit  \t\n"));
    }

    @Test
    void entriesAndSectionsOutsideTheTreeAreIgnored() throws Exception {
        assertEquals(List.of(IMPLICIT), transferSyntaxes("Stray = 1\n[Loose]\nTransferSyntax1 = 1.2.3\n"
                + "[[TransferSyntaxes]]\nTransferSyntax1 = 1.2.4\n[TS]\nTransferSyntax1 = LittleEndianImplicit\n"));
    }

    @Test
    void carriageReturnLineEndings() throws Exception {
        assertEquals(List.of(IMPLICIT, EXPLICIT_LE), transferSyntaxes(("[[TransferSyntaxes]]\n[TS]\n"
                + "TransferSyntax1 = LittleEndianImplicit\nTransferSyntax2 = LittleEndianExplicit\n")
                .replace("\n", "\r\n")));
    }

    @Test
    void dcmtkUidNames() throws Exception {
        assertEquals(List.of(EXPLICIT_LE, EXPLICIT_BE, IMPLICIT, VERIFICATION, "1.2.840.10008.1.2.4.51"),
                transferSyntaxes("[[TransferSyntaxes]]\n[TS]\nTransferSyntax1 = LocalEndianExplicit\n"
                        + "TransferSyntax2 = OppositeEndianExplicit\nTransferSyntax3 = =LittleEndianImplicit\n"
                        // DCMTK has one UID dictionary, so it takes a SOP class name here too
                        + "TransferSyntax4 = VerificationSOPClass\n"
                        + "TransferSyntax5 = JPEGExtended:Process2+4\n"));
    }

    @Test
    void profileNamesAsWrittenAndLookedUpInAnyCase() throws Exception {
        AssociationProfiles profiles = load("[[TransferSyntaxes]]\n[TS]\nTransferSyntax1 = LittleEndianImplicit\n"
                + "[[PresentationContexts]]\n[Contexts]\nPresentationContext1 = VerificationSOPClass\\TS\n"
                + "[[Profiles]]\n[My Profile]\nPresentationContexts = contexts\n"
                + "SOPClassExtendedNegotiation = ignored\n[Second]\nPresentationContexts = CONTEXTS\n");

        assertEquals(Set.of("My Profile", "Second"), profiles.profileNames());
        assertEquals("My Profile", profiles.policy("myprofile").profileName());
        assertEquals("My Profile", profiles.policy("MY PROFILE").profileName());
        assertEquals("Second", profiles.policy("second").profileName());
    }

    @Test
    void keywordAndReferenceMangleAsDcmtk() {
        assertEquals("ANY-TRANSFER_SYNTAX2", ConfigFile.keyword(" Any-Transfer_Syntax.2 "));
        assertEquals("ANY-TRANSFER_SYNTAX.2", ConfigFile.reference(" Any-Transfer_Syntax.2 "));
        assertEquals("UNCOMPRESSED", ConfigFile.reference("un\tcompressed\n"));
    }

    private List<String> transferSyntaxes(String transferSyntaxSupersection) throws Exception {
        return load(transferSyntaxSupersection + CONTEXTS_AND_PROFILE).policy("P").transferSyntaxes(VERIFICATION);
    }

    private AssociationProfiles load(String content) throws IOException, ProfileException {
        Path file = dir.resolve("profiles.cfg");
        Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        return AssociationProfiles.load(file);
    }
}
