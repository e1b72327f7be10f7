package io.github.cameldicom.net;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import javax.net.ServerSocketFactory;

/**
 * How an acceptor negotiates and serves associations. Immutable; build with {@link #builder()}.
 *
 * @param aeTitle                 this acceptor's AE title
 * @param useCalledAeTitle        answer with the AE title the requestor called instead of {@code aeTitle}
 *                                (dcmrecv {@code -uca})
 * @param checkCalledAeTitle      reject requests whose called AE title is not {@code aeTitle}
 * @param allowedCallingAeTitles  if not empty, the only calling AE titles accepted
 * @param maxPduLength            the largest P-DATA-TF variable field this acceptor receives (PS3.8 Annex D.1)
 * @param acseTimeout             ARTIM: how long to wait for the A-ASSOCIATE-RQ and, after release or reject, for the
 *                                peer to close
 * @param dimseTimeout            how long to wait for the peer while an association is established; zero waits
 *                                forever
 * @param maxAssociations         associations served at once; more are rejected (transient, local limit exceeded)
 * @param hostnameLookup          resolve the peer's host name for logs and headers
 * @param tcpNoDelay              disable Nagle's algorithm on accepted sockets
 * @param socketBufferSize        send and receive buffer size of accepted sockets; 0 keeps the system default
 * @param policy                  which presentation contexts are accepted
 * @param serverSocketFactory     plain or TLS server sockets
 */
public record AcceptorConfig(String aeTitle, boolean useCalledAeTitle, boolean checkCalledAeTitle,
                             Set<String> allowedCallingAeTitles, int maxPduLength, Duration acseTimeout,
                             Duration dimseTimeout, int maxAssociations, boolean hostnameLookup, boolean tcpNoDelay,
                             int socketBufferSize, AcceptancePolicy policy, ServerSocketFactory serverSocketFactory) {

    /** The smallest maximum PDU length we advertise; PS3.8 allows less, but no real peer needs it. */
    public static final int MIN_PDU_LENGTH = 1024;

    public AcceptorConfig {
        Objects.requireNonNull(aeTitle, "aeTitle");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(serverSocketFactory, "serverSocketFactory");
        allowedCallingAeTitles = Set.copyOf(allowedCallingAeTitles);
        if (aeTitle.isBlank() || aeTitle.length() > 16) {
            throw new IllegalArgumentException("AE title must be 1 to 16 characters: '" + aeTitle + "'");
        }
        if (maxPduLength < MIN_PDU_LENGTH) {
            throw new IllegalArgumentException("maxPduLength must be at least " + MIN_PDU_LENGTH + ": " + maxPduLength);
        }
        if (acseTimeout.isNegative() || acseTimeout.isZero()) {
            throw new IllegalArgumentException("acseTimeout must be positive: " + acseTimeout);
        }
        if (dimseTimeout.isNegative()) {
            throw new IllegalArgumentException("dimseTimeout must not be negative: " + dimseTimeout);
        }
        if (maxAssociations < 1) {
            throw new IllegalArgumentException("maxAssociations must be at least 1: " + maxAssociations);
        }
        if (socketBufferSize < 0) {
            throw new IllegalArgumentException("socketBufferSize must not be negative: " + socketBufferSize);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with dcmrecv's defaults. */
    public static final class Builder {
        private String aeTitle = "DCMRECV";
        private boolean useCalledAeTitle;
        private boolean checkCalledAeTitle;
        private Set<String> allowedCallingAeTitles = Set.of();
        private int maxPduLength = 16384;
        private Duration acseTimeout = Duration.ofSeconds(30);
        private Duration dimseTimeout = Duration.ZERO;
        private int maxAssociations = 25;
        private boolean hostnameLookup = true;
        private boolean tcpNoDelay = true;
        private int socketBufferSize = 256 * 1024;
        private AcceptancePolicy policy;
        private ServerSocketFactory serverSocketFactory = ServerSocketFactory.getDefault();

        public Builder aeTitle(String v) {
            aeTitle = v;
            return this;
        }

        public Builder useCalledAeTitle(boolean v) {
            useCalledAeTitle = v;
            return this;
        }

        public Builder checkCalledAeTitle(boolean v) {
            checkCalledAeTitle = v;
            return this;
        }

        public Builder allowedCallingAeTitles(Set<String> v) {
            allowedCallingAeTitles = v;
            return this;
        }

        public Builder maxPduLength(int v) {
            maxPduLength = v;
            return this;
        }

        public Builder acseTimeout(Duration v) {
            acseTimeout = v;
            return this;
        }

        public Builder dimseTimeout(Duration v) {
            dimseTimeout = v;
            return this;
        }

        public Builder maxAssociations(int v) {
            maxAssociations = v;
            return this;
        }

        public Builder hostnameLookup(boolean v) {
            hostnameLookup = v;
            return this;
        }

        public Builder tcpNoDelay(boolean v) {
            tcpNoDelay = v;
            return this;
        }

        public Builder socketBufferSize(int v) {
            socketBufferSize = v;
            return this;
        }

        public Builder policy(AcceptancePolicy v) {
            policy = v;
            return this;
        }

        public Builder serverSocketFactory(ServerSocketFactory v) {
            serverSocketFactory = v;
            return this;
        }

        public AcceptorConfig build() {
            return new AcceptorConfig(aeTitle, useCalledAeTitle, checkCalledAeTitle, allowedCallingAeTitles,
                    maxPduLength, acseTimeout, dimseTimeout, maxAssociations, hostnameLookup, tcpNoDelay,
                    socketBufferSize, policy, serverSocketFactory);
        }
    }
}
