package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.storage.DicomFileNameException;
import io.github.cameldicom.storage.DicomFileNameProcessor;
import io.github.cameldicom.storage.SubdirectoryScheme;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Object keys from templates, and header values that must not become part of a key. */
class DicomObjectKeyProcessorTest {

    static final String CT = "1.2.840.10008.5.1.4.1.1.2";

    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        context.stop();
    }

    private Exchange exchange(Map<String, Object> headers) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        return exchange;
    }

    private static Map<String, Object> headers(String study, String series, String instance) {
        Map<String, Object> headers = new java.util.HashMap<>();
        headers.put(DicomConstants.SOP_CLASS_UID, CT);
        headers.put(DicomConstants.SOP_INSTANCE_UID, instance);
        if (study != null) {
            headers.put(DicomConstants.STUDY_INSTANCE_UID, study);
        }
        if (series != null) {
            headers.put(DicomConstants.SERIES_INSTANCE_UID, series);
        }
        headers.put(DicomConstants.CALLING_AE_TITLE, "MODALITY-1");
        headers.put(DicomConstants.CALLED_AE_TITLE, "ARCHIVE");
        headers.put(DicomConstants.SERIES_DATE, "20260314");
        return headers;
    }

    private static String key(DicomObjectKeyProcessor processor, Exchange exchange) {
        processor.process(exchange);
        return exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
    }

    @Test
    void defaultKeyIsStudySeriesInstance() {
        // trailing padding as a data set may carry it
        Exchange exchange = exchange(headers("1.2.3\0", "1.2.3.4 ", "1.2.3.4.5"));
        assertEquals("1.2.3/1.2.3.4/1.2.3.4.5.dcm", key(new DicomObjectKeyProcessor(), exchange));
    }

    @Test
    void missingStudyOrSeriesUidBecomesTheMissingValue() {
        DicomObjectKeyProcessor processor = new DicomObjectKeyProcessor();
        assertEquals("unknown/unknown/1.2.3.4.5.dcm", key(processor, exchange(headers(null, "", "1.2.3.4.5"))));
        processor.setMissingValue("no-uid");
        assertEquals("no-uid/1.2.3.4/1.2.3.4.5.dcm", key(processor, exchange(headers(null, "1.2.3.4", "1.2.3.4.5"))));
        assertThrows(IllegalArgumentException.class, () -> processor.setMissingValue("1.2.3"));
        assertThrows(IllegalArgumentException.class, () -> processor.setMissingValue("../x"));
    }

    @Test
    void everyField() {
        DicomObjectKeyProcessor processor = new DicomObjectKeyProcessor().withKeyTemplate(
                "in/<calledAeTitle>/<callingAeTitle>/<modalityPrefix>/<sopClassUid>/<studyInstanceUid>"
                + "/<seriesInstanceUid>/<sopInstanceUid>");
        assertEquals("in/ARCHIVE/MODALITY-1/CT/" + CT + "/1.2.3/1.2.3.4/1.2.3.4.5",
                key(processor, exchange(headers("1.2.3", "1.2.3.4", "1.2.3.4.5"))));
    }

    @Test
    void relativePathReusesTheStorageProcessorsNames() throws Exception {
        Exchange exchange = exchange(headers("1.2.3", "1.2.3.4", "1.2.3.4.5"));
        new DicomFileNameProcessor().withSubdirectoryScheme(SubdirectoryScheme.seriesDate).withExtension(".dcm")
                .process(exchange);
        assertEquals("archive/data/2026/03/14/CT.1.2.3.4.5.dcm",
                key(new DicomObjectKeyProcessor().withKeyTemplate("archive/<relativePath>"), exchange));
        DicomObjectKeyProcessor withoutNamer = new DicomObjectKeyProcessor().withKeyTemplate("<relativePath>");
        assertThrows(DicomFileNameException.class, () -> withoutNamer.process(exchange(headers("1", "2", "3"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc", "1.2/../3", "1.2.3/", "${sys:user.home}", "1.2.x", "", "1..2",
            "1.2.3\n4", "..", "1.2\u00003", "1.2\\3"})
    void hostileUidsAreRefusedNotRepaired(String hostile) {
        DicomObjectKeyProcessor processor = new DicomObjectKeyProcessor();
        Map<String, Object> headers = headers(hostile, "1.2.3.4", "1.2.3.4.5");
        if (hostile.isEmpty()) {
            // an empty study UID is a missing one
            assertEquals("unknown/1.2.3.4/1.2.3.4.5.dcm", key(processor, exchange(headers)));
            return;
        }
        DicomFileNameException e = assertThrows(DicomFileNameException.class,
                () -> processor.process(exchange(headers)));
        assertTrue(e.getMessage().contains("CamelDicomStudyInstanceUid"), e.getMessage());
        assertTrue(e.getMessage().chars().noneMatch(c -> c < ' '), "no control characters in the message");
    }

    /**
     * Study and Series Instance UIDs with leading zeros, which the consumer passes on from older archives, are
     * digits and periods like any UID: they name the object. The SOP Instance UID, always valid from the command, is
     * held to PS3.5 §9.1.
     */
    @Test
    void studyAndSeriesUidsWithLeadingZerosAreKeys() {
        DicomObjectKeyProcessor processor = new DicomObjectKeyProcessor();

        Exchange exchange = exchange(headers("1.2.840.0113654.2.70.1", "1.2.840.0113654.2.70.1.01", "1.2.3.4.5"));

        assertEquals("1.2.840.0113654.2.70.1/1.2.840.0113654.2.70.1.01/1.2.3.4.5.dcm", key(processor, exchange));
        assertThrows(DicomFileNameException.class,
                () -> processor.process(exchange(headers("1.2.3", "1.2.3.4", "1.2.3.04.5"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "0.01", "1.2"})
    void missingValueCannotBeAUidEvenWithLeadingZeros(String value) {
        assertThrows(IllegalArgumentException.class, () -> new DicomObjectKeyProcessor().setMissingValue(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A B", "A/B", "..", "${x}", "AE\\1", "ÄRCHIVE"})
    void aeTitlesThatCannotBePartOfAKeyFailTheExchange(String title) {
        Map<String, Object> headers = headers("1.2.3", "1.2.3.4", "1.2.3.4.5");
        headers.put(DicomConstants.CALLING_AE_TITLE, title);
        DicomObjectKeyProcessor processor = new DicomObjectKeyProcessor().withKeyTemplate(
                "<callingAeTitle>/<sopInstanceUid>");
        assertThrows(DicomFileNameException.class, () -> processor.process(exchange(headers)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<studyInstanceUid", "<patientName>/<sopInstanceUid>", "fixed.dcm", "a>b<sopInstanceUid>",
            "${header.x}/<sopInstanceUid>"})
    void badTemplatesAreRefusedAtConfiguration(String template) {
        assertThrows(IllegalArgumentException.class, () -> new DicomObjectKeyProcessor().setKeyTemplate(template));
    }

    @Test
    void emptySegmentsAreRefused() {
        DicomObjectKeyProcessor processor = new DicomObjectKeyProcessor().withKeyTemplate(
                "/<sopInstanceUid>");
        assertThrows(DicomFileNameException.class,
                () -> processor.process(exchange(headers("1.2.3", "1.2.3.4", "1.2.3.4.5"))));
    }
}
