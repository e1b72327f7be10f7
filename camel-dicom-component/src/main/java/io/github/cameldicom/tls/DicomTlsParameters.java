package io.github.cameldicom.tls;

import org.apache.camel.support.jsse.CipherSuitesParameters;
import org.apache.camel.support.jsse.KeyManagersParameters;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SSLContextServerParameters;
import org.apache.camel.support.jsse.SecureSocketProtocolsParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * DICOM TLS settings from what {@code dcmrecv +tls} takes on its command line, built into Camel
 * {@link SSLContextParameters} for the {@code dicom:} endpoint option {@code sslContextParameters}:
 *
 * <pre>{@code
 * SSLContextParameters tls = new DicomTlsParameters()
 *         .keyFile("site.key").certificateFile("site.crt")      // +tls site.key site.crt
 *         .keyPassword(password)                                 // +pw password
 *         .trustedCertificateFile("ca.crt")                      // +cf ca.crt
 *         .peerCertificatePolicy(PeerCertificatePolicy.REQUIRE)  // -rc
 *         .profile(DicomTlsProfile.BCP195_ND)                    // +py
 *         .crlFile("ca.crl")                                     // +crl ca.crl (implies +crv)
 *         .build();
 * }</pre>
 *
 * In YAML, declare the bean with {@code type: org.apache.camel.support.jsse.SSLContextParameters}, {@code
 * builderClass: io.github.cameldicom.tls.DicomTlsParameters} and these methods' names as properties.
 *
 * <p>{@link #build()} reads and checks every file at once, so that a wrong path, password or key fails the start of
 * the route (dcmrecv: exit code 71) rather than the first handshake. The key is kept in memory only.
 */
public final class DicomTlsParameters {

    private static final Logger LOG = LoggerFactory.getLogger(DicomTlsParameters.class);

    private String keyFile;
    private String certificateFile;
    private char[] keyPassword;
    private KeyFileFormat keyFileFormat = KeyFileFormat.PEM;
    private final List<String> trustedCertificateFiles = new ArrayList<>();
    private final List<String> trustedCertificateDirectories = new ArrayList<>();
    private PeerCertificatePolicy peerCertificatePolicy = PeerCertificatePolicy.REQUIRE;
    private DicomTlsProfile profile = DicomTlsProfile.BCP195_ND;
    private final List<String> cipherSuites = new ArrayList<>();
    private final List<String> crlFiles = new ArrayList<>();
    private CrlVerification crlVerification;
    private String dhParametersFile;
    private String randomSeedFile;
    private String writeRandomSeedFile;

    /** The receiver's private key file (the first argument of dcmrecv {@code +tls}). */
    public DicomTlsParameters keyFile(String file) {
        this.keyFile = file;
        return this;
    }

    /**
     * The receiver's certificate file (the second argument of dcmrecv {@code +tls}); with PEM, further certificates
     * after the first are sent as its chain.
     */
    public DicomTlsParameters certificateFile(String file) {
        this.certificateFile = file;
        return this;
    }

    /**
     * The private key's password (dcmrecv {@code +pw}; an empty one is {@code -pw}). Not needed for an unencrypted
     * key.
     */
    public DicomTlsParameters keyPassword(String password) {
        this.keyPassword = password != null ? password.toCharArray() : null;
        return this;
    }

    /** The encoding of the key, certificate and trusted certificate files (dcmrecv {@code -pem}, {@code -der}). */
    public DicomTlsParameters keyFileFormat(KeyFileFormat format) {
        this.keyFileFormat = format;
        return this;
    }

    /** Adds a file of trusted CA certificates (dcmrecv {@code +cf}); a PEM file may hold several. */
    public DicomTlsParameters trustedCertificateFile(String file) {
        trustedCertificateFiles.add(file);
        return this;
    }

    /** Adds comma-separated files of trusted CA certificates (dcmrecv {@code +cf}, repeated). */
    public DicomTlsParameters trustedCertificateFiles(String commaSeparated) {
        trustedCertificateFiles.addAll(split(commaSeparated));
        return this;
    }

    /**
     * Adds a directory whose files are trusted CA certificates (dcmrecv {@code +cd}); files that hold no certificate
     * are skipped.
     */
    public DicomTlsParameters trustedCertificateDirectory(String directory) {
        trustedCertificateDirectories.add(directory);
        return this;
    }

    /** Adds comma-separated directories of trusted CA certificates (dcmrecv {@code +cd}, repeated). */
    public DicomTlsParameters trustedCertificateDirectories(String commaSeparated) {
        trustedCertificateDirectories.addAll(split(commaSeparated));
        return this;
    }

    /** What is asked of the peer's certificate (dcmrecv {@code -rc}, {@code -vc}, {@code -ic}); default require. */
    public DicomTlsParameters peerCertificatePolicy(PeerCertificatePolicy policy) {
        this.peerCertificatePolicy = policy;
        return this;
    }

    /** The security profile (dcmrecv {@code +py}, {@code +px}, {@code +pz}, {@code +pa}, {@code +pn}); default bcp195-nd. */
    public DicomTlsParameters profile(DicomTlsProfile profile) {
        this.profile = profile;
        return this;
    }

    /**
     * Adds a cipher suite to the profile's (dcmrecv {@code +cs}), by IANA name ({@code TLS_..._WITH_...}, as DCMTK
     * 3.6.7 takes them) or OpenSSL name; it is offered after the profile's own.
     */
    public DicomTlsParameters cipherSuite(String name) {
        cipherSuites.add(name);
        return this;
    }

    /** Adds comma- or colon-separated cipher suites (dcmrecv {@code +cs}, repeated; OpenSSL's list syntax). */
    public DicomTlsParameters cipherSuites(String list) {
        for (String s : list.split("[,:]")) {
            if (!s.isBlank()) {
                cipherSuites.add(s.strip());
            }
        }
        return this;
    }

    /**
     * Adds a file of certificate revocation lists (dcmrecv {@code +crl}), PEM (several {@code X509 CRL} blocks
     * allowed) or DER as {@link #keyFileFormat}; unless {@link #crlVerification} says otherwise, the peer's own
     * certificate is then checked against them ({@code +crv}). As with dcmrecv, a file that cannot be read is
     * skipped with a warning; the check stays on, so certificates whose issuer has no CRL are refused.
     */
    public DicomTlsParameters crlFile(String file) {
        crlFiles.add(file);
        return this;
    }

    /** Adds comma-separated CRL files (dcmrecv {@code +crl}, repeated). */
    public DicomTlsParameters crlFiles(String commaSeparated) {
        crlFiles.addAll(split(commaSeparated));
        return this;
    }

    /**
     * Which certificates of the peer's chain are checked against the CRLs: {@code leaf} (dcmrecv {@code +crv}, the
     * default with CRL files), {@code all} (every one below the trust anchor, {@code +cra}) or {@code none}. A checked
     * certificate whose issuer has no CRL among the files is refused; CRLs are never fetched from the network.
     */
    public DicomTlsParameters crlVerification(CrlVerification verification) {
        this.crlVerification = verification;
        return this;
    }

    /**
     * Diffie-Hellman parameters for the DHE cipher suites (dcmrecv {@code +dp}), a PEM {@code DH PARAMETERS} file.
     * The Java runtime cannot take arbitrary DH parameters: when they are one of the RFC 7919 groups ({@code
     * ffdhe2048} … {@code ffdhe8192}, as {@code openssl genpkey -genparam -algorithm DH -pkeyopt group:ffdhe3072}
     * writes them), DHE is limited to that group; otherwise a warning says that the runtime's own groups are used. A
     * file that cannot be read is ignored with dcmrecv's warning.
     */
    public DicomTlsParameters dhParametersFile(String file) {
        this.dhParametersFile = file;
        return this;
    }

    /**
     * A file whose contents are mixed into the TLS random generator (dcmrecv {@code +rs}); it supplements the
     * runtime's own seeding. A missing file is not an error.
     */
    public DicomTlsParameters randomSeedFile(String file) {
        this.randomSeedFile = file;
        return this;
    }

    /**
     * Where new random seed bytes are written when the Camel context stops (dcmrecv {@code +ws}: the seed file
     * itself; {@code +wf FILE}). Needs {@link #randomSeedFile}, as in dcmrecv.
     */
    public DicomTlsParameters writeRandomSeedFile(String file) {
        this.writeRandomSeedFile = file;
        return this;
    }

    /**
     * Reads and checks the key, certificates and options, and returns the Camel TLS settings of a receiver.
     *
     * @throws DicomTlsException naming the file or option at fault: a file missing, unreadable or invalid, a wrong
     *                           key password, a key that does not belong to the certificate, no trusted certificates
     *                           while peer certificates are checked, or a profile this Java runtime cannot offer
     */
    public SSLContextParameters build() throws DicomTlsException {
        if (blank(keyFile) || blank(certificateFile)) {
            throw new DicomTlsException("DICOM TLS needs the receiver's private key file and certificate file "
                                        + "(dcmrecv +tls KEYFILE CERTFILE)");
        }
        Path keyPath = Path.of(keyFile);
        Path certificatePath = Path.of(certificateFile);
        PrivateKey key = PrivateKeyReader.read(keyPath, keyFileFormat, keyPassword);
        List<X509Certificate> chain = CertificateReader.read(certificatePath, keyFileFormat, "certificate file");
        checkKeyMatches(key, keyPath, chain.get(0), certificatePath);
        warnIfNotValidNow(chain.get(0), certificatePath);

        List<X509Certificate> trusted = trustedCertificates();
        if (peerCertificatePolicy != PeerCertificatePolicy.IGNORE && trusted.isEmpty()) {
            throw new DicomTlsException("peer certificate policy " + peerCertificatePolicy + " checks the peers' "
                                        + "certificates, but no trusted certificate was given (dcmrecv +cf or +cd; "
                                        + "or -ic to ignore peer certificates)");
        }
        if (blank(randomSeedFile) && !blank(writeRandomSeedFile)) {
            throw new DicomTlsException("writing a random seed file (dcmrecv +ws or +wf) needs a seed file (+rs)");
        }
        CrlVerification crlMode = crlVerification != null ? crlVerification
                : crlFiles.isEmpty() ? CrlVerification.NONE : CrlVerification.LEAF;
        List<X509CRL> crls = crls();
        TlsSettings settings = TlsSettings.resolve(profile, cipherSuites, JvmTls.current());
        if ("EC".equals(key.getAlgorithm()) && !settings.offersTls12Ecdsa()) {
            LOG.warn("TLS profile {} offers only RSA cipher suites for TLS 1.2, but the key in {} is an EC key: only "
                     + "TLS 1.3 peers can connect (use an RSA key, or profile bcp195-ex)", profile, keyPath);
        }

        Optional<FfdheGroup> dheGroup = dheGroup();
        if (dheGroup.isPresent() && dheGroup.get() != FfdheGroup.FFDHE2048 && settings.protocols().contains("TLSv1.2")
            && settings.cipherSuites().stream().anyMatch(suite -> suite.contains("_DHE_"))) {
            LOG.warn("DHE suites over TLS 1.2 with clients that do not name their FFDHE groups (OpenSSL, and so "
                     + "DCMTK, does not for TLS 1.2) use the Java runtime's default group, not {} of {}: start the "
                     + "receiver's Java with -Djdk.tls.ephemeralDHKeySize={} for that", dheGroup.get(),
                    dhParametersFile, dheGroup.get().bits());
        }
        Optional<RandomSeed> seed = blank(randomSeedFile) ? Optional.empty()
                : Optional.of(RandomSeed.create(Path.of(randomSeedFile),
                        blank(writeRandomSeedFile) ? null : Path.of(writeRandomSeedFile)));

        DicomSslContextParameters parameters = new DicomSslContextParameters(seed, dheGroup);
        parameters.setSecureSocketProtocol("TLS");
        parameters.setKeyManagers(keyManagers(key, chain));
        if (!trusted.isEmpty()) {
            TrustManagersParameters trustManagers = new TrustManagersParameters();
            trustManagers.setTrustManager(trustManager(trusted, crls, crlMode));
            parameters.setTrustManagers(trustManagers);
        }
        if (crlMode != CrlVerification.NONE && peerCertificatePolicy == PeerCertificatePolicy.IGNORE) {
            LOG.info("peer certificates are ignored ({}): the CRLs are not used", peerCertificatePolicy);
        }
        SecureSocketProtocolsParameters protocols = new SecureSocketProtocolsParameters();
        protocols.setSecureSocketProtocol(new ArrayList<>(settings.protocols()));
        parameters.setSecureSocketProtocols(protocols);
        CipherSuitesParameters suites = new CipherSuitesParameters();
        suites.setCipherSuite(new ArrayList<>(settings.cipherSuites()));
        parameters.setCipherSuites(suites);
        SSLContextServerParameters server = new SSLContextServerParameters();
        server.setClientAuthentication(peerCertificatePolicy.clientAuthentication().name());
        parameters.setServerParameters(server);

        LOG.info("DICOM TLS: profile {} ({}), protocols {}, {} cipher suites, peer certificates: {}, {} trusted "
                 + "certificates, CRL check: {} ({} CRLs), own certificate '{}' valid until {}", profile,
                profile.title(), settings.protocols(), settings.cipherSuites().size(), peerCertificatePolicy,
                trusted.size(), crlMode, crls.size(), chain.get(0).getSubjectX500Principal().getName(),
                chain.get(0).getNotAfter().toInstant());
        LOG.debug("DICOM TLS cipher suites, most preferred first: {}", settings.cipherSuites());
        return parameters;
    }

    private List<X509Certificate> trustedCertificates() throws DicomTlsException {
        Set<X509Certificate> trusted = new LinkedHashSet<>();
        for (String file : trustedCertificateFiles) {
            trusted.addAll(CertificateReader.read(Path.of(file), keyFileFormat, "trusted certificate file"));
        }
        for (String directory : trustedCertificateDirectories) {
            trusted.addAll(CertificateReader.readDirectory(Path.of(directory), keyFileFormat));
        }
        return new ArrayList<>(trusted);
    }

    /** The CRLs of every readable CRL file; dcmrecv skips the others with a warning, and so do we. */
    private List<X509CRL> crls() {
        List<X509CRL> crls = new ArrayList<>();
        for (String file : crlFiles) {
            try {
                crls.addAll(CrlReader.read(Path.of(file), keyFileFormat));
            } catch (DicomTlsException e) {
                LOG.warn("unable to load CRL file '{}', ignoring", file);
                LOG.debug("CRL file {}: {}", file, e.getMessage());
            }
        }
        return crls;
    }

    /**
     * The RFC 7919 group of the {@code +dp} parameters, if they are one. Parameters that cannot be read are ignored
     * with dcmrecv's warning; other parameters with a warning that the runtime's own groups are used.
     */
    private Optional<FfdheGroup> dheGroup() {
        if (blank(dhParametersFile)) {
            return Optional.empty();
        }
        DhParameters parameters;
        try {
            parameters = DhParameters.read(Path.of(dhParametersFile));
        } catch (DicomTlsException e) {
            LOG.warn("unable to load temporary DH parameter file '{}', ignoring", dhParametersFile);
            LOG.debug("DH parameter file {}: {}", dhParametersFile, e.getMessage());
            return Optional.empty();
        }
        Optional<FfdheGroup> group = parameters.namedGroup();
        if (group.isPresent()) {
            LOG.info("DHE key exchange limited to the RFC 7919 group {} of DH parameter file {}", group.get(),
                    dhParametersFile);
        } else {
            LOG.warn("the {}-bit DH parameters in {} are not an RFC 7919 group (ffdhe2048 ... ffdhe8192); the Java "
                     + "runtime cannot use other DH parameters, so DHE uses its own groups of 2048 bits and more",
                    parameters.bits(), dhParametersFile);
        }
        return group;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void checkKeyMatches(PrivateKey key, Path keyPath, X509Certificate certificate,
                                        Path certificatePath) throws DicomTlsException {
        boolean matches;
        try {
            matches = KeyCertificateMatch.matches(key, certificate.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new DicomTlsException("private key file " + keyPath + " does not match certificate file "
                                        + certificatePath + ": " + e.getMessage(), e);
        }
        if (!matches) {
            throw new DicomTlsException("private key file " + keyPath + " (" + key.getAlgorithm() + ") does not "
                                        + "belong to the certificate in " + certificatePath + " ("
                                        + certificate.getPublicKey().getAlgorithm() + ", '"
                                        + certificate.getSubjectX500Principal().getName() + "')");
        }
    }

    private static void warnIfNotValidNow(X509Certificate certificate, Path file) {
        try {
            certificate.checkValidity();
        } catch (CertificateExpiredException e) {
            LOG.warn("the certificate in {} expired on {}; peers that check it will refuse the connection", file,
                    certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            LOG.warn("the certificate in {} is valid only from {}; peers that check it will refuse the connection",
                    file, certificate.getNotBefore().toInstant());
        }
    }

    /**
     * The key in an in-memory key store, the only form Camel's key managers take. Its password protects nothing
     * outside this process, so it is random and never shown.
     */
    private static KeyManagersParameters keyManagers(PrivateKey key, List<X509Certificate> chain)
            throws DicomTlsException {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String storePassword = HexFormat.of().formatHex(random);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("dicom", key, storePassword.toCharArray(), chain.toArray(X509Certificate[]::new));
            KeyStoreParameters storeParameters = new KeyStoreParameters();
            storeParameters.setKeyStore(store);
            KeyManagersParameters keyManagers = new KeyManagersParameters();
            keyManagers.setKeyStore(storeParameters);
            keyManagers.setKeyPassword(storePassword);
            return keyManagers;
        } catch (GeneralSecurityException | IOException e) {
            throw new DicomTlsException("cannot hold the " + key.getAlgorithm() + " key in a key store: " + e, e);
        }
    }

    /**
     * A PKIX trust manager over the trusted certificates; with CRL verification, its revocation checker uses only the
     * given CRLs (PREFER_CRLS without fallback: no OCSP; the JDK fetches no CRLs unless its system property
     * {@code com.sun.security.enableCRLDP} is set), for the peer's certificate or every certificate of the chain.
     */
    private static TrustManager trustManager(List<X509Certificate> trusted, List<X509CRL> crls,
                                             CrlVerification crlMode) throws DicomTlsException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int n = 0;
            for (X509Certificate certificate : trusted) {
                store.setCertificateEntry("trusted-" + n++, certificate);
            }
            if (crlMode == CrlVerification.NONE) {
                TrustManagerFactory factory =
                        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                return factory.getTrustManagers()[0];
            }
            PKIXBuilderParameters pkix = new PKIXBuilderParameters(store, new X509CertSelector());
            pkix.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
            PKIXRevocationChecker revocation =
                    (PKIXRevocationChecker) CertPathValidator.getInstance("PKIX").getRevocationChecker();
            Set<PKIXRevocationChecker.Option> options =
                    EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK);
            if (crlMode == CrlVerification.LEAF) {
                options.add(PKIXRevocationChecker.Option.ONLY_END_ENTITY);
            }
            revocation.setOptions(options);
            pkix.addCertPathChecker(revocation);
            pkix.setRevocationEnabled(true);
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(new CertPathTrustManagerParameters(pkix));
            return factory.getTrustManagers()[0];
        } catch (GeneralSecurityException | IOException e) {
            throw new DicomTlsException("cannot use the trusted certificates: " + e, e);
        }
    }

    private static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
