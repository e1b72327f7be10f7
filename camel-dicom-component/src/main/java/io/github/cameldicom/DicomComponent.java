package io.github.cameldicom;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import java.util.Map;

/** The {@code dicom:} component: a DICOM Storage SCP that turns every received instance into an exchange. */
@Component("dicom")
public class DicomComponent extends HealthCheckComponent {

    @Metadata(label = "advanced", description = "Options shared by all endpoints of this component as defaults.")
    private DicomConfiguration configuration = new DicomConfiguration();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        DicomConfiguration config = configuration.copy();
        parseAddress(remaining, config);
        DicomEndpoint endpoint = new DicomEndpoint(uri, this, config);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** {@code [host:]port}; an IPv6 host is written in brackets, {@code [::1]:11112}. */
    static void parseAddress(String remaining, DicomConfiguration config) {
        String address = remaining.startsWith("//") ? remaining.substring(2) : remaining;
        int colon = address.lastIndexOf(':');
        String port = colon < 0 ? address : address.substring(colon + 1);
        if (colon > 0) {
            String host = address.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            config.setHost(host);
        }
        try {
            config.setPort(Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("dicom: endpoint needs [host:]port, not '" + remaining + "'", e);
        }
        if (config.getPort() < 0 || config.getPort() > 65535) {
            throw new IllegalArgumentException("dicom: port out of range: " + config.getPort());
        }
    }

    public DicomConfiguration getConfiguration() {
        return configuration;
    }

    /** Options shared by all endpoints of this component as defaults. */
    public void setConfiguration(DicomConfiguration configuration) {
        this.configuration = configuration;
    }
}
