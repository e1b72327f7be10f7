package io.github.cameldicom.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.cameldicom.DicomConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.cameldicom.storage.FileNameSchemesTest.CT;
import static io.github.cameldicom.storage.FileNameSchemesTest.INSTANCE;
import static io.github.cameldicom.storage.FileNameSchemesTest.headers;
import static io.github.cameldicom.storage.FileNameSchemesTest.processor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many exchanges named at the same moment, as with many associations at once. The random sources are made to collide
 * on purpose (a small pool of values, a clock that stands still), so that only the reservations and the directory
 * check keep the names apart.
 */
class ConcurrentNamingTest {

    private static final int THREADS = 32;
    private static final int PER_THREAD = 25;
    private static final int POOL = 2 * THREADS * PER_THREAD;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    private final CamelContext context = new DefaultCamelContext();

    @TempDir
    Path outputDirectory;

    @AfterEach
    void shutDown() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        context.stop();
    }

    /** Collides a lot: values from a pool only twice as large as the number of names needed. */
    private static DicomFileNameProcessor collisionProne(FileNameScheme scheme) {
        return processor(SubdirectoryScheme.seriesDate, scheme)
                .withRandom(() -> ThreadLocalRandom.current().nextLong(POOL))
                .withUidGenerator(() -> "2.25." + (1 + ThreadLocalRandom.current().nextInt(POOL)));
    }

    @ParameterizedTest
    @EnumSource(value = FileNameScheme.class, names = "sopInstance", mode = EnumSource.Mode.EXCLUDE)
    void exchangesInFlightAtOnceNeverShareAName(FileNameScheme scheme) throws Exception {
        context.start();
        DicomFileNameProcessor namer = collisionProne(scheme);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Exchange>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            results.add(threads.submit(() -> {
                start.await();
                List<Exchange> named = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    Exchange exchange = Exchanges.withHeaders(context, headers(CT, INSTANCE, "19970430"));
                    namer.process(exchange);
                    named.add(exchange);
                }
                return named;
            }));
        }
        start.countDown();
        List<Exchange> all = new ArrayList<>();
        for (Future<List<Exchange>> result : results) {
            all.addAll(result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        }
        // none completed yet: every name is still only a reservation
        Set<String> names = new HashSet<>();
        for (Exchange exchange : all) {
            names.add(exchange.getMessage().getHeader(DicomConstants.RELATIVE_PATH, String.class));
        }
        assertEquals(THREADS * PER_THREAD, names.size(), "names handed out twice");
        assertEquals(THREADS * PER_THREAD, namer.reservedCount());
        all.forEach(Exchanges::complete);
        assertEquals(0, namer.reservedCount());
    }

    @ParameterizedTest
    @EnumSource(value = FileNameScheme.class, names = "sopInstance", mode = EnumSource.Mode.EXCLUDE)
    void concurrentRoutesWritingFilesNeverOverwrite(FileNameScheme scheme) throws Exception {
        DicomFileNameProcessor namer = collisionProne(scheme).withExtension(".dcm").withDirectory(outputDirectory);
        // files of an earlier run that the new names must avoid
        Path day = Files.createDirectories(outputDirectory.resolve("data/1997/04/30"));
        for (int i = 0; i < 100; i++) {
            Files.writeString(day.resolve("CT_" + String.format("%016x", i) + ".dcm"), "earlier");
            Files.writeString(day.resolve("CT.X.2.25." + (i + 1) + ".dcm"), "earlier");
        }
        Files.writeString(day.resolve("20240131235959.000042.CT.dcm"), "earlier");
        long earlier = countFiles();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // fileExist=Fail: an attempt to overwrite fails the exchange, and the test with it
                from("direct:store").process(namer)
                        .to("file:" + outputDirectory + "?fileExist=Fail");
            }
        });
        context.start();
        ProducerTemplate producer = context.createProducerTemplate();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Exchange>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(threads.submit(() -> {
                start.await();
                List<Exchange> sent = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    String body = "instance " + thread + "/" + i;
                    sent.add(producer.send("direct:store", e -> {
                        e.getMessage().setHeaders(new HashMap<>(headers(CT, INSTANCE, "19970430")));
                        e.getMessage().setBody(body);
                    }));
                }
                return sent;
            }));
        }
        start.countDown();
        for (Future<List<Exchange>> result : results) {
            for (Exchange exchange : result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                assertNull(exchange.getException(), () -> "exchange failed: " + exchange.getException());
            }
        }
        assertEquals(earlier + THREADS * PER_THREAD, countFiles());
        try (Stream<Path> files = Files.list(day)) {
            long untouched = files.filter(f -> readUnchecked(f).equals("earlier")).count();
            assertEquals(earlier, untouched, "an earlier file was overwritten");
        }
        assertEquals(0, namer.reservedCount());
    }

    @Test
    void oneProcessorPerRouteSharesNothingWithAnother() {
        context.start();
        DicomFileNameProcessor a = processor(SubdirectoryScheme.none, FileNameScheme.shortUnique);
        DicomFileNameProcessor b = processor(SubdirectoryScheme.none, FileNameScheme.shortUnique);
        Exchange first = Exchanges.withHeaders(context, headers(CT, INSTANCE, null));
        a.process(first);
        Exchange second = Exchanges.withHeaders(context, headers(CT, INSTANCE, null));
        b.process(second);
        // no static state: b does not know a's reservation (hence the advice to share one bean per directory)
        assertEquals(first.getMessage().getHeader(Exchange.FILE_NAME),
                second.getMessage().getHeader(Exchange.FILE_NAME));
        assertEquals(1, a.reservedCount());
        assertEquals(1, b.reservedCount());
    }

    private long countFiles() throws Exception {
        try (Stream<Path> files = Files.walk(outputDirectory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String readUnchecked(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
