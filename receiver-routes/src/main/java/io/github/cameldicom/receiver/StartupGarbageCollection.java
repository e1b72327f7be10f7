package io.github.cameldicom.receiver;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.StartupListener;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;

/**
 * Collects the garbage of start-up once, when every route is built and before any consumer accepts an association.
 *
 * <p>The first young collections after start-up copy what start-up left alive (some 9 MB: the Camel context, the
 * route models) into survivor and old generation pages never touched before, and a first touch is expensive on
 * virtual machines: without this, the first association paused 50 and 20 ms for them on the development machine
 * (bench/README.md). One full collection here costs start-up about as much and leaves the associations only their own
 * garbage.
 */
final class StartupGarbageCollection extends MainListenerSupport {

    private final Runnable collector;

    StartupGarbageCollection() {
        this(System::gc);
    }

    /** @param collector what collects the garbage; tests pass their own to see when it runs */
    StartupGarbageCollection(Runnable collector) {
        this.collector = collector;
    }

    @Override
    public void afterConfigure(BaseMainSupport main) {
        // Startup listeners added before the context starts run after its routes are built and before their
        // consumers start (CAMEL-13761).
        StartupListener collectOnce = (context, alreadyStarted) -> {
            if (!alreadyStarted) {
                collector.run();
            }
        };
        try {
            main.getCamelContext().addStartupListener(collectOnce);
        } catch (Exception e) {
            throw RuntimeCamelException.wrapRuntimeCamelException(e);
        }
    }
}
