package io.github.cameldicom.profile;

import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextAc.Result;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import io.github.cameldicom.net.pdu.RoleSelection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED;
import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.ACCEPTANCE;
import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.NO_REASON;
import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Negotiation with the profiles of {@code profile/negotiation.cfg}, one row per proposal (pynetdicom
 * {@code tests/test_presentation.py} style): the result and transfer syntax of PS3.8 Table 9-18, and the role
 * selection answer of PS3.7 Table D.3-10.
 */
class ProfileNegotiationTest {

    private static final String VERIFICATION = "1.2.840.10008.1.1";
    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String MR = "1.2.840.10008.5.1.4.1.1.4";
    private static final String SC = "1.2.840.10008.5.1.4.1.1.7";
    private static final String US = "1.2.840.10008.5.1.4.1.1.6.1";
    private static final String IMPLICIT = "1.2.840.10008.1.2";
    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    private static final String EXPLICIT_BE = "1.2.840.10008.1.2.2";
    private static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    private static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";

    private static ProfileAcceptancePolicy storage;

    @BeforeAll
    static void load() throws Exception {
        storage = AssociationProfiles.load(resource("negotiation.cfg")).policy("Storage Profile");
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ProfileNegotiationTest.class.getResource("/profile/" + name).toURI());
    }

    static Stream<Arguments> contexts() {
        return Stream.of(
                // abstract syntax, proposed transfer syntaxes, result, transfer syntax in the answer
                arguments(VERIFICATION, List.of(IMPLICIT), ACCEPTANCE, IMPLICIT),
                arguments(VERIFICATION, List.of(EXPLICIT_LE), ACCEPTANCE, EXPLICIT_LE),
                // the profile's order wins over the requestor's
                arguments(VERIFICATION, List.of(IMPLICIT, EXPLICIT_LE), ACCEPTANCE, EXPLICIT_LE),
                arguments(VERIFICATION, List.of(EXPLICIT_BE, IMPLICIT), ACCEPTANCE, IMPLICIT),
                arguments(VERIFICATION, List.of(EXPLICIT_BE), TRANSFER_SYNTAXES_NOT_SUPPORTED, EXPLICIT_BE),
                arguments(CT, List.of(EXPLICIT_LE, JPEG_BASELINE), ACCEPTANCE, JPEG_BASELINE),
                arguments(CT, List.of(JPEG_LOSSLESS_SV1, EXPLICIT_LE), ACCEPTANCE, EXPLICIT_LE),
                arguments(CT, List.of(IMPLICIT), TRANSFER_SYNTAXES_NOT_SUPPORTED, IMPLICIT),
                arguments(MR, List.of(EXPLICIT_LE, IMPLICIT), ACCEPTANCE, IMPLICIT),
                arguments(SC, List.of(IMPLICIT, EXPLICIT_BE), ACCEPTANCE, IMPLICIT),
                arguments(US, List.of(IMPLICIT), ABSTRACT_SYNTAX_NOT_SUPPORTED, IMPLICIT),
                arguments("1.2.3.4", List.of(EXPLICIT_LE), ABSTRACT_SYNTAX_NOT_SUPPORTED, EXPLICIT_LE),
                // UIDs are compared exactly, as DCMTK compares them
                arguments(VERIFICATION + ".0", List.of(IMPLICIT), ABSTRACT_SYNTAX_NOT_SUPPORTED, IMPLICIT),
                arguments(VERIFICATION, List.of(), TRANSFER_SYNTAXES_NOT_SUPPORTED, IMPLICIT));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @MethodSource("contexts")
    void negotiate(String abstractSyntax, List<String> proposed, Result result, String transferSyntax) {
        PresentationContextAc ac = storage.negotiate(new PresentationContextRq(7, abstractSyntax, proposed));

        assertEquals(new PresentationContextAc(7, result, transferSyntax), ac);
    }

    static Stream<Arguments> roles() {
        return Stream.of(
                // SOP class, proposed SCU, proposed SCP, answer (null: no item, default roles)
                arguments(CT, true, true, new RoleSelection(CT, true, true)),
                arguments(CT, true, false, new RoleSelection(CT, true, false)),
                arguments(CT, false, true, new RoleSelection(CT, false, true)),
                arguments(MR, true, true, new RoleSelection(MR, false, true)),
                arguments(MR, true, false, new RoleSelection(MR, false, false)),
                arguments(SC, true, true, new RoleSelection(SC, true, false)),
                arguments(SC, false, true, new RoleSelection(SC, false, false)),
                arguments(VERIFICATION, true, true, null),
                arguments(US, false, true, null));
    }

    @ParameterizedTest(name = "{0} SCU={1} SCP={2} -> {3}")
    @MethodSource("roles")
    void negotiateRole(String sopClass, boolean scu, boolean scp, RoleSelection answer) {
        assertEquals(Optional.ofNullable(answer), storage.negotiateRole(new RoleSelection(sopClass, scu, scp)));
    }

    @Test
    void scpOnlyRoleRefusesTheDefaultRoleAsDcmtkDoes() {
        PresentationContextRq mr = new PresentationContextRq(9, MR, List.of(IMPLICIT));

        assertEquals(new PresentationContextAc(9, NO_REASON, IMPLICIT), storage.negotiate(mr, null));
        assertEquals(new PresentationContextAc(9, ACCEPTANCE, IMPLICIT),
                storage.negotiate(mr, new RoleSelection(MR, false, true)));
        assertEquals(new PresentationContextAc(9, ACCEPTANCE, IMPLICIT),
                storage.negotiate(mr, new RoleSelection(MR, true, true)));
        // without knowing the proposal nothing is refused for the role
        assertEquals(new PresentationContextAc(9, ACCEPTANCE, IMPLICIT), storage.negotiate(mr));
        // the role is checked only once a transfer syntax matched
        assertEquals(new PresentationContextAc(9, TRANSFER_SYNTAXES_NOT_SUPPORTED, EXPLICIT_LE),
                storage.negotiate(new PresentationContextRq(9, MR, List.of(EXPLICIT_LE)), null));
        // other roles do not refuse the default role
        assertEquals(new PresentationContextAc(9, ACCEPTANCE, EXPLICIT_LE),
                storage.negotiate(new PresentationContextRq(9, SC, List.of(EXPLICIT_LE)), null));
    }

    @Test
    void profileWithoutRoleListKeepsDefaultRoles() throws Exception {
        ProfileAcceptancePolicy plain = AssociationProfiles.load(resource("negotiation.cfg")).policy("plain");

        assertEquals(Optional.empty(), plain.negotiateRole(new RoleSelection(MR, false, true)));
        assertEquals(ACCEPTANCE,
                plain.negotiate(new PresentationContextRq(1, MR, List.of(IMPLICIT)), null).result());
        assertEquals(Optional.empty(), plain.extendedNegotiation(CT));
    }

    @Test
    void extendedNegotiationDataIsHexDecodedAndCopied() {
        byte[] data = storage.extendedNegotiation(CT).orElseThrow();

        assertArrayEquals(new byte[] {0x02, 0x00, 0x03, 0x00, 0x00, 0x00}, data);
        assertNotSame(data, storage.extendedNegotiation(CT).orElseThrow());
        assertEquals(Optional.empty(), storage.extendedNegotiation(MR));
    }

    @Test
    void policyListsTheProfileInItsOrder() {
        assertEquals("Storage Profile", storage.profileName());
        assertEquals(List.of(VERIFICATION, CT, MR, SC), storage.abstractSyntaxes());
        assertEquals(List.of(JPEG_BASELINE, EXPLICIT_LE), storage.transferSyntaxes(CT));
        assertEquals(List.of(IMPLICIT), storage.transferSyntaxes(MR));
        assertEquals(List.of(), storage.transferSyntaxes(US));
    }
}
