package io.github.cameldicom.component;

import io.github.cameldicom.DicomConsumer;
import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.PausingProxy;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.StoreScu;
import io.github.cameldicom.testing.SyntheticInstances;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stopping a route while an instance is on the wire: a transfer that outlasts the graceful stop timeout is aborted
 * and leaves nothing behind, one that finishes within it completes normally. A {@link PausingProxy} between storescu
 * and the receiver holds the transfer in the middle for exactly as long as the test needs.
 */
class DicomStopDuringTransferTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long LARGE_PIXEL_BYTES = 100L * 1024 * 1024;

    @RegisterExtension
    final AvailablePortFinder.Port abortPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port gracefulPort = AvailablePortFinder.find();
    private final ExecutorService background = Executors.newCachedThreadPool();

    @TempDir
    Path out;

    @TempDir
    Path spool;

    @TempDir
    Path work;

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        assertTrue(background.awaitTermination(60, TimeUnit.SECONDS), "background work still running");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String store = "file:" + out + "?fileName=${header.CamelDicomSopInstanceUid}.dcm"
                       + "&tempFileName=${file:name}.part";
        String common = "?hostnameLookup=false&inMemoryThreshold=65536&spoolDirectory=" + spool;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + abortPort.getPort() + common + "&gracefulStopTimeout=500").routeId("abort")
                        .to(store);
                from("dicom:127.0.0.1:" + gracefulPort.getPort() + common + "&gracefulStopTimeout=30000")
                        .routeId("graceful")
                        .to(store);
            }
        };
    }

    private DicomConsumer dicomConsumer(String route) {
        return (DicomConsumer) context.getRoute(route).getConsumer();
    }

    private static String outputOf(Future<Dcmtk.Result> scu) {
        try {
            return scu.get().output();
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test
    void transferOutlastingTheGracePeriodIsAborted() throws Exception {
        Path large = SyntheticInstances.multiFrame(work.resolve("large.dcm"), "2.25.8080808080", LARGE_PIXEL_BYTES, 7);
        try (PausingProxy proxy = PausingProxy.start(abortPort.getPort(), 8L * 1024 * 1024)) {
            Future<Dcmtk.Result> scu = background.submit(() -> StoreScu.send(TIMEOUT, proxy.port(), List.of("-v"),
                    List.of(large)));
            // Held in the middle of the data set, which is being spooled.
            await().atMost(TIMEOUT).until(() -> proxy.isPaused() && DataSetAssertions.filesUnder(spool).size() == 1
                                                || scu.isDone());
            assertFalse(scu.isDone(), () -> "storescu ended early: " + outputOf(scu));

            long start = System.nanoTime();
            context.getRouteController().stopRoute("abort", 30, TimeUnit.SECONDS);
            Duration stopping = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(stopping.compareTo(Duration.ofSeconds(10)) < 0, "stopping took " + stopping);
            Dcmtk.Result r = scu.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            assertNotEquals(0, r.exitCode(), r.output());
            assertEquals(List.of(), ScuOutput.verboseResponses(r.output()), "a response for an aborted transfer");
        }
        assertEquals(1L, dicomConsumer("abort").getAssociationsAborted());
        assertEquals(1L, dicomConsumer("abort").getInstancesFailed());
        await().atMost(TIMEOUT).untilAsserted(() -> assertEquals(List.of(), DataSetAssertions.filesUnder(spool)));
        assertEquals(List.of(), DataSetAssertions.filesUnder(out));

        long start = System.nanoTime();
        context.stop();
        Duration stopping = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(stopping.compareTo(Duration.ofSeconds(10)) < 0, "stopping the context took " + stopping);
    }

    @Test
    void transferWithinTheGracePeriodCompletes() throws Exception {
        Path ct = Samples.pydicom("CT_small.dcm");
        DicomConsumer consumer = dicomConsumer("graceful");
        try (PausingProxy proxy = PausingProxy.start(gracefulPort.getPort(), 20_000)) {
            Future<Dcmtk.Result> scu = background.submit(() -> StoreScu.send(TIMEOUT, proxy.port(), List.of("-v"),
                    List.of(ct)));
            await().atMost(TIMEOUT).until(() -> proxy.isPaused() || scu.isDone());
            assertFalse(scu.isDone(), () -> "storescu ended early: " + outputOf(scu));
            assertEquals(1, consumer.getActiveAssociations());

            Future<?> stop = background.submit(() -> {
                context.getRouteController().stopRoute("graceful", 60, TimeUnit.SECONDS);
                return null;
            });
            // Stopping: new associations are refused while the running one may finish.
            await().atMost(TIMEOUT).until(() -> !consumer.isListening());
            Dcmtk.Result refused = Dcmtk.run(TIMEOUT, "echoscu", "127.0.0.1", Integer.toString(gracefulPort.getPort()));
            assertNotEquals(0, refused.exitCode(), refused.output());
            assertFalse(stop.isDone(), "the consumer stopped before its association ended");

            proxy.resume();

            Dcmtk.Result r = scu.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).assertSuccess();
            assertEquals(List.of("Success"), ScuOutput.verboseResponses(r.output()), r.output());
            stop.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        assertEquals(0L, consumer.getAssociationsAborted());
        DataSetAssertions.assertSameDataSet(ct, out.resolve(DataSetAssertions.sopInstanceUid(ct) + ".dcm"));
        assertEquals(List.of(), DataSetAssertions.filesUnder(spool));
    }
}
