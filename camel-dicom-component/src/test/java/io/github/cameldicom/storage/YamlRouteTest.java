package io.github.cameldicom.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.cameldicom.DicomConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.cameldicom.storage.FileNameSchemesTest.CT;
import static io.github.cameldicom.storage.FileNameSchemesTest.INSTANCE;
import static io.github.cameldicom.storage.FileNameSchemesTest.headers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The processor as a YAML DSL bean: enum properties given as plain strings, as a route author writes them. */
class YamlRouteTest {

    private final CamelContext context = new DefaultCamelContext();

    @TempDir
    Path outputDirectory;

    @AfterEach
    void stop() {
        context.stop();
    }

    private void load(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("routes.yaml", yaml));
        context.start();
    }

    @Test
    void beanPropertiesConfigureTheSchemes() throws Exception {
        load("""
                - beans:
                    - name: namer
                      type: io.github.cameldicom.storage.DicomFileNameProcessor
                      properties:
                        subdirectoryScheme: seriesDate
                        fileNameScheme: shortUnique
                        extension: .dcm
                - route:
                    from:
                      uri: direct:in
                      steps:
                        - process:
                            ref: namer
                        - to: mock:out
                """);
        DicomFileNameProcessor namer = assertInstanceOf(DicomFileNameProcessor.class,
                context.getRegistry().lookupByName("namer"));
        assertEquals(SubdirectoryScheme.seriesDate, namer.getSubdirectoryScheme());
        assertEquals(FileNameScheme.shortUnique, namer.getFileNameScheme());
        assertEquals(".dcm", namer.getExtension());

        MockEndpoint out = context.getEndpoint("mock:out", MockEndpoint.class);
        out.expectedMessageCount(1);
        ProducerTemplate producer = context.createProducerTemplate();
        producer.sendBodyAndHeaders("direct:in", "instance", headers(CT, INSTANCE, "19970430"));
        out.assertIsSatisfied();
        String fileName = out.getExchanges().get(0).getMessage().getHeader(Exchange.FILE_NAME, String.class);
        assertTrue(fileName.matches("data/1997/04/30/CT_[0-9a-f]{16}\\.dcm"), fileName);
        assertEquals(fileName, out.getExchanges().get(0).getMessage().getHeader(DicomConstants.RELATIVE_PATH));
        assertEquals(0, namer.reservedCount(), "the name is released when the exchange completes");
    }

    @Test
    void directoryPropertyAndFileEndpointStoreUnderTheSameName() throws Exception {
        // as the receiver's routes configure it: every property from a placeholder
        context.getPropertiesComponent().addInitialProperty("out", outputDirectory.toString());
        context.getPropertiesComponent().addInitialProperty("names", "sopInstance");
        context.getPropertiesComponent().addInitialProperty("subdirectories", "seriesDate");
        context.getPropertiesComponent().addInitialProperty("ext", ".dcm");
        load("""
                - beans:
                    - name: namer
                      type: io.github.cameldicom.storage.DicomFileNameProcessor
                      properties:
                        subdirectoryScheme: "{{subdirectories}}"
                        fileNameScheme: "{{names}}"
                        extension: "{{ext}}"
                        directory: "{{out}}"
                - route:
                    from:
                      uri: direct:in
                      steps:
                        - process:
                            ref: namer
                        - to: file:{{out}}?fileExist=Override
                """);
        ProducerTemplate producer = context.createProducerTemplate();
        producer.sendBodyAndHeaders("direct:in", "first", headers(CT, INSTANCE, "2020.05.17"));
        producer.sendBodyAndHeaders("direct:in", "second", headers(CT, INSTANCE, "2020.05.17"));
        Path stored = outputDirectory.resolve("data/2020/05/17/CT." + INSTANCE + ".dcm");
        assertEquals("second", Files.readString(stored));
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            assertEquals(List.of(stored), files.filter(Files::isRegularFile).toList());
        }
    }
}
