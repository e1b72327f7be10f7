package io.github.cameldicom.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Files DCMTK 3.6.7 refuses (dcmrecv exit code 66) give a {@link ProfileException} naming file, section, key and line.
 * The messages are ours; which files fail is DCMTK's behaviour, checked with {@code dcmrecv -xf}.
 */
class ProfileErrorsTest {

    private static final String TRANSFER_SYNTAXES = "[[TransferSyntaxes]]\n[Uncompressed]\n"
            + "TransferSyntax1 = LittleEndianExplicit\nTransferSyntax2 = LittleEndianImplicit\n";
    private static final String CONTEXTS = "[[PresentationContexts]]\n[Contexts]\n"
            + "PresentationContext1 = VerificationSOPClass\\Uncompressed\n"
            + "PresentationContext2 = CTImageStorage\\Uncompressed\n";
    private static final String PROFILES = "[[Profiles]]\n[Default]\nPresentationContexts = Contexts\n";

    @TempDir
    Path dir;

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("no [[TransferSyntaxes]]", CONTEXTS + PROFILES,
                        "F: no [[TransferSyntaxes]] supersection"),
                arguments("no [[PresentationContexts]]", TRANSFER_SYNTAXES + PROFILES,
                        "F: no [[PresentationContexts]] supersection"),
                arguments("no [[Profiles]]", TRANSFER_SYNTAXES + CONTEXTS,
                        "F: no [[Profiles]] supersection"),
                arguments("symbolic names are case-sensitive",
                        "[[TransferSyntaxes]]\n[Uncompressed]\nTransferSyntax1 = littleEndianImplicit\n"
                                + CONTEXTS + PROFILES,
                        "F: [[TransferSyntaxes]] [Uncompressed] TransferSyntax1 (line 3): 'littleEndianImplicit'"
                                + " is neither a UID nor a DCMTK transfer syntax name"),
                arguments("UID with letters",
                        "[[TransferSyntaxes]]\n[Uncompressed]\nTransferSyntax1 = 1.2.840.10008.1.2a\n"
                                + CONTEXTS + PROFILES,
                        "F: [[TransferSyntaxes]] [Uncompressed] TransferSyntax1 (line 3): '1.2.840.10008.1.2a'"
                                + " is neither a UID nor a DCMTK transfer syntax name"),
                arguments("empty value",
                        "[[TransferSyntaxes]]\n[Uncompressed]\nTransferSyntax1 =\n" + CONTEXTS + PROFILES,
                        "F: [[TransferSyntaxes]] [Uncompressed] TransferSyntax1 (line 3): '' is neither a UID nor"
                                + " a DCMTK transfer syntax name"),
                arguments("indented line continues the value above, as in DCMTK",
                        "[[TransferSyntaxes]]\n[Uncompressed]\nTransferSyntax1 = LittleEndianImplicit\n"
                                + "  TransferSyntax2 = LittleEndianExplicit\n" + CONTEXTS + PROFILES,
                        "F: [[TransferSyntaxes]] [Uncompressed] TransferSyntax1 (line 3): 'LittleEndianImplicit\\n"
                                + "TransferSyntax2 = LittleEndianExplicit' is neither a UID nor a DCMTK transfer"
                                + " syntax name"),
                arguments("unknown transfer syntax list",
                        TRANSFER_SYNTAXES + "[[PresentationContexts]]\n[Contexts]\n"
                                + "PresentationContext1 = VerificationSOPClass\\Compressed\n" + PROFILES,
                        "F: [[PresentationContexts]] [Contexts] PresentationContext1 (line 7): transfer syntax"
                                + " list 'Compressed' is not a section of [[TransferSyntaxes]]"),
                arguments("reference keeps characters a heading drops",
                        TRANSFER_SYNTAXES + "[[PresentationContexts]]\n[Contexts]\n"
                                + "PresentationContext1 = VerificationSOPClass\\Un.compressed\n" + PROFILES,
                        "F: [[PresentationContexts]] [Contexts] PresentationContext1 (line 7): transfer syntax"
                                + " list 'Un.compressed' is not a section of [[TransferSyntaxes]]"),
                arguments("unknown SOP class name",
                        TRANSFER_SYNTAXES + "[[PresentationContexts]]\n[Contexts]\n"
                                + "PresentationContext1 = CtImageStorage\\Uncompressed\n" + PROFILES,
                        "F: [[PresentationContexts]] [Contexts] PresentationContext1 (line 7): 'CtImageStorage'"
                                + " is neither a UID nor a DCMTK SOP class name"),
                arguments("no backslash",
                        TRANSFER_SYNTAXES + "[[PresentationContexts]]\n[Contexts]\n"
                                + "PresentationContext1 = VerificationSOPClass Uncompressed\n" + PROFILES,
                        "F: [[PresentationContexts]] [Contexts] PresentationContext1 (line 7):"
                                + " 'VerificationSOPClass Uncompressed' has no '\\' between SOP class and transfer"
                                + " syntax list"),
                arguments("unknown role",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[SCPSCURoleSelection]]\n[Roles]\n"
                                + "Role1 = CTImageStorage\\Master\n" + PROFILES,
                        "F: [[SCPSCURoleSelection]] [Roles] Role1 (line 11): role 'Master' is not SCU, SCP or"
                                + " BOTH"),
                arguments("role twice",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[SCPSCURoleSelection]]\n[Roles]\n"
                                + "Role1 = CTImageStorage\\SCU\nRole2 = 1.2.840.10008.5.1.4.1.1.2\\SCP\n" + PROFILES,
                        "F: [[SCPSCURoleSelection]] [Roles] Role2 (line 12): a role for 1.2.840.10008.5.1.4.1.1.2"
                                + " is already defined"),
                arguments("role list not defined",
                        TRANSFER_SYNTAXES + CONTEXTS + PROFILES + "SCPSCURoleSelection = Roles\n",
                        "F: [[Profiles]] [Default] SCPSCURoleSelection (line 12): 'Roles' is not a section of"
                                + " [[SCPSCURoleSelection]]"),
                arguments("role for a class without context",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[SCPSCURoleSelection]]\n[Roles]\n"
                                + "Role1 = MRImageStorage\\BOTH\n" + PROFILES + "SCPSCURoleSelection = Roles\n",
                        "F: [[Profiles]] [Default] SCPSCURoleSelection (line 15): 'Roles' names"
                                + " 1.2.840.10008.5.1.4.1.1.4, which presentation context list 'Contexts' does not"
                                + " have"),
                arguments("odd hex digits",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[ExtendedNegotiation]]\n[Ext]\n"
                                + "ExtendedNegotiation1 = CTImageStorage\\020\n" + PROFILES,
                        "F: [[ExtendedNegotiation]] [Ext] ExtendedNegotiation1 (line 11): '020' is not an even"
                                + " number of hex digits"),
                arguments("not hex",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[ExtendedNegotiation]]\n[Ext]\n"
                                + "ExtendedNegotiation1 = CTImageStorage\\0g\n" + PROFILES,
                        "F: [[ExtendedNegotiation]] [Ext] ExtendedNegotiation1 (line 11): '0g' is not an even"
                                + " number of hex digits"),
                arguments("too much extended negotiation data",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[ExtendedNegotiation]]\n[Ext]\n"
                                + "ExtendedNegotiation1 = CTImageStorage\\" + "00".repeat(1024) + "\n" + PROFILES,
                        "F: [[ExtendedNegotiation]] [Ext] ExtendedNegotiation1 (line 11): more than 2047 hex"
                                + " digits, which DCMTK cannot handle"),
                arguments("extended negotiation twice",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[ExtendedNegotiation]]\n[Ext]\n"
                                + "ExtendedNegotiation1 = CTImageStorage\\01\n"
                                + "ExtendedNegotiation2 = CTImageStorage\\02\n" + PROFILES,
                        "F: [[ExtendedNegotiation]] [Ext] ExtendedNegotiation2 (line 12): extended negotiation"
                                + " for 1.2.840.10008.5.1.4.1.1.2 is already defined"),
                arguments("profile without presentation contexts",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[Profiles]]\n[Default]\nSCPSCURoleSelection = Roles\n",
                        "F: [[Profiles]] [Default] (line 10) has no PresentationContexts entry"),
                arguments("profile with unknown context list",
                        TRANSFER_SYNTAXES + CONTEXTS + "[[Profiles]]\n[Default]\nPresentationContexts = Other\n",
                        "F: [[Profiles]] [Default] PresentationContexts (line 11): 'Other' is not a section of"
                                + " [[PresentationContexts]]"),
                arguments("two profiles of one name",
                        TRANSFER_SYNTAXES + CONTEXTS + PROFILES + "[ default ]\nPresentationContexts = Contexts\n",
                        "F: [[Profiles]] [default] (line 12): a profile named DEFAULT is already defined"),
                arguments("line that is no entry",
                        TRANSFER_SYNTAXES + "garbage\n" + CONTEXTS + PROFILES,
                        "F line 5: 'garbage' is neither a [Section] heading nor a 'Key = Value' entry"),
                arguments("heading not closed",
                        "[[TransferSyntaxes]\n" + CONTEXTS + PROFILES,
                        "F line 1: '[[TransferSyntaxes]' is not a [Section] or [[Supersection]] heading"),
                arguments("indented comment that continues no value",
                        "[[TransferSyntaxes]]\n  # Uncompressed\n" + CONTEXTS + PROFILES,
                        "F line 2: '# Uncompressed' is indented, but a comment must start in the first column"
                                + " (DCMTK would read it as part of the next key)"),
                arguments("three brackets",
                        "[[[TransferSyntaxes]]]\n" + CONTEXTS + PROFILES,
                        "F line 1: '[[[TransferSyntaxes]]]' is not a [Section] or [[Supersection]] heading"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejects(String name, String content, String message) throws IOException {
        Path file = dir.resolve("F");
        Files.writeString(file, content);

        ProfileException e = assertThrows(ProfileException.class, () -> AssociationProfiles.load(file));

        assertEquals(message.replaceFirst("^F", file.toString()), e.getMessage());
    }

    @Test
    void unknownProfile() throws Exception {
        AssociationProfiles profiles = load(TRANSFER_SYNTAXES + CONTEXTS + PROFILES
                + "[Other]\nPresentationContexts = Contexts\n");

        ProfileException e = assertThrows(ProfileException.class, () -> profiles.policy("nope"));

        assertEquals(dir.resolve("F") + ": [[Profiles]] has no profile 'nope'; it has Default, Other",
                e.getMessage());
    }

    @Test
    void abstractSyntaxTwiceIsNoAcceptorProfileEvenWithTheSameTransferSyntaxes() throws Exception {
        AssociationProfiles profiles = load(TRANSFER_SYNTAXES + "[[PresentationContexts]]\n[Contexts]\n"
                + "PresentationContext1 = VerificationSOPClass\\Uncompressed\n"
                + "PresentationContext2 = 1.2.840.10008.1.1\\Uncompressed\n" + PROFILES);

        ProfileException e = assertThrows(ProfileException.class, () -> profiles.policy("Default"));

        String file = dir.resolve("F").toString();
        assertEquals(file + ": [[Profiles]] [Default] (line 10): not valid for an acceptor, which must list each"
                + " abstract syntax once: 1.2.840.10008.1.1 is listed by " + file + ": [[PresentationContexts]]"
                + " [Contexts] PresentationContext1 (line 7) and by " + file + ": [[PresentationContexts]]"
                + " [Contexts] PresentationContext2 (line 8)", e.getMessage());
    }

    @Test
    void missingFileIsAnIoException() {
        assertThrows(NoSuchFileException.class, () -> AssociationProfiles.load(dir.resolve("absent.cfg")));
    }

    private AssociationProfiles load(String content) throws IOException, ProfileException {
        Path file = dir.resolve("F");
        Files.writeString(file, content);
        return AssociationProfiles.load(file);
    }
}
