package io.github.cameldicom.tls;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/**
 * What this Java runtime's TLS server can offer: the cipher suites it supports and the protocol versions a server
 * enables by default. Both already leave out what the security property {@code jdk.tls.disabledAlgorithms} forbids
 * (TLS 1.0 and 1.1, 3DES, NULL and anonymous suites in current JDKs), so a profile's needs are checked against what
 * will actually work, not against what the JDK merely knows.
 */
record JvmTls(Set<String> cipherSuites, Set<String> protocols) {

    JvmTls {
        cipherSuites = Set.copyOf(cipherSuites);
        protocols = Set.copyOf(protocols);
    }

    static JvmTls current() throws DicomTlsException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, null, null);
            SSLEngine server = context.createSSLEngine();
            server.setUseClientMode(false);
            return new JvmTls(Set.copyOf(List.of(context.getSupportedSSLParameters().getCipherSuites())),
                    Set.copyOf(List.of(server.getEnabledProtocols())));
        } catch (GeneralSecurityException e) {
            throw new DicomTlsException("this Java runtime offers no TLS: " + e.getMessage(), e);
        }
    }
}
