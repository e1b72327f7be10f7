package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.DicomConsumer;
import io.github.cameldicom.DicomInstance;
import io.github.cameldicom.data.Part10File;
import io.github.cameldicom.data.Part10Reader;
import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.ExplicitLeDataSet;
import io.github.cameldicom.testing.RawScu;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The storage modes, seen byte by byte: a hand-built data set sent over a raw association arrives unchanged in
 * normal and bit-preserving mode, is acknowledged without a body in ignore mode, and a data set that contradicts its
 * command or cannot be parsed is refused before any exchange exists.
 */
class DicomStorageModesTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String SC_STORAGE = "1.2.840.10008.5.1.4.1.1.7";
    private static final String CT_STORAGE = "1.2.840.10008.5.1.4.1.1.2";
    private static final String INSTANCE = "2.25.302458839911104977325430190416012345";
    private static final String STUDY = "2.25.1001";
    private static final String SERIES = "2.25.1002";
    /** Even, but small enough to cut the data set into many PDVs at odd places of its structure. */
    private static final int FRAGMENT = 34;

    @TempDir
    Path dir;

    @RegisterExtension
    final AvailablePortFinder.Port normalPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port bitPreservingPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port ignorePort = AvailablePortFinder.find();
    private final Map<String, AvailablePortFinder.Port> ports = Map.of(
            "normal", normalPort, "bitPreserving", bitPreservingPort, "ignore", ignorePort);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                ports.forEach((mode, port) -> from("dicom:127.0.0.1:" + port.getPort()
                        + "?hostnameLookup=false&inMemoryThreshold=256&storageMode=" + mode)
                        .routeId(mode)
                        // Read the body while the route runs: afterwards the instance is discarded.
                        .process(e -> e.getIn().setHeader("bytes", e.getIn().getBody() == null ? null
                                : e.getIn().getBody(DicomInstance.class).toByteArray()))
                        .to("mock:" + mode));
            }
        };
    }

    /**
     * Legal but unusual Explicit VR Little Endian: an empty value, a private block with a UN element, an
     * undefined-length sequence holding an undefined-length item and an empty defined-length item, a defined-length
     * sequence holding an undefined-length item, leading spaces in UT, a backslash in LT, and Data Set Trailing
     * Padding.
     */
    private static byte[] unusualDataSet(String sopClass, String sopInstance) {
        byte[] undefinedItemContent = new ExplicitLeDataSet()
                .uid(0x00081150, SC_STORAGE)
                .uid(0x00081155, "2.25.7")
                .bytes();
        byte[] contentItem = new ExplicitLeDataSet()
                .startItem().text(0x0040A040, "CS", "TEXT").text(0x0040A160, "UT", "  spaced out  ")
                .endItem().bytes();
        return new ExplicitLeDataSet()
                .text(0x00080005, "CS", "ISO_IR 100")
                .uid(0x00080016, sopClass)
                .uid(0x00080018, sopInstance)
                .text(0x00080020, "DA", "")
                .text(0x00080060, "CS", "OT")
                .startSequence(0x00081140)
                    .startItem().raw(undefinedItemContent).endItem()
                    .item(new byte[0])
                .endSequence()
                .text(0x00090010, "LO", "CAMEL TEST")
                .element(0x00091001, "UN", new byte[] {1, 2, 3, 4, 5, 6})
                .text(0x00100010, "PN", "Doe^Jan ")
                .uid(0x0020000D, STUDY)
                .uid(0x0020000E, SERIES)
                .text(0x00204000, "LT", "a\\b ")
                .header(0x0040A730, "SQ", contentItem.length).raw(contentItem)
                .element(0xFFFCFFFC, "OB", new byte[4])
                .bytes();
    }

    /** One C-STORE over a raw association proposing {@code sopClass}; returns the C-STORE-RSP. */
    private CommandSet store(String mode, String sopClass, String commandInstance, byte[] dataSet) throws Exception {
        try (RawScu scu = RawScu.connect(ports.get(mode).getPort(), TIMEOUT)) {
            scu.send(RawScu.storageRq("RAWSCU", "DCMRECV", sopClass, RawScu.EXPLICIT_LE));
            assertInstanceOf(AAssociateAc.class, scu.read());
            scu.sendMessage(1, CommandSet.cStoreRq(7, sopClass, commandInstance, CommandSet.PRIORITY_MEDIUM).encode(),
                    dataSet, FRAGMENT);
            CommandSet rsp = scu.readCommand();
            scu.release();
            assertEquals(7, rsp.messageIdBeingRespondedTo());
            return rsp;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"normal", "bitPreserving"})
    void dataSetBytesArriveExactlyAsSent(String mode) throws Exception {
        byte[] sent = unusualDataSet(SC_STORAGE, INSTANCE);
        MockEndpoint mock = getMockEndpoint("mock:" + mode);
        mock.expectedMessageCount(1);

        CommandSet rsp = store(mode, SC_STORAGE, INSTANCE, sent);

        assertEquals(Status.SUCCESS, rsp.status(), rsp.toString());
        mock.assertIsSatisfied();
        Exchange exchange = mock.getExchanges().get(0);
        byte[] part10 = exchange.getIn().getHeader("bytes", byte[].class);
        Part10File file = Part10Reader.open(new ByteArrayInputStream(part10));
        assertEquals(RawScu.EXPLICIT_LE, file.meta().transferSyntaxUid());
        assertEquals(INSTANCE, file.meta().mediaStorageSopInstanceUid());
        byte[] received = file.dataSet().readAllBytes();
        assertArrayEquals(sent, received, () -> "sent     " + HexFormat.of().formatHex(sent)
                + "\nreceived " + HexFormat.of().formatHex(received));
        assertEquals((long) part10.length, exchange.getIn().getHeader(DicomConstants.BYTE_SIZE));
        // The data set is legal for a reader nobody here wrote, too.
        Path copy = Files.write(dir.resolve(mode + ".dcm"), part10);
        String dump = Dcmtk.run(TIMEOUT, "dcmdump", copy.toString()).assertSuccess().output();
        assertFalse(dump.contains("W: ") || dump.contains("E: "), dump);
        assertTrue(dump.contains("(0040,a160) UT [  spaced out]"), dump);
        assertEquals(mode, exchange.getIn().getHeader(DicomConstants.STORAGE_MODE));
        assertEquals(STUDY, exchange.getIn().getHeader(DicomConstants.STUDY_INSTANCE_UID));
        assertEquals(SERIES, exchange.getIn().getHeader(DicomConstants.SERIES_INSTANCE_UID));
        assertEquals("OT", exchange.getIn().getHeader(DicomConstants.MODALITY));
    }

    @Test
    void ignoreModeAcknowledgesWithHeadersAndNoBody() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:ignore");
        mock.expectedMessageCount(1);

        CommandSet rsp = store("ignore", SC_STORAGE, INSTANCE, unusualDataSet(SC_STORAGE, INSTANCE));

        assertEquals(Status.SUCCESS, rsp.status(), rsp.toString());
        mock.assertIsSatisfied();
        Exchange exchange = mock.getExchanges().get(0);
        assertNull(exchange.getIn().getBody());
        assertEquals(INSTANCE, exchange.getIn().getHeader(DicomConstants.SOP_INSTANCE_UID));
        assertEquals(SC_STORAGE, exchange.getIn().getHeader(DicomConstants.SOP_CLASS_UID));
        assertEquals(STUDY, exchange.getIn().getHeader(DicomConstants.STUDY_INSTANCE_UID));
        assertEquals(SERIES, exchange.getIn().getHeader(DicomConstants.SERIES_INSTANCE_UID));
        assertEquals("ignore", exchange.getIn().getHeader(DicomConstants.STORAGE_MODE));
        assertEquals(RawScu.EXPLICIT_LE, exchange.getIn().getHeader(DicomConstants.TRANSFER_SYNTAX_UID));
    }

    @Test
    void ignoreModeReadsADataSetMuchLargerThanItsBufferToTheEnd() throws Exception {
        byte[] pixels = new byte[100_000];
        Arrays.fill(pixels, (byte) 0x5A);
        byte[] sent = ExplicitLeDataSet.withSopUids(SC_STORAGE, INSTANCE)
                .uid(0x0020000D, STUDY)
                .element(0x7FE00010, "OB", pixels)
                .bytes();
        MockEndpoint mock = getMockEndpoint("mock:ignore");
        mock.expectedMessageCount(1);
        DicomConsumer consumer = (DicomConsumer) context.getRoute("ignore").getConsumer();
        long before = consumer.getBytesReceived();

        CommandSet rsp = store("ignore", SC_STORAGE, INSTANCE, sent);

        assertEquals(Status.SUCCESS, rsp.status(), rsp.toString());
        mock.assertIsSatisfied();
        assertNull(mock.getExchanges().get(0).getIn().getBody());
        assertEquals(STUDY, mock.getExchanges().get(0).getIn().getHeader(DicomConstants.STUDY_INSTANCE_UID));
        // every byte was read, the leading ones through the scanner and the rest past it
        assertEquals(sent.length, consumer.getBytesReceived() - before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"normal", "bitPreserving", "ignore"})
    void sopInstanceUidDifferentFromTheCommandsIsRefused(String mode) throws Exception {
        CommandSet rsp = store(mode, SC_STORAGE, "2.25.999", unusualDataSet(SC_STORAGE, INSTANCE));

        assertEquals(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS, rsp.status(), rsp.toString());
        assertEquals(0, getMockEndpoint("mock:" + mode).getReceivedCounter(), "exchange for a refused instance");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"normal", "bitPreserving", "ignore"})
    void sopClassUidDifferentFromTheCommandsIsRefused(String mode) throws Exception {
        CommandSet rsp = store(mode, CT_STORAGE, INSTANCE, unusualDataSet(SC_STORAGE, INSTANCE));

        assertEquals(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS, rsp.status(), rsp.toString());
        assertEquals(0, getMockEndpoint("mock:" + mode).getReceivedCounter(), "exchange for a refused instance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"normal", "bitPreserving"})
    void truncatedDataSetCannotBeUnderstood(String mode) throws Exception {
        byte[] whole = unusualDataSet(SC_STORAGE, INSTANCE);
        // Cut inside the value of the Patient's Name: the stream ends within an element.
        byte[] truncated = Arrays.copyOf(whole, indexOf(whole, "Doe^".getBytes()) + 2);

        CommandSet rsp = store(mode, SC_STORAGE, INSTANCE, truncated);

        assertEquals(Status.CANNOT_UNDERSTAND, rsp.status() & 0xF000, rsp.toString());
        assertEquals(0, getMockEndpoint("mock:" + mode).getReceivedCounter(), "exchange for a refused instance");
    }

    /** Also after the leading attributes, where bit-preserving mode tolerates other irregularities. */
    @Test
    void bitPreservingModeRefusesADataSetEndingInsideAnElement() throws Exception {
        byte[] whole = ExplicitLeDataSet.withSopUids(SC_STORAGE, INSTANCE).uid(0x0020000E, SERIES)
                .text(0x00280004, "CS", "MONOCHROME2 ").bytes();
        for (int cut : new int[] {whole.length - 1, whole.length - 12, whole.length - 15}) {
            CommandSet rsp = store("bitPreserving", SC_STORAGE, INSTANCE, Arrays.copyOf(whole, cut));
            assertEquals(Status.CANNOT_UNDERSTAND, rsp.status() & 0xF000, "cut at " + cut + ": " + rsp);
        }
        assertEquals(0, getMockEndpoint("mock:bitPreserving").getReceivedCounter(), "exchange for a refused instance");
    }

    @Test
    void malformedDataSetCannotBeUnderstood() throws Exception {
        // An Item Delimitation Item at the top level, where no item is open (PS3.5 §7.5).
        byte[] malformed = ExplicitLeDataSet.withSopUids(SC_STORAGE, INSTANCE).endItem()
                .text(0x00100010, "PN", "Doe^Jan ").bytes();

        CommandSet rsp = store("normal", SC_STORAGE, INSTANCE, malformed);

        assertEquals(Status.CANNOT_UNDERSTAND, rsp.status() & 0xF000, rsp.toString());
        assertEquals(0, getMockEndpoint("mock:normal").getReceivedCounter(), "exchange for a refused instance");
    }

    /** Bit-preserving mode judges only the leading attributes and completeness: other irregularities are delivered. */
    @Test
    void bitPreservingModeDeliversAMalformedTailAsItCame() throws Exception {
        // After the Series Instance UID, the last attribute parsed, an Item Delimitation Item where no item is open.
        byte[] sent = ExplicitLeDataSet.withSopUids(SC_STORAGE, INSTANCE).uid(0x0020000E, SERIES).endItem()
                .text(0x00280004, "CS", "MONOCHROME2 ").bytes();
        MockEndpoint mock = getMockEndpoint("mock:bitPreserving");
        mock.expectedMessageCount(1);

        CommandSet rsp = store("bitPreserving", SC_STORAGE, INSTANCE, sent);

        assertEquals(Status.SUCCESS, rsp.status(), rsp.toString());
        mock.assertIsSatisfied();
        byte[] part10 = mock.getExchanges().get(0).getIn().getHeader("bytes", byte[].class);
        assertArrayEquals(sent, Part10Reader.open(new ByteArrayInputStream(part10)).dataSet().readAllBytes());
        // The same bytes in normal mode: refused.
        assertEquals(Status.CANNOT_UNDERSTAND, store("normal", SC_STORAGE, INSTANCE, sent).status() & 0xF000);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
