package io.github.cameldicom.profile;

import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.ACCEPTANCE;
import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DCMTK's own {@code storescp.cfg}, unchanged, as {@code dcmrecv -xf /etc/dcmtk/storescp.cfg default} loads it. */
class StorescpCfgTest {

    static final Path STORESCP_CFG = Path.of("/etc/dcmtk/storescp.cfg");

    private static AssociationProfiles profiles;

    @BeforeAll
    static void load() throws Exception {
        assertTrue(Files.isReadable(STORESCP_CFG),
                STORESCP_CFG + " is missing; install DCMTK: sudo apt-get install -y dcmtk");
        profiles = AssociationProfiles.load(STORESCP_CFG);
    }

    @Test
    void hasDcmtksProfiles() {
        assertEquals(Set.of("Default", "AllDICOM"), profiles.profileNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Default", "default", "DEFAULT", "AllDICOM", "alldicom", " All DICOM "})
    void everyProfileGivesAPolicyWith128Contexts(String name) throws ProfileException {
        assertEquals(128, profiles.policy(name).abstractSyntaxes().size());
    }

    @Test
    void defaultAcceptsVerificationUncompressedInTheProfilesOrder() throws ProfileException {
        ProfileAcceptancePolicy policy = profiles.policy("default");

        // [Uncompressed]: LocalEndianExplicit, OppositeEndianExplicit, LittleEndianImplicit on a little endian host
        assertEquals(List.of("1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2"),
                policy.transferSyntaxes("1.2.840.10008.1.1"));
        assertEquals(new PresentationContextAc(1, ACCEPTANCE, "1.2.840.10008.1.2.1"), policy.negotiate(
                new PresentationContextRq(1, "1.2.840.10008.1.1",
                        List.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1"))));
    }

    @Test
    void defaultAcceptsCtWithAnyTransferSyntaxJpeg2000First() throws ProfileException {
        List<String> anyTransferSyntax = profiles.policy("default").transferSyntaxes("1.2.840.10008.5.1.4.1.1.2");

        assertEquals(21, anyTransferSyntax.size());
        assertEquals("1.2.840.10008.1.2.4.91", anyTransferSyntax.get(0));
        assertEquals("1.2.840.10008.1.2", anyTransferSyntax.get(20));
    }

    @Test
    void defaultHasRetiredAndDraftClassesButAllDicomDoesNot() throws ProfileException {
        String retiredUltrasound = "1.2.840.10008.5.1.4.1.1.6";

        assertEquals(ACCEPTANCE, profiles.policy("Default").negotiate(
                new PresentationContextRq(3, retiredUltrasound, List.of("1.2.840.10008.1.2"))).result());
        assertEquals(ABSTRACT_SYNTAX_NOT_SUPPORTED, profiles.policy("AllDICOM").negotiate(
                new PresentationContextRq(3, retiredUltrasound, List.of("1.2.840.10008.1.2"))).result());
    }
}
