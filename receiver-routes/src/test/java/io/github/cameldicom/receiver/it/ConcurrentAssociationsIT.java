package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.receiver.it.Receiver.Kind;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.StoreScu;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our way, not dcmrecv's: the jar serves several associations at once. While one association is held open, two
 * storescu at once both store everything. dcmrecv, serving one association at a time, lets a storescu wait for its
 * A-ASSOCIATE-AC until the held association ends, so a storescu with a short ACSE timeout fails there.
 */
class ConcurrentAssociationsIT {

    private static final List<String> PROFILE = List.of("-xf", "/etc/dcmtk/storescp.cfg", "default");
    private static final Duration HOLD_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    @Test
    void twoStorescuAtOnceWhileAnotherAssociationIsOpen() throws Exception {
        List<Path> first = Samples.newInstances(work.resolve("in"), "first", 3);
        List<Path> second = Samples.newInstances(work.resolve("in"), "second", 3);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try (Receiver ours = Receiver.start(Kind.JAR, work.resolve("jar"), PROFILE)) {
            ours.awaitEcho();
            try (HeldAssociation held = HeldAssociation.open(ours.port(), HOLD_TIMEOUT)) {
                Future<Dcmtk.Result> a = senders.submit(() -> send(ours, first));
                Future<Dcmtk.Result> b = senders.submit(() -> send(ours, second));
                a.get(Receiver.RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).assertSuccess();
                b.get(Receiver.RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS).assertSuccess();
                assertTrue(held.release(), "the held association was still open after both storescu");
            }
            ours.stop();
            Set<String> expected = new TreeSet<>();
            for (Path input : concat(first, second)) {
                expected.add("CT." + Dump.of(input).sopInstanceUid());
            }
            assertEquals(expected, ours.files().keySet());
        } finally {
            senders.shutdownNow();
            senders.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void dcmrecvServesOneAssociationAtATime() throws Exception {
        List<Path> input = Samples.newInstances(work.resolve("in"), "waiting", 1);
        try (Receiver theirs = Receiver.start(Kind.DCMRECV, work.resolve("dcmrecv"), PROFILE)) {
            theirs.awaitEcho();
            try (HeldAssociation held = HeldAssociation.open(theirs.port(), HOLD_TIMEOUT)) {
                Dcmtk.Result waiting = StoreScu.send(Receiver.RUN_TIMEOUT, theirs.port(), List.of("-ta", "3"), input);
                assertNotEquals(0, waiting.exitCode(), "dcmrecv served a second association:\n" + waiting.output());
                assertTrue(held.release());
            }
            StoreScu.send(Receiver.RUN_TIMEOUT, theirs.port(), List.of(), input).assertSuccess();
        }
    }

    private static Dcmtk.Result send(Receiver receiver, List<Path> files) {
        return StoreScu.send(Receiver.RUN_TIMEOUT, receiver.port(), List.of(), files);
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
