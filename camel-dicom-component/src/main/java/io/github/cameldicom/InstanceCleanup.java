package io.github.cameldicom;

import org.apache.camel.Exchange;
import org.apache.camel.spi.SynchronizationVetoable;

/**
 * Deletes an instance's spool file when its exchange is done, or when the exchange it was handed over to (a wire
 * tap, a SEDA queue) is done.
 */
final class InstanceCleanup implements SynchronizationVetoable {

    private final DicomInstance instance;
    private volatile boolean handedOver;

    InstanceCleanup(DicomInstance instance) {
        this.instance = instance;
    }

    /** Whether another exchange took over the instance, so that its end, not ours, deletes it. */
    boolean isHandedOver() {
        return handedOver;
    }

    @Override
    public boolean allowHandover() {
        return true;
    }

    @Override
    public void beforeHandover(Exchange target) {
        handedOver = true;
    }

    @Override
    public void onComplete(Exchange exchange) {
        instance.discard();
    }

    @Override
    public void onFailure(Exchange exchange) {
        instance.discard();
    }
}
