package io.github.cameldicom.tls;

import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.SecureRandomParameters;
import org.apache.camel.support.service.ServiceSupport;

import java.io.IOException;
import java.security.AlgorithmConstraints;
import java.security.AlgorithmParameters;
import java.security.CryptoPrimitive;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;

/**
 * The Camel TLS settings {@link DicomTlsParameters} builds, with what plain {@link SSLContextParameters} cannot say:
 * the seeded random generator of dcmrecv {@code +rs} (written back at shutdown with {@code +ws}/{@code +wf}), and the
 * one RFC 7919 group DHE key exchange is limited to when the {@code +dp} parameters are such a group.
 */
final class DicomSslContextParameters extends SSLContextParameters {

    private final Optional<RandomSeed> seed;
    private final Optional<FfdheGroup> dheGroup;
    private final AtomicBoolean seedWriterRegistered = new AtomicBoolean();

    DicomSslContextParameters(Optional<RandomSeed> seed, Optional<FfdheGroup> dheGroup) {
        this.seed = seed;
        this.dheGroup = dheGroup;
        seed.ifPresent(s -> setSecureRandom(new FixedSecureRandom(s.random())));
    }

    /** The RFC 7919 group DHE is limited to ({@code +dp}), if any. */
    Optional<FfdheGroup> dheGroup() {
        return dheGroup;
    }

    /**
     * Creates the context, and the first time, when a seed is to be written back, registers a service with the Camel
     * context that writes it when the Camel context stops.
     */
    @Override
    public SSLContext createSSLContext(CamelContext camelContext) throws GeneralSecurityException, IOException {
        SSLContext context = super.createSSLContext(camelContext);
        if (camelContext != null && seed.isPresent() && seed.get().writes()
            && seedWriterRegistered.compareAndSet(false, true)) {
            try {
                camelContext.addService(new SeedWriter(seed.get()), true, true);
            } catch (Exception e) {
                seedWriterRegistered.set(false);
                throw new GeneralSecurityException("cannot register the writer of random seed file "
                                                   + seed.get().writeFile() + ": " + e, e);
            }
        }
        return context;
    }

    @Override
    protected List<Configurer<SSLServerSocket>> getSSLServerSocketFactorySSLServerSocketConfigurers(
            SSLContext context) {
        List<Configurer<SSLServerSocket>> configurers =
                new ArrayList<>(super.getSSLServerSocketFactorySSLServerSocketConfigurers(context));
        dheGroup.ifPresent(group -> configurers.add(socket -> {
            socket.setSSLParameters(limited(socket.getSSLParameters(), group));
            return socket;
        }));
        return configurers;
    }

    @Override
    protected List<Configurer<SSLEngine>> getSSLEngineConfigurers(SSLContext context) {
        List<Configurer<SSLEngine>> configurers = new ArrayList<>(super.getSSLEngineConfigurers(context));
        dheGroup.ifPresent(group -> configurers.add(engine -> {
            engine.setSSLParameters(limited(engine.getSSLParameters(), group));
            return engine;
        }));
        return configurers;
    }

    private static SSLParameters limited(SSLParameters parameters, FfdheGroup group) {
        parameters.setAlgorithmConstraints(new OnlyFfdheGroup(group));
        return parameters;
    }

    /**
     * Permits every algorithm but the RFC 7919 groups other than one. The JDK checks each named group it would
     * negotiate against these constraints (in addition to its own {@code jdk.tls.disabledAlgorithms}), so DHE, in TLS
     * 1.2 with clients that name their groups and in TLS 1.3, uses that group or none; ECDHE is not affected.
     */
    record OnlyFfdheGroup(FfdheGroup group) implements AlgorithmConstraints {

        @Override
        public boolean permits(Set<CryptoPrimitive> primitives, String algorithm, AlgorithmParameters parameters) {
            return permits(algorithm);
        }

        @Override
        public boolean permits(Set<CryptoPrimitive> primitives, Key key) {
            return true;
        }

        @Override
        public boolean permits(Set<CryptoPrimitive> primitives, String algorithm, Key key,
                               AlgorithmParameters parameters) {
            return permits(algorithm);
        }

        private boolean permits(String algorithm) {
            if (algorithm == null) {
                return true;
            }
            String name = algorithm.toLowerCase(Locale.ROOT);
            return !name.startsWith("ffdhe") || name.equals(group.tlsName());
        }
    }

    /** Gives the SSL context the one seeded generator instead of a new one. */
    private static final class FixedSecureRandom extends SecureRandomParameters {

        private final SecureRandom random;

        FixedSecureRandom(SecureRandom random) {
            this.random = random;
        }

        @Override
        public SecureRandom createSecureRandom() {
            return random;
        }

        @Override
        public String toString() {
            return "SecureRandomParameters[seeded " + random.getAlgorithm() + "]";
        }
    }

    /** Writes the seed file back when the Camel context stops (dcmrecv {@code +ws}, {@code +wf}). */
    private static final class SeedWriter extends ServiceSupport {

        private final RandomSeed seed;

        SeedWriter(RandomSeed seed) {
            this.seed = seed;
        }

        @Override
        protected void doStop() {
            seed.write();
        }

        @Override
        public String toString() {
            return "DICOM TLS random seed writer (" + seed.writeFile() + ")";
        }
    }
}
