package io.github.cameldicom.tls;

import io.github.cameldicom.testing.Dcmtk;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The TLS settings as a YAML DSL bean built by {@link DicomTlsParameters}, used by a YAML dicom: route. */
class TlsYamlRouteTest {

    @TempDir
    static Path dir;
    static TestPki pki;

    private final CamelContext context = new DefaultCamelContext();

    @BeforeAll
    static void makePki() {
        pki = TestPki.create(dir);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void yamlBeanFromTheBuilder() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("routes.yaml", """
                - beans:
                    - name: dicomTls
                      type: org.apache.camel.support.jsse.SSLContextParameters
                      builderClass: io.github.cameldicom.tls.DicomTlsParameters
                      builderMethod: build
                      properties:
                        keyFile: %s
                        certificateFile: %s
                        keyFileFormat: pem
                        trustedCertificateFiles: %s
                        peerCertificatePolicy: require
                        profile: bcp195-nd
                        cipherSuites: ECDHE-RSA-AES256-SHA384
                - route:
                    id: yamlTls
                    from:
                      uri: dicom:127.0.0.1:0
                      parameters:
                        aeTitle: YAMLTLS
                        sslContextParameters: "#dicomTls"
                      steps:
                        - to: mock:received
                """.formatted(pki.serverKey, pki.serverCertificate, pki.caCertificate)));
        context.start();
        assertInstanceOf(SSLContextParameters.class, context.getRegistry().lookupByName("dicomTls"));

        Dcmtk.Result r = Dcmtk.run(Duration.ofSeconds(30), "echoscu", "-v", "-aec", "YAMLTLS", "+tls",
                pki.clientKey.toString(), pki.clientCertificate.toString(), "+cf", pki.caCertificate.toString(),
                "127.0.0.1", Integer.toString(BoundPorts.of(context, "yamlTls")));
        r.assertSuccess();
        assertTrue(r.output().contains("Received Echo Response (Success)"), r.output());
    }
}
