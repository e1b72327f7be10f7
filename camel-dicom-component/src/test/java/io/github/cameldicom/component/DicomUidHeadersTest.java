package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.testing.ExplicitLeDataSet;
import io.github.cameldicom.testing.LogRecorder;
import io.github.cameldicom.testing.RawScu;

import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Study and Series Instance UID headers come from the data set, which the sender fills as it likes: a value that is
 * not a UID (leading zeros allowed) leaves its header absent and is warned about once, and the instance is stored all
 * the same.
 */
class DicomUidHeadersTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String SOP_INSTANCE = "1.2.826.0.1.3680043.2.1143.91";
    private static final String STUDY = "1.2.826.0.1.3680043.2.1143.91.1";
    private static final String SERIES = "1.2.826.0.1.3680043.2.1143.91.2";

    private final int port = AvailablePortFinder.getNextAvailable();
    private LogRecorder log;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + port + "?aeTitle=HEADERS&hostnameLookup=false").to("mock:received");
            }
        };
    }

    @BeforeEach
    void recordLog() {
        log = new LogRecorder("io.github.cameldicom", Level.INFO);
    }

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void validUidsBecomeHeaders() throws Exception {
        Message m = store(STUDY, SERIES);

        assertEquals(STUDY, m.getHeader(DicomConstants.STUDY_INSTANCE_UID));
        assertEquals(SERIES, m.getHeader(DicomConstants.SERIES_INSTANCE_UID));
        assertEquals(List.of(), warnings());
    }

    /** Old archives' UIDs with leading zeros break PS3.5 §9.1 but are harmless: kept, without a warning. */
    @Test
    void uidsWithLeadingZerosAreKept() throws Exception {
        Message m = store("1.2.840.0113654.2.70.1", "1.2.840.0113654.2.70.1.01");

        assertEquals("1.2.840.0113654.2.70.1", m.getHeader(DicomConstants.STUDY_INSTANCE_UID));
        assertEquals("1.2.840.0113654.2.70.1.01", m.getHeader(DicomConstants.SERIES_INSTANCE_UID));
        assertEquals(List.of(), warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../../etc", "1.2/../3", "1.2\\3", "1.2.3\r\nWARN forged", "1.2\u00003", "1.2..3",
        "1.2.3.", "${header.x}", "1.2.3 4", ""})
    void studyUidThatIsNoUidLeavesTheHeaderOutAndIsWarnedAboutOnce(String study) throws Exception {
        Message m = store(study, SERIES);

        assertFalse(m.getHeaders().containsKey(DicomConstants.STUDY_INSTANCE_UID), m.getHeaders().toString());
        assertEquals(SERIES, m.getHeader(DicomConstants.SERIES_INSTANCE_UID));
        assertOneWarning("Study Instance UID");
    }

    @Test
    void seriesUidOver64CharactersLeavesTheHeaderOut() throws Exception {
        String series = "1." + "2".repeat(900);
        Message m = store(STUDY, series);

        assertEquals(STUDY, m.getHeader(DicomConstants.STUDY_INSTANCE_UID));
        assertNull(m.getHeader(DicomConstants.SERIES_INSTANCE_UID));
        String warning = assertOneWarning("Series Instance UID");
        assertTrue(warning.contains("...(" + series.length() + " characters)"), warning);
        assertTrue(warning.length() < 300, warning);
    }

    @Test
    void bothInvalidAreOneWarning() throws Exception {
        Message m = store("../x", "1.2/3");

        assertNull(m.getHeader(DicomConstants.STUDY_INSTANCE_UID));
        assertNull(m.getHeader(DicomConstants.SERIES_INSTANCE_UID));
        String warning = assertOneWarning("Study Instance UID ../x, Series Instance UID 1.2/3");
        assertTrue(warning.contains(SOP_INSTANCE), warning);
    }

    @Test
    void absentUidsAreNoHeadersAndNoWarning() throws Exception {
        Message m = store(null, null);

        assertNull(m.getHeader(DicomConstants.STUDY_INSTANCE_UID));
        assertNull(m.getHeader(DicomConstants.SERIES_INSTANCE_UID));
        assertEquals(List.of(), warnings());
    }

    /** Stores one CT instance with these Study/Series Instance UIDs (null: attribute absent); the exchange's message. */
    private Message store(String study, String series) throws Exception {
        MockEndpoint received = getMockEndpoint("mock:received");
        received.expectedMessageCount(1);
        ExplicitLeDataSet dataSet = ExplicitLeDataSet.withSopUids(CT, SOP_INSTANCE);
        if (study != null) {
            dataSet.uid(0x0020000D, study);
        }
        if (series != null) {
            dataSet.uid(0x0020000E, series);
        }
        try (RawScu scu = RawScu.connect(port, TIMEOUT)) {
            scu.send(RawScu.storageRq("SENDER", "HEADERS", CT, RawScu.EXPLICIT_LE));
            scu.read();
            scu.sendMessage(1, CommandSet.cStoreRq(1, CT, SOP_INSTANCE, CommandSet.PRIORITY_MEDIUM).encode(),
                    dataSet.bytes(), 1000);
            assertEquals(Status.SUCCESS, scu.readCommand().status(), "the instance is stored all the same");
            scu.release();
        }
        received.assertIsSatisfied(TimeUnit.SECONDS.toMillis(10));
        return received.getExchanges().get(0).getIn();
    }

    private String assertOneWarning(String part) {
        List<String> warnings = warnings();
        assertEquals(1, warnings.size(), "warnings: " + warnings);
        String warning = warnings.get(0);
        assertTrue(warning.contains(part), warning + " should mention " + part);
        assertTrue(warning.contains("header left out"), warning);
        assertTrue(warning.chars().allMatch(c -> c >= 0x20 && c < 0x7F), "unprintable character in " + warning);
        return warning;
    }

    private List<String> warnings() {
        return log.lines().stream().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")).toList();
    }
}
