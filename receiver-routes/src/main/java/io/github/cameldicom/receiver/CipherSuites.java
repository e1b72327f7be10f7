package io.github.cameldicom.receiver;

import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/** The TLS cipher suites {@code +cs} may name: those the Java runtime supports, by their IANA names. */
final class CipherSuites {

    private CipherSuites() {
    }

    /** The supported suites, without signalling values such as {@code TLS_EMPTY_RENEGOTIATION_INFO_SCSV}. */
    static List<String> supported() {
        try {
            return Arrays.stream(SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites())
                    .filter(suite -> !suite.endsWith("_SCSV"))
                    .collect(Collectors.toUnmodifiableList());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no default TLS implementation", e);
        }
    }
}
