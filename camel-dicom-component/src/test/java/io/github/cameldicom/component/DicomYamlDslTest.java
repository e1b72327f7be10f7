package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Samples;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A YAML DSL route stores every instance dcmsend sends as {@code <sop-instance-uid>.dcm} through a file endpoint that
 * writes under a temporary name first: each file holds the data set that was sent, in the network transfer syntax.
 */
class DicomYamlDslTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * Implicit, explicit and big endian, encapsulated (RLE, JPEG 2000) and deflated, each with its own SOP Instance
     * UID: every way a data set travels.
     */
    private static final List<String> SAMPLES = List.of("CT_small.dcm", "rtplan.dcm", "MR_small_bigendian.dcm",
            "SC_rgb_rle.dcm", "JPEG2000.dcm", "image_dfl.dcm");
    /**
     * Samples that travel in their own transfer syntax, because the receiver prefers compressed syntaxes; an
     * uncompressed one is sent in whichever uncompressed syntax the receiver chose.
     */
    private static final List<String> SENT_AS_THEY_ARE = List.of("SC_rgb_rle.dcm", "JPEG2000.dcm", "image_dfl.dcm");

    private static final String ROUTE = """
            - route:
                id: dicom-to-folder
                from:
                  uri: "dicom:127.0.0.1:{{dicom.port}}"
                  parameters:
                    aeTitle: YAMLSCP
                    hostnameLookup: false
                    inMemoryThreshold: 4096
                    spoolDirectory: "{{spool.dir}}"
                  steps:
                    - to:
                        uri: "file:{{out.dir}}"
                        parameters:
                          fileName: "${header.CamelDicomSopInstanceUid}.dcm"
                          tempFileName: "${file:name}.part"
                    - to: "mock:stored"
            """;

    @RegisterExtension
    final AvailablePortFinder.Port port = AvailablePortFinder.find();

    @TempDir
    Path out;

    @TempDir
    Path spool;

    @TempDir
    Path work;

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        // The placeholders are resolved when the route starts, after the temporary directories exist.
        Properties p = new Properties();
        p.setProperty("dicom.port", Integer.toString(port.getPort()));
        p.setProperty("out.dir", out.toString());
        p.setProperty("spool.dir", spool.toString());
        context.getPropertiesComponent().setOverrideProperties(p);
        return PluginHelper.getRoutesLoader(context)
                .findRoutesBuilders(ResourceHelper.fromString("dicom-to-folder.yaml", ROUTE))
                .toArray(RoutesBuilder[]::new);
    }

    @Test
    void dcmsendStoresEachInstanceAsItsOwnFile() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        for (String name : SAMPLES) {
            Files.copy(Samples.pydicom(name), in.resolve(name));
        }
        MockEndpoint stored = getMockEndpoint("mock:stored");
        stored.expectedMessageCount(SAMPLES.size());

        Dcmtk.run(TIMEOUT, "dcmsend", "-aec", "YAMLSCP", "+sd", "127.0.0.1", Integer.toString(port.getPort()),
                in.toString()).assertSuccess();

        stored.assertIsSatisfied();
        for (String name : SAMPLES) {
            Path source = in.resolve(name);
            String uid = DataSetAssertions.sopInstanceUid(source);
            Exchange exchange = stored.getExchanges().stream()
                    .filter(e -> uid.equals(e.getIn().getHeader(DicomConstants.SOP_INSTANCE_UID)))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " not routed"));
            Path copy = out.resolve(uid + ".dcm");
            assertTrue(Files.isRegularFile(copy), name + " not stored as " + copy);
            String networkSyntax = exchange.getIn().getHeader(DicomConstants.TRANSFER_SYNTAX_UID, String.class);
            assertEquals(networkSyntax, Dcmtk.transferSyntaxOf(copy), name + ": the file has the network syntax");
            if (SENT_AS_THEY_ARE.contains(name)) {
                assertEquals(Dcmtk.transferSyntaxOf(source), networkSyntax, name + ": sent as it is");
            }
            DataSetAssertions.assertSameDataSet(source, copy);
        }
        // Nothing but the finished files: no temporary file, no spool file.
        assertEquals(SAMPLES.size(), DataSetAssertions.filesUnder(out).size(), DataSetAssertions.filesUnder(out)
                .toString());
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool));
    }
}
