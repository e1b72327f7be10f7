package io.github.cameldicom.tls;

import org.apache.camel.support.jsse.ClientAuthentication;

/** What the receiver asks of the calling peer's certificate (dcmrecv {@code -rc}, {@code -vc}, {@code -ic}). */
public enum PeerCertificatePolicy {

    /** The peer must present a certificate that the trusted certificates verify ({@code -rc}, the default). */
    REQUIRE("require", ClientAuthentication.REQUIRE),

    /** A peer certificate is asked for and, if presented, must verify; peers without one are accepted ({@code -vc}). */
    VERIFY("verify", ClientAuthentication.WANT),

    /** No peer certificate is asked for ({@code -ic}); anyone who can reach the port may associate. */
    IGNORE("ignore", ClientAuthentication.NONE);

    private final String optionName;
    private final ClientAuthentication clientAuthentication;

    PeerCertificatePolicy(String optionName, ClientAuthentication clientAuthentication) {
        this.optionName = optionName;
        this.clientAuthentication = clientAuthentication;
    }

    /** The policy for a name: {@code require}, {@code verify} or {@code ignore}, in any case. */
    public static PeerCertificatePolicy of(String name) {
        for (PeerCertificatePolicy p : values()) {
            if (p.optionName.equalsIgnoreCase(name.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown peer certificate policy '" + name
                                           + "'; known: require, verify, ignore");
    }

    /** How the TLS server asks for the client's certificate under this policy. */
    public ClientAuthentication clientAuthentication() {
        return clientAuthentication;
    }

    @Override
    public String toString() {
        return optionName;
    }
}
