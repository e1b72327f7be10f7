package io.github.cameldicom.receiver;

import static io.github.cameldicom.receiver.Parsing.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Camel properties of the settings, and the start-up check of the output directory. */
class ReceiverSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultPropertiesHaveEveryKey() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("dicom.host", "0.0.0.0");
        expected.put("dicom.port", "104");
        expected.put("dicom.aeTitle", "DCMRECV");
        expected.put("dicom.useCalledAeTitle", "false");
        expected.put("dicom.acceptance", "verification");
        expected.put("dicom.profileFile", "");
        expected.put("dicom.profileName", "");
        expected.put("dicom.acseTimeout", "30000");
        expected.put("dicom.dimseTimeout", "0");
        expected.put("dicom.maxPduLength", "16384");
        expected.put("dicom.hostnameLookup", "true");
        expected.put("dicom.maxAssociations", "25");
        expected.put("dicom.storageMode", "normal");
        expected.put("dicom.outputDirectory", Path.of("").toAbsolutePath().toString());
        expected.put("dicom.subdirectoryScheme", "none");
        expected.put("dicom.fileNameScheme", "sopInstance");
        expected.put("dicom.extension", "");
        expected.put("dicom.tls.enabled", "false");
        expected.put("dicom.tls.keyFile", "");
        expected.put("dicom.tls.certificateFile", "");
        expected.put("dicom.tls.format", "pem");
        expected.put("dicom.tls.trustedCertificates", "");
        expected.put("dicom.tls.trustedDirectories", "");
        expected.put("dicom.tls.crlFiles", "");
        expected.put("dicom.tls.crlVerification", "none");
        expected.put("dicom.tls.profile", "bcp195-nd");
        expected.put("dicom.tls.cipherSuites", "");
        expected.put("dicom.tls.dhParameters", "");
        expected.put("dicom.tls.seedFile", "");
        expected.put("dicom.tls.writeSeedFile", "");
        expected.put("dicom.tls.peerCertificate", "require");
        expected.put("dicom.log.level", "warn");
        expected.put("dicom.log.config", "");
        expected.put("dicom.log.verbosePc", "false");
        assertEquals(expected, settings("104").toProperties());
    }

    @Test
    void everySettingReachesItsProperty() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Map<String, String> properties = settings(("-v +v -aet AE -uca -ta 5 -td 6 -pdu 32768 -dhl "
                + "--max-associations 3 -xf storescp.cfg Default -od " + out + " +ssd +fsu -fe .dcm +B "
                + "+tls k.pem c.pem -pw -der +cf a.pem +cf b.pem +cd d1 +cd d2 +crl r.pem +pz +rs s +ws -ic "
                + "--routes r.yaml 11112").split(" ")).toProperties();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("dicom.host", "0.0.0.0");
        expected.put("dicom.port", "11112");
        expected.put("dicom.aeTitle", "AE");
        expected.put("dicom.useCalledAeTitle", "true");
        expected.put("dicom.acceptance", "profile");
        expected.put("dicom.profileFile", "storescp.cfg");
        expected.put("dicom.profileName", "Default");
        expected.put("dicom.acseTimeout", "5000");
        expected.put("dicom.dimseTimeout", "6000");
        expected.put("dicom.maxPduLength", "32768");
        expected.put("dicom.hostnameLookup", "false");
        expected.put("dicom.maxAssociations", "3");
        expected.put("dicom.storageMode", "bitPreserving");
        expected.put("dicom.outputDirectory", out.toString());
        expected.put("dicom.subdirectoryScheme", "seriesDate");
        expected.put("dicom.fileNameScheme", "shortUnique");
        expected.put("dicom.extension", ".dcm");
        expected.put("dicom.tls.enabled", "true");
        expected.put("dicom.tls.keyFile", "k.pem");
        expected.put("dicom.tls.certificateFile", "c.pem");
        expected.put("dicom.tls.keyPassword", "");
        expected.put("dicom.tls.format", "der");
        expected.put("dicom.tls.trustedCertificates", "a.pem,b.pem");
        expected.put("dicom.tls.trustedDirectories", "d1,d2");
        expected.put("dicom.tls.crlFiles", "r.pem");
        expected.put("dicom.tls.crlVerification", "leaf");
        expected.put("dicom.tls.profile", "bcp195-ex");
        expected.put("dicom.tls.cipherSuites", "");
        expected.put("dicom.tls.dhParameters", "");
        expected.put("dicom.tls.seedFile", "s");
        expected.put("dicom.tls.writeSeedFile", "s");
        expected.put("dicom.tls.peerCertificate", "ignore");
        expected.put("dicom.log.level", "info");
        expected.put("dicom.log.config", "");
        expected.put("dicom.log.verbosePc", "true");
        assertEquals(expected, properties);
    }

    @Test
    void anExistingWritableDirectoryPasses() {
        assertEquals(Optional.empty(), settings("-od", dir.toString(), "104").validate());
        assertEquals(Optional.empty(), settings("104").validate());
    }

    @Test
    void aMissingDirectoryFailsWithExitCode45() {
        assertEquals(Optional.of(new StartupFailure(45, "cannot specify output directory: Directory does not exist")),
                settings("-od", dir.resolve("missing").toString(), "104").validate());
    }

    @Test
    void aFileIsNoDirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals(Optional.of(new StartupFailure(45, "cannot specify output directory: Directory does not exist")),
                settings("-od", file.toString(), "104").validate());
    }

    @Test
    void anUnwritableDirectoryFails() {
        // with a stand-in for the file system: as root, every directory is writable
        OutputDirectoryCheck check = new OutputDirectoryCheck(path -> true, path -> false);
        assertEquals(Optional.of(new StartupFailure(45, "cannot specify output directory: Directory is not writable")),
                check.check(dir));
    }

    @Test
    void anEmptyDirectoryIsTheCurrentOne() {
        OutputDirectoryCheck check = new OutputDirectoryCheck(path -> path.equals(Path.of(".")), path -> true);
        assertEquals(Optional.empty(), check.check(Path.of("")));
    }
}
