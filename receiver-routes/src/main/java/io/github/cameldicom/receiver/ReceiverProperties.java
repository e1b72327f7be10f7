package io.github.cameldicom.receiver;

import io.github.cameldicom.tls.CrlVerification;
import io.github.cameldicom.tls.DicomTlsProfile;
import io.github.cameldicom.tls.KeyFileFormat;
import io.github.cameldicom.tls.PeerCertificatePolicy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns {@link ReceiverSettings} into the Camel properties the receiver's YAML routes use as placeholders. Every
 * key is always present, so that a route may use any of them without a default, except
 * {@code dicom.tls.keyPassword}: it is absent when the password is to be asked on the console.
 *
 * <p>Durations are in milliseconds ({@code dicom.dimseTimeout} 0 = unlimited), booleans {@code true}/{@code false},
 * lists comma-separated, absent files empty, and the output directory an absolute path.
 */
final class ReceiverProperties {

    private ReceiverProperties() {
    }

    static Map<String, String> of(ReceiverSettings settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        NetworkSettings network = settings.network();
        properties.put("dicom.host", "0.0.0.0");
        properties.put("dicom.port", Integer.toString(network.port()));
        properties.put("dicom.aeTitle", network.aeTitle());
        properties.put("dicom.useCalledAeTitle", Boolean.toString(network.useCalledAeTitle()));
        putAcceptance(properties, settings.acceptance());
        properties.put("dicom.acseTimeout", Long.toString(network.acseTimeout().toMillis()));
        properties.put("dicom.dimseTimeout", Long.toString(network.dimseTimeout().toMillis()));
        properties.put("dicom.maxPduLength", Integer.toString(network.maxPduLength()));
        properties.put("dicom.hostnameLookup", Boolean.toString(network.hostnameLookup()));
        properties.put("dicom.maxAssociations", Integer.toString(network.maxAssociations()));
        OutputSettings output = settings.output();
        properties.put("dicom.storageMode", output.storageMode().propertyValue());
        properties.put("dicom.outputDirectory", output.directory().toAbsolutePath().normalize().toString());
        properties.put("dicom.subdirectoryScheme", output.subdirectoryScheme().propertyValue());
        properties.put("dicom.fileNameScheme", output.fileNameScheme().propertyValue());
        properties.put("dicom.extension", output.extension());
        putTls(properties, settings.tls());
        LogSettings logging = settings.logging();
        properties.put("dicom.log.level", logging.level().propertyValue());
        properties.put("dicom.log.config", text(logging.configFile()));
        properties.put("dicom.log.verbosePc", Boolean.toString(logging.verbosePresentationContexts()));
        return Collections.unmodifiableMap(properties);
    }

    private static void putAcceptance(Map<String, String> properties, Acceptance acceptance) {
        properties.put("dicom.acceptance", acceptance.propertyValue());
        Optional<Acceptance.Profile> profile = acceptance instanceof Acceptance.Profile
                ? Optional.of((Acceptance.Profile) acceptance)
                : Optional.empty();
        properties.put("dicom.profileFile", text(profile.map(Acceptance.Profile::file)));
        properties.put("dicom.profileName", profile.map(Acceptance.Profile::name).orElse(""));
    }

    private static void putTls(Map<String, String> properties, Optional<TlsSettings> settings) {
        properties.put("dicom.tls.enabled", Boolean.toString(settings.isPresent()));
        properties.put("dicom.tls.keyFile", text(settings.map(TlsSettings::keyFile)));
        properties.put("dicom.tls.certificateFile", text(settings.map(TlsSettings::certificateFile)));
        settings.flatMap(TlsSettings::keyPassword)
                .ifPresent(password -> properties.put("dicom.tls.keyPassword", password));
        properties.put("dicom.tls.format",
                settings.map(TlsSettings::format).orElse(KeyFileFormat.PEM).name().toLowerCase(Locale.ROOT));
        properties.put("dicom.tls.trustedCertificates", list(settings.map(TlsSettings::trustedCertificates)));
        properties.put("dicom.tls.trustedDirectories", list(settings.map(TlsSettings::trustedDirectories)));
        properties.put("dicom.tls.crlFiles", list(settings.map(TlsSettings::crlFiles)));
        properties.put("dicom.tls.crlVerification",
                settings.map(TlsSettings::crlVerification).orElse(CrlVerification.NONE).toString());
        properties.put("dicom.tls.profile",
                settings.map(TlsSettings::profile).orElse(DicomTlsProfile.BCP195_ND).toString());
        properties.put("dicom.tls.cipherSuites", list(settings.map(TlsSettings::cipherSuites)));
        properties.put("dicom.tls.dhParameters", text(settings.flatMap(TlsSettings::dhParameters)));
        properties.put("dicom.tls.seedFile", text(settings.flatMap(TlsSettings::seedFile)));
        properties.put("dicom.tls.writeSeedFile", text(settings.flatMap(TlsSettings::writeSeedFile)));
        properties.put("dicom.tls.peerCertificate",
                settings.map(TlsSettings::peerCertificate).orElse(PeerCertificatePolicy.REQUIRE).toString());
    }

    private static String text(Optional<Path> path) {
        return path.map(Path::toString).orElse("");
    }

    private static String list(Optional<? extends Collection<?>> values) {
        return values.map(list -> list.stream().map(Object::toString).collect(Collectors.joining(",")))
                .orElse("");
    }
}
