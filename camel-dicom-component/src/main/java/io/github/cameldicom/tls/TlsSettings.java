package io.github.cameldicom.tls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The protocol versions and cipher suites (JDK names, most preferred first) the receiver offers: a profile's, plus
 * the suites added with dcmrecv {@code +cs}, narrowed to what the Java runtime can do.
 */
record TlsSettings(List<String> protocols, List<String> cipherSuites) {

    private static final Logger LOG = LoggerFactory.getLogger(TlsSettings.class);

    TlsSettings {
        protocols = List.copyOf(protocols);
        cipherSuites = List.copyOf(cipherSuites);
    }

    /**
     * @param extraSuites suites added with {@code +cs}, by IANA or OpenSSL name; offered after the profile's own
     * @throws DicomTlsException when the profile needs a suite or protocol the runtime cannot offer, or an extra
     *                           suite is unknown, unavailable, or not allowed with the profile
     */
    static TlsSettings resolve(DicomTlsProfile profile, List<String> extraSuites, JvmTls jvm)
            throws DicomTlsException {
        List<String> protocols = new ArrayList<>();
        for (String protocol : profile.protocols()) {
            if (jvm.protocols().contains(protocol)) {
                protocols.add(protocol);
            }
        }
        if (protocols.isEmpty()) {
            throw new DicomTlsException("TLS profile " + profile + " (" + profile.title() + ") needs "
                                        + String.join(" or ", profile.protocols()) + ", which this Java runtime does "
                                        + "not enable (see jdk.tls.disabledAlgorithms in its java.security)");
        }
        List<String> droppedProtocols = new ArrayList<>();
        for (String protocol : profile.optionalProtocols()) {
            (jvm.protocols().contains(protocol) ? protocols : droppedProtocols).add(protocol);
        }

        Set<String> suites = new LinkedHashSet<>();
        for (String suite : profile.cipherSuites()) {
            if (!jvm.cipherSuites().contains(suite)) {
                throw new DicomTlsException("TLS profile " + profile + " (" + profile.title() + ") needs cipher suite "
                                            + suite + ", which this Java runtime does not offer (unsupported, or "
                                            + "disabled by jdk.tls.disabledAlgorithms in its java.security)");
            }
            suites.add(suite);
        }
        List<String> droppedSuites = new ArrayList<>();
        for (String suite : profile.optionalCipherSuites()) {
            if (jvm.cipherSuites().contains(suite)) {
                suites.add(suite);
            } else {
                droppedSuites.add(suite);
            }
        }
        if (!extraSuites.isEmpty() && !profile.extraCipherSuitesAllowed()) {
            throw new DicomTlsException("TLS profile " + profile + " (" + profile.title() + ") allows no further "
                                        + "cipher suites (+cs " + String.join(", ", extraSuites) + ")");
        }
        for (String name : extraSuites) {
            String suite = CipherSuiteNames.toJdk(name);
            if (profile.encrypts() && CipherSuiteNames.isUnencrypted(suite)) {
                throw new DicomTlsException("unencrypted cipher suite " + name + " (+cs) is not allowed with TLS "
                                            + "profile " + profile + " (" + profile.title() + ")");
            }
            if (!jvm.cipherSuites().contains(suite)) {
                throw new DicomTlsException("cipher suite " + name + " (+cs) is not offered by this Java runtime "
                                            + "(unsupported, or disabled by jdk.tls.disabledAlgorithms in its "
                                            + "java.security)");
            }
            suites.add(suite);
        }
        if (!droppedProtocols.isEmpty() || !droppedSuites.isEmpty()) {
            // The profile allows these for old peers; this runtime forbids them, so such peers will be refused.
            LOG.warn("TLS profile {}: this Java runtime disables {}; peers that need them will be refused", profile,
                    String.join(", ", concat(droppedProtocols, droppedSuites)));
        }
        return new TlsSettings(protocols, new ArrayList<>(suites));
    }

    /** Whether a TLS 1.2 suite among those offered works with an EC (ECDSA) server key. */
    boolean offersTls12Ecdsa() {
        return cipherSuites.stream().anyMatch(s -> s.contains("_ECDSA_"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
