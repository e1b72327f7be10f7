package io.github.cameldicom.receiver;

import io.github.cameldicom.receiver.ScannedArguments.Occurrence;
import io.github.cameldicom.tls.CrlVerification;
import io.github.cameldicom.tls.DicomTlsProfile;
import io.github.cameldicom.tls.KeyFileFormat;
import io.github.cameldicom.tls.PeerCertificatePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The TLS options, checked in the order dcmrecv checks them (so that a command line with several mistakes gets the
 * same message): every option of the group needs {@code +tls}, the seed writers need {@code +rs}, {@code +cra}
 * excludes {@code +crv}, {@code +cs} excludes {@code +pz}.
 */
final class TlsEvaluation {

    private static final String ENABLE_TLS = Option.ENABLE_TLS.longName();

    private TlsEvaluation() {
    }

    /** The TLS settings, or empty without {@code +tls}. */
    static Optional<TlsSettings> evaluate(ScannedArguments arguments) throws CommandLineException {
        Optional<Occurrence> enabled = Optional.empty();
        for (Occurrence stack : arguments.block(Option.DISABLE_TLS, Option.ENABLE_TLS)) {
            enabled = stack.option() == Option.ENABLE_TLS ? Optional.of(stack) : Optional.empty();
        }
        boolean secure = enabled.isPresent();

        Optional<String> keyPassword = Optional.empty();
        for (Occurrence password : arguments.block(Option.STD_PASSWD, Option.USE_PASSWD, Option.NULL_PASSWD)) {
            requireTls(password.option().longName(), secure);
            keyPassword = switch (password.option()) {
                case USE_PASSWD -> Optional.of(password.value(0));
                case NULL_PASSWD -> Optional.of("");
                default -> Optional.empty();
            };
        }

        KeyFileFormat format = KeyFileFormat.PEM;
        for (Occurrence encoding : arguments.block(Option.PEM_KEYS, Option.DER_KEYS)) {
            requireTls(encoding.option().longName(), secure);
            format = encoding.option() == Option.DER_KEYS ? KeyFileFormat.DER : KeyFileFormat.PEM;
        }

        Optional<Path> dhParameters = optionalPath(arguments, Option.DHPARAM, secure);
        Optional<Path> seedFile = optionalPath(arguments, Option.SEED, secure);

        Optional<Path> writeSeedFile = Optional.empty();
        for (Occurrence writer : arguments.block(Option.WRITE_SEED, Option.WRITE_SEED_FILE)) {
            requireTls(writer.option().longName(), secure);
            if (seedFile.isEmpty()) {
                throw CommandLineException.onlyAllowedWith(writer.option().longName(), Option.SEED.longName());
            }
            writeSeedFile = writer.option() == Option.WRITE_SEED ? seedFile : Optional.of(writer.path(0));
        }

        PeerCertificatePolicy peerCertificate = PeerCertificatePolicy.REQUIRE;
        for (Occurrence peer : arguments.block(
                Option.REQUIRE_PEER_CERT, Option.IGNORE_PEER_CERT, Option.VERIFY_PEER_CERT)) {
            requireTls(peer.option().longName(), secure);
            peerCertificate = switch (peer.option()) {
                case IGNORE_PEER_CERT -> PeerCertificatePolicy.IGNORE;
                case VERIFY_PEER_CERT -> PeerCertificatePolicy.VERIFY;
                default -> PeerCertificatePolicy.REQUIRE;
            };
        }

        DicomTlsProfile profile = DicomTlsProfile.BCP195_ND;
        for (Occurrence choice : arguments.block(Option.PROFILE_BCP195, Option.PROFILE_BCP195_ND,
                Option.PROFILE_BCP195_EX, Option.PROFILE_BASIC, Option.PROFILE_AES, Option.PROFILE_NULL)) {
            // dcmrecv 3.6.7 names --profile-basic when --profile-aes lacks +tls; kept so that messages match
            Option named = choice.option() == Option.PROFILE_AES ? Option.PROFILE_BASIC : choice.option();
            requireTls(named.longName(), secure);
            profile = profileOf(choice.option());
        }

        List<Path> trustedCertificates = paths(arguments, Option.ADD_CERT_FILE, secure);
        List<Path> trustedDirectories = paths(arguments, Option.ADD_CERT_DIR, secure);
        List<Path> crlFiles = paths(arguments, Option.ADD_CRL_FILE, secure);

        boolean leafCrl = arguments.has(Option.ENABLE_CRL_VFY);
        boolean fullChainCrl = arguments.has(Option.ENABLE_CRL_ALL);
        if (leafCrl) {
            requireTls(Option.ENABLE_CRL_VFY.longName(), secure);
        }
        if (fullChainCrl) {
            requireTls(Option.ENABLE_CRL_ALL.longName(), secure);
            if (leafCrl) {
                throw CommandLineException.notAllowedWith(
                        Option.ENABLE_CRL_ALL.longName(), Option.ENABLE_CRL_VFY.longName());
            }
        }

        List<String> cipherSuites = new ArrayList<>();
        for (Occurrence cipher : arguments.all(Option.CIPHER)) {
            requireTls(Option.CIPHER.longName(), secure);
            if (profile == DicomTlsProfile.BCP195_EX) {
                throw CommandLineException.notAllowedWith(
                        Option.CIPHER.longName(), Option.PROFILE_BCP195_EX.longName());
            }
            cipherSuites.add(cipher.value(0));
        }

        if (enabled.isEmpty()) {
            return Optional.empty();
        }
        CrlVerification crlVerification = fullChainCrl ? CrlVerification.ALL
                : leafCrl || !crlFiles.isEmpty() ? CrlVerification.LEAF
                : CrlVerification.NONE;
        return Optional.of(new TlsSettings(enabled.get().path(0), enabled.get().path(1), keyPassword, format,
                trustedCertificates, trustedDirectories, crlFiles, crlVerification, profile, cipherSuites,
                dhParameters, seedFile, writeSeedFile, peerCertificate));
    }

    private static DicomTlsProfile profileOf(Option option) {
        return switch (option) {
            case PROFILE_BCP195 -> DicomTlsProfile.BCP195;
            case PROFILE_BCP195_EX -> DicomTlsProfile.BCP195_EX;
            case PROFILE_BASIC -> DicomTlsProfile.BASIC;
            case PROFILE_AES -> DicomTlsProfile.AES;
            case PROFILE_NULL -> DicomTlsProfile.NULL_CIPHER;
            default -> DicomTlsProfile.BCP195_ND;
        };
    }

    private static Optional<Path> optionalPath(ScannedArguments arguments, Option option, boolean secure)
            throws CommandLineException {
        Optional<Occurrence> occurrence = arguments.rightmost(option);
        if (occurrence.isEmpty()) {
            return Optional.empty();
        }
        requireTls(option.longName(), secure);
        return Optional.of(occurrence.get().path(0));
    }

    private static List<Path> paths(ScannedArguments arguments, Option option, boolean secure)
            throws CommandLineException {
        List<Path> paths = new ArrayList<>();
        for (Occurrence occurrence : arguments.all(option)) {
            requireTls(option.longName(), secure);
            paths.add(occurrence.path(0));
        }
        return paths;
    }

    private static void requireTls(String option, boolean secure) throws CommandLineException {
        if (!secure) {
            throw CommandLineException.onlyAllowedWith(option, ENABLE_TLS);
        }
    }
}
