package io.github.cameldicom.tls;

import java.util.Arrays;
import java.util.List;

/**
 * The TLS security profiles of dcmrecv ({@code +py}, {@code +px}, {@code +pz}, {@code +pa}, {@code +pn}), after
 * DICOM PS3.15 Annex B: which protocol versions and cipher suites the receiver offers. Cipher suites are listed in
 * the receiver's order of preference, strongest first, because the JDK's server picks the first of its own suites
 * that the client also offers, as BCP 195 recommends.
 *
 * <p>TLS 1.3 is offered with the profiles DCMTK 3.6.7 offers it with (bcp195-nd and bcp195), together with its three
 * standard cipher suites (RFC 8446 §9.1). Protocol versions and suites the Java runtime disables (its security
 * property {@code jdk.tls.disabledAlgorithms}: TLS 1.0 and 1.1, 3DES and NULL suites in current JDKs) cannot be
 * offered; what a profile merely allows is then dropped, what it requires makes the settings fail.
 */
public enum DicomTlsProfile {

    /** PS3.15 B.10 Non-Downgrading BCP 195 TLS Profile: TLS 1.2 and 1.3 only; dcmrecv's default ({@code +py}). */
    BCP195_ND("bcp195-nd", "Non-downgrading BCP 195 TLS Profile",
            List.of("TLSv1.3", "TLSv1.2"), List.of(),
            concat(Suites.TLS13, Suites.BCP195_RSA), List.of(), true),

    /**
     * PS3.15 B.9 BCP 195 TLS Profile ({@code +px}): the BCP 195 suites, plus TLS 1.0/1.1 and the AES and 3DES
     * suites of the retired profiles for older peers, as far as the Java runtime still allows them.
     */
    BCP195("bcp195", "BCP 195 TLS Profile",
            List.of("TLSv1.3", "TLSv1.2"), List.of("TLSv1.1", "TLSv1"),
            concat(Suites.TLS13, Suites.BCP195_RSA, List.of("TLS_RSA_WITH_AES_128_CBC_SHA")),
            List.of("SSL_RSA_WITH_3DES_EDE_CBC_SHA"), true),

    /**
     * PS3.15 B.11 Extended BCP 195 TLS Profile ({@code +pz}): TLS 1.2 only, the BCP 195 suites with RSA and ECDSA
     * certificates; no further suites may be added.
     */
    BCP195_EX("bcp195-ex", "Extended BCP 195 TLS Profile",
            List.of("TLSv1.2"), List.of(),
            List.of("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                    "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                    "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"),
            List.of(), false),

    /** PS3.15 B.3 AES TLS Secure Transport Connection Profile, retired ({@code +pa}). */
    AES("aes", "AES TLS Secure Transport Connection Profile (retired)",
            List.of("TLSv1.2"), List.of("TLSv1.1", "TLSv1"),
            List.of("TLS_RSA_WITH_AES_128_CBC_SHA"), List.of("SSL_RSA_WITH_3DES_EDE_CBC_SHA"), true),

    /** PS3.15 B.1 Basic TLS Secure Transport Connection Profile, retired: 3DES only. */
    BASIC("basic", "Basic TLS Secure Transport Connection Profile (retired)",
            List.of("TLSv1.2"), List.of("TLSv1.1", "TLSv1"),
            List.of("SSL_RSA_WITH_3DES_EDE_CBC_SHA"), List.of(), true),

    /**
     * Authenticated but unencrypted communication ({@code +pn}), retired, once used by IHE ATNA: the peers are
     * authenticated and the data integrity-protected, but everything travels in clear text.
     */
    NULL_CIPHER("null", "Authenticated unencrypted communication (retired, was used in IHE ATNA)",
            List.of("TLSv1.2"), List.of("TLSv1.1", "TLSv1"),
            List.of("SSL_RSA_WITH_NULL_SHA"), List.of(), true);

    /** Suite groups shared by several profiles (JDK names). */
    private static final class Suites {
        /** RFC 8446 §9.1 and B.4, in OpenSSL's default order, which DCMTK offers. */
        static final List<String> TLS13 = List.of("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
                "TLS_AES_128_GCM_SHA256");
        /** The four suites PS3.15 B.9 and B.10 require. */
        static final List<String> BCP195_RSA = List.of("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
    }

    private final String optionName;
    private final String title;
    private final List<String> protocols;
    private final List<String> optionalProtocols;
    private final List<String> cipherSuites;
    private final List<String> optionalCipherSuites;
    private final boolean extraCipherSuitesAllowed;

    DicomTlsProfile(String optionName, String title, List<String> protocols, List<String> optionalProtocols,
                    List<String> cipherSuites, List<String> optionalCipherSuites, boolean extraCipherSuitesAllowed) {
        this.optionName = optionName;
        this.title = title;
        this.protocols = protocols;
        this.optionalProtocols = optionalProtocols;
        this.cipherSuites = cipherSuites;
        this.optionalCipherSuites = optionalCipherSuites;
        this.extraCipherSuitesAllowed = extraCipherSuitesAllowed;
    }

    /**
     * The profile for a name: its dcmrecv long option without {@code --profile-} ({@code bcp195-nd}, {@code bcp195},
     * {@code bcp195-ex}, {@code aes}, {@code basic}, {@code null}) or its constant name, in any case.
     */
    public static DicomTlsProfile of(String name) {
        String n = name.strip();
        for (DicomTlsProfile p : values()) {
            if (p.optionName.equalsIgnoreCase(n) || p.name().equalsIgnoreCase(n.replace('-', '_'))) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown TLS profile '" + name + "'; known: bcp195-nd, bcp195, "
                                           + "bcp195-ex, aes, basic, null");
    }

    /** The short name, as in dcmrecv's {@code --profile-NAME} options. */
    public String optionName() {
        return optionName;
    }

    /** The profile's name as DCMTK and PS3.15 give it. */
    public String title() {
        return title;
    }

    /** Protocol versions the profile requires, most preferred first. */
    List<String> protocols() {
        return protocols;
    }

    /** Protocol versions the profile allows for older peers, offered when the Java runtime allows them. */
    List<String> optionalProtocols() {
        return optionalProtocols;
    }

    /** Cipher suites (JDK names) the profile requires, most preferred first. */
    List<String> cipherSuites() {
        return cipherSuites;
    }

    /** Cipher suites (JDK names) offered when the Java runtime allows them. */
    List<String> optionalCipherSuites() {
        return optionalCipherSuites;
    }

    /** Whether dcmrecv {@code +cs} may add suites; the Extended BCP 195 profile forbids it. */
    boolean extraCipherSuitesAllowed() {
        return extraCipherSuitesAllowed;
    }

    /** Whether the profile exists to encrypt, so that unencrypted suites must not be added to it. */
    boolean encrypts() {
        return this != NULL_CIPHER;
    }

    @Override
    public String toString() {
        return optionName;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
