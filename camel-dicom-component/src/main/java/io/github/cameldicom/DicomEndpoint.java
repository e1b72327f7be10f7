package io.github.cameldicom;

import io.github.cameldicom.net.AcceptancePolicies;
import io.github.cameldicom.net.AcceptancePolicy;
import io.github.cameldicom.profile.AssociationProfiles;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Receives DICOM instances as a Storage SCP: accepts associations, answers C-ECHO, and turns every C-STORE into an
 * exchange whose outcome decides the C-STORE response.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "dicom", title = "DICOM", syntax = "dicom:host:port",
             consumerOnly = true, category = {Category.FILE, Category.NETWORKING}, headersClass = DicomConstants.class)
public class DicomEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(DicomEndpoint.class);

    @UriParam
    private DicomConfiguration configuration;

    private AcceptancePolicy policy;

    public DicomEndpoint(String uri, DicomComponent component, DicomConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("dicom: endpoints only receive (Storage SCP); use them in from()");
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        DicomConsumer consumer = new DicomConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** Loads the acceptance policy once, so that a bad profile file fails the route at start-up. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        policy = switch (configuration.getAcceptance()) {
            case storage -> AcceptancePolicies.allStorage(configuration.isAcceptUnknownSopClasses());
            case verification -> AcceptancePolicies.verificationOnly();
            case profile -> {
                if (configuration.getProfileFile() == null || configuration.getProfileFile().isBlank()) {
                    throw new IllegalArgumentException("acceptance=profile needs the option profileFile");
                }
                AssociationProfiles profiles = AssociationProfiles.load(Path.of(configuration.getProfileFile()));
                profiles.warnings().forEach(LOG::warn);
                yield profiles.policy(configuration.getProfileName());
            }
        };
    }

    AcceptancePolicy policy() {
        return policy;
    }

    public DicomConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(DicomConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getHost() + ":" + configuration.getPort();
    }

    @Override
    public String getServiceProtocol() {
        return configuration.getSslContextParameters() != null ? "dicom-tls" : "dicom";
    }

    @Override
    protected String createEndpointUri() {
        return "dicom:" + getServiceUrl();
    }
}
