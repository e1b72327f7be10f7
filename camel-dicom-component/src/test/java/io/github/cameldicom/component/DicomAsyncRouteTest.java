package io.github.cameldicom.component;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.net.pdu.AAssociateAc;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.ExplicitLeDataSet;
import io.github.cameldicom.testing.RawScu;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;
import io.github.cameldicom.testing.StoreScu;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * However asynchronous a route is (a thread pool, an asynchronous processor completing on a thread of its own), the
 * C-STORE response waits for the end of the route: the SCU is never answered while the route still runs.
 */
class DicomAsyncRouteTest extends CamelTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CT_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.2";

    @RegisterExtension
    final AvailablePortFinder.Port threadsPort = AvailablePortFinder.find();
    @RegisterExtension
    final AvailablePortFinder.Port asyncPort = AvailablePortFinder.find();
    /** Entered by the route when it reaches the blocking step. */
    private final CountDownLatch entered = new CountDownLatch(1);
    /** Opened by the test to let the route go on. */
    private final CountDownLatch gate = new CountDownLatch(1);
    /** Set by the last step of each route. */
    private final AtomicBoolean routeEnded = new AtomicBoolean();
    private final ExecutorService scus = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopScus() throws InterruptedException {
        gate.countDown();
        scus.shutdownNow();
        assertTrue(scus.awaitTermination(30, TimeUnit.SECONDS), "storescu still running");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("dicom:127.0.0.1:" + threadsPort.getPort() + "?hostnameLookup=false").routeId("threads")
                        .threads(2)
                        .process(e -> passGate())
                        .process(e -> routeEnded.set(true))
                        .to("mock:threads");

                ExecutorService completer = getContext().getExecutorServiceManager()
                        .newSingleThreadExecutor(this, "async-completer");
                from("dicom:127.0.0.1:" + asyncPort.getPort() + "?hostnameLookup=false").routeId("async")
                        .process(new CompletesOnAnotherThread(completer))
                        .process(e -> routeEnded.set(true))
                        .to("mock:async");
            }
        };
    }

    /** Completes each exchange from a thread of its own once the gate opens, with a warning status. */
    private final class CompletesOnAnotherThread extends AsyncProcessorSupport {
        private final ExecutorService completer;

        CompletesOnAnotherThread(ExecutorService completer) {
            this.completer = completer;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            completer.execute(() -> {
                try {
                    passGate();
                    exchange.getMessage().setHeader(DicomConstants.STATUS, Status.COERCION_OF_DATA_ELEMENTS);
                    exchange.getMessage().setHeader(DicomConstants.ERROR_COMMENT, "completed asynchronously");
                } catch (Exception e) {
                    exchange.setException(e);
                } finally {
                    callback.done(false);
                }
            });
            return false;
        }
    }

    private void passGate() throws InterruptedException {
        entered.countDown();
        if (!gate.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
    }

    @Test
    void storescuWaitsForAThreadPoolRoute() throws Exception {
        MockEndpoint routed = getMockEndpoint("mock:threads");
        routed.expectedMessageCount(1);
        Future<Dcmtk.Result> scu = scus.submit(() -> StoreScu.send(TIMEOUT, threadsPort.getPort(), List.of("-v"),
                List.of(Samples.pydicom("CT_small.dcm"))));
        assertTrue(entered.await(30, TimeUnit.SECONDS), "route not reached");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> !scu.isDone());
        gate.countDown();

        Dcmtk.Result r = scu.get(30, TimeUnit.SECONDS).assertSuccess();
        assertEquals(List.of("Success"), ScuOutput.verboseResponses(r.output()), r.output());
        assertTrue(routeEnded.get());
        routed.assertIsSatisfied();
    }

    @Test
    void storescuWaitsForAnAsynchronousProcessor() throws Exception {
        Future<Dcmtk.Result> scu = scus.submit(() -> StoreScu.send(TIMEOUT, asyncPort.getPort(), List.of("-d"),
                List.of(Samples.pydicom("CT_small.dcm"))));
        assertTrue(entered.await(30, TimeUnit.SECONDS), "route not reached");

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> !scu.isDone());
        gate.countDown();

        // The status set on the other thread reached the SCU: the response was built after the callback.
        Dcmtk.Result r = scu.get(30, TimeUnit.SECONDS).assertSuccess();
        assertEquals(List.of("0xb000"), ScuOutput.debugStatuses(r.output()), r.output());
        assertEquals(List.of("completed asynchronously"), ScuOutput.errorComments(r.output()), r.output());
        assertTrue(routeEnded.get());
    }

    /** Seen on the wire: nothing comes back while the route blocks, and the response follows the route's end. */
    @ParameterizedTest(name = "{0} route")
    @ValueSource(strings = {"threads", "async"})
    void responseNeverPrecedesTheEndOfTheRoute(String route) throws Exception {
        int port = route.equals("threads") ? threadsPort.getPort() : asyncPort.getPort();
        try (RawScu scu = RawScu.connect(port, TIMEOUT)) {
            scu.send(RawScu.storageRq("RAWSCU", "DCMRECV", CT_IMAGE_STORAGE, RawScu.EXPLICIT_LE));
            assertInstanceOf(AAssociateAc.class, scu.read());
            String uid = "2.25." + port;
            byte[] dataSet = ExplicitLeDataSet.withSopUids(CT_IMAGE_STORAGE, uid).bytes();
            scu.sendMessage(1, CommandSet.cStoreRq(1, CT_IMAGE_STORAGE, uid, CommandSet.PRIORITY_MEDIUM).encode(),
                    dataSet, 16000);
            assertTrue(entered.await(30, TimeUnit.SECONDS), "route not reached");

            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> scu.available() == 0);
            gate.countDown();

            CommandSet rsp = scu.readCommand();
            assertTrue(routeEnded.get(), "C-STORE-RSP before the end of the route");
            assertEquals(1, rsp.messageIdBeingRespondedTo());
            assertTrue(Status.category(rsp.status()) != Status.Category.FAILURE, rsp.toString());
            scu.release();
        }
    }
}
