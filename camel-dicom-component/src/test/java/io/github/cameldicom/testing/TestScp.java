package io.github.cameldicom.testing;

import io.github.cameldicom.dimse.CStoreHandler;
import io.github.cameldicom.dimse.DimseServiceProvider;
import io.github.cameldicom.net.AcceptancePolicies;
import io.github.cameldicom.net.Acceptor;
import io.github.cameldicom.net.AcceptorConfig;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A Storage SCP on 127.0.0.1 and a free port, for tests; closing it stops everything it started. */
public final class TestScp implements AutoCloseable {

    private final Acceptor acceptor;
    private final ExecutorService executor;

    private TestScp(AcceptorConfig config, CStoreHandler handler) throws IOException {
        this.executor = Acceptor.newAssociationExecutor(config.maxAssociations());
        this.acceptor = new Acceptor(config, new DimseServiceProvider(handler), executor);
        acceptor.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /** An SCP accepting every storage SOP class, configured further by {@code customizer}. */
    public static TestScp start(CStoreHandler handler, Consumer<AcceptorConfig.Builder> customizer)
            throws IOException {
        AcceptorConfig.Builder b = AcceptorConfig.builder().aeTitle("TESTSCP")
                .policy(AcceptancePolicies.allStorage(false)).acseTimeout(Duration.ofSeconds(10))
                .hostnameLookup(false);
        customizer.accept(b);
        return new TestScp(b.build(), handler);
    }

    public static TestScp start(CStoreHandler handler) throws IOException {
        return start(handler, b -> { });
    }

    public int port() {
        return acceptor.localPort();
    }

    public String portArg() {
        return Integer.toString(port());
    }

    public Acceptor acceptor() {
        return acceptor;
    }

    @Override
    public void close() throws InterruptedException {
        acceptor.stopListening();
        if (!acceptor.awaitAssociations(Duration.ofSeconds(10))) {
            acceptor.abortAssociations();
        }
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
