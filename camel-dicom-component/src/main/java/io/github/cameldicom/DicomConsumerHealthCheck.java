package io.github.cameldicom;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import java.util.Map;

/** Reports the consumer UP while it listens for associations, DOWN otherwise (stopped, suspended, cannot bind). */
final class DicomConsumerHealthCheck implements HealthCheck {

    private final DicomConsumer consumer;
    private final String id;
    private boolean enabled = true;

    DicomConsumerHealthCheck(DicomConsumer consumer, String routeId) {
        this.consumer = consumer;
        this.id = "consumer:" + routeId;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(ENDPOINT_URI, consumer.getEndpoint().getEndpointUri());
        builder.detail("dicom.port", consumer.getPort());
        builder.detail("dicom.activeAssociations", consumer.getActiveAssociations());
        if (consumer.isListening()) {
            return builder.up().build();
        }
        return builder.down().message("not listening for DICOM associations").build();
    }
}
