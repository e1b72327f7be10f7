package io.github.cameldicom.receiver.it.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.net.pdu.PDataTf;
import io.github.cameldicom.net.pdu.PduCodec;
import io.github.cameldicom.net.pdu.PresentationDataValue;
import io.github.cameldicom.receiver.it.fault.FaultyPeer.Fault;
import io.github.cameldicom.receiver.it.fault.FaultyPeer.Outcome;
import io.github.cameldicom.receiver.it.fault.FaultyPeer.Spec;
import io.github.cameldicom.receiver.it.fault.Instances.Instance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7, the load-and-fault test: many associations store instances while, at the same time, other peers abort in
 * the middle of a data set (A-ABORT, TCP close, TCP reset), stall (half a PDU, half an A-ASSOCIATE-RQ, silence
 * between PDUs) longer than the receiver's short ACSE and DIMSE timeouts, or send garbage. At the end, every instance
 * that got a success status is on disk exactly once with the data set that was sent, and nothing else is: no
 * instance that did not get success, no hidden file (a {@code .part} or spool file) anywhere under the output
 * directory, no file in the receiver's {@code java.io.tmpdir} (the test's own). The receiver still answers echoscu,
 * also while peers stall, and stops on SIGTERM within a bounded time with exit code 0 or 143, leaving nothing
 * behind.
 */
class LoadAndFaultIT {

    /** The receiver's ACSE and DIMSE timeouts, in seconds ({@code -ta}, {@code -td}). */
    private static final int TIMEOUT_SECONDS = 5;
    /** How long a faulty connection may stay open: the timeout plus a margin for a loaded machine. */
    private static final Duration DROP_TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS + 15);
    /** storescu processes storing at the same time, and how many runs each makes at most. */
    private static final int SENDERS = 8;
    private static final int RUNS_PER_SENDER = 3;
    /** Pixel data bytes of the instances of one storescu run: kept in memory, and spooled (above 256 KiB). */
    private static final long[] SIZES = {2_000, 30_000, 150_000, 300_000, 700_000, 1_500_000};
    private static final Duration STORESCU_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TEST_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path work;

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private JarReceiver receiver;

    @AfterEach
    void stopEverything() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        if (receiver != null) {
            receiver.close();
        }
    }

    /** The faulty peers: every fault, some after a good store on the same association, one re-sending it. */
    private static List<Spec> faultyPeers() {
        List<Spec> peers = new ArrayList<>();
        int id = 0;
        peers.add(new Spec(Fault.ABORT_MID_DATA_SET, id++, 20_000, 1_000_000, false));
        peers.add(new Spec(Fault.ABORT_MID_DATA_SET, id++, 0, 100_000, false));
        peers.add(new Spec(Fault.ABORT_MID_DATA_SET, id++, 400_000, 0, true));
        peers.add(new Spec(Fault.CLOSE_MID_DATA_SET, id++, 0, 1_000_000, false));
        peers.add(new Spec(Fault.CLOSE_MID_DATA_SET, id++, 300_000, 200_000, false));
        peers.add(new Spec(Fault.RESET_MID_DATA_SET, id++, 0, 1_000_000, false));
        peers.add(new Spec(Fault.RESET_MID_DATA_SET, id++, 0, 60_000, false));
        peers.add(new Spec(Fault.STALL_HALF_PDU, id++, 20_000, 1_000_000, false));
        peers.add(new Spec(Fault.STALL_HALF_PDU, id++, 0, 100_000, false));
        peers.add(new Spec(Fault.STALL_BETWEEN_PDUS, id++, 300_000, 600_000, false));
        peers.add(new Spec(Fault.STALL_HALF_ASSOCIATE_RQ, id++, 0, 0, false));
        peers.add(new Spec(Fault.GARBAGE_ON_CONNECT, id++, 0, 0, false));
        peers.add(new Spec(Fault.GARBAGE_MID_DATA_SET, id++, 20_000, 500_000, false));
        peers.add(new Spec(Fault.GARBAGE_DATA_SET, id++, 0, 400_000, false));
        peers.add(new Spec(Fault.TRUNCATED_DATA_SET, id++, 20_000, 400_000, false));
        return peers;
    }

    @Test
    void onlyAcknowledgedInstancesAreStoredExactlyOnceWhilePeersAbortStallAndSendGarbage() throws Exception {
        long started = System.nanoTime();
        Path output = work.resolve("out");
        Path tmpDir = work.resolve("tmp");
        receiver = JarReceiver.start(work.resolve("receiver"), output, tmpDir, List.of(),
                List.of("--accept-all", "-ta", Integer.toString(TIMEOUT_SECONDS), "-td",
                        Integer.toString(TIMEOUT_SECONDS), "--max-associations", "64"));

        List<Spec> specs = faultyPeers();
        Map<String, Instance> sent = new ConcurrentHashMap<>();
        Map<String, Instance> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean faultsDone = new AtomicBoolean();
        CountDownLatch faulted = new CountDownLatch(specs.size());
        CountDownLatch go = new CountDownLatch(1);

        List<Future<List<String>>> senders = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            int sender = s;
            senders.add(pool.submit(() -> {
                go.await();
                return storescuLoop(sender, faultsDone, sent, acknowledged);
            }));
        }
        List<Future<Outcome>> peers = new ArrayList<>();
        for (Spec spec : specs) {
            FaultyPeer peer = new FaultyPeer(spec, receiver.port(), DROP_TIMEOUT, faulted);
            peers.add(pool.submit(() -> {
                go.await();
                return peer.run();
            }));
        }
        // loads and initialises the codec classes and logging in this JVM before the peers race against timeouts
        PduCodec.encode(new PDataTf(List.of(new PresentationDataValue(1, true, true,
                CommandSet.cStoreRq(1, Instances.SECONDARY_CAPTURE, Instances.uid(0), 0).encode()))));
        go.countDown();

        // while stalled peers hold their connections, the receiver serves others at once
        assertTrue(faulted.await(TEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "faulty peers did not get to fault");
        long echoStart = System.nanoTime();
        receiver.echo().assertSuccess();
        long echoMillis = (System.nanoTime() - echoStart) / 1_000_000;

        List<String> problems = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (Future<Outcome> f : peers) {
            Outcome outcome = f.get(TEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            problems.addAll(outcome.problems());
            outcome.attempted().forEach(sent::putIfAbsent);
            acknowledged.putAll(outcome.acknowledged());
            outcome.acknowledged().forEach(sent::put);
            if (outcome.dropDetail() != null) {
                drops.add(outcome.spec() + ": " + outcome.dropDetail());
            }
        }
        faultsDone.set(true);
        int storescuRuns = 0;
        for (Future<List<String>> f : senders) {
            List<String> senderProblems = f.get(TEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            storescuRuns += Integer.parseInt(senderProblems.get(0));
            problems.addAll(senderProblems.subList(1, senderProblems.size()));
        }
        if (!problems.isEmpty()) {
            fail("faulty peers and storescu: " + String.join("\n", problems) + "\nreceiver log:\n"
                 + receiver.standardError());
        }
        assertTrue(receiver.isAlive(), "the receiver ended:\n" + receiver.standardError());
        receiver.echo().assertSuccess();

        // aborted associations are cleaned up asynchronously: wait (bounded) until nothing temporary is left
        StoredTree tree;
        try {
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !StoredTree.scan(output, tmpDir).hasLeftovers());
        } catch (ConditionTimeoutException e) {
            fail("temporary or spool files left 20 s after the last association: " + StoredTree.scan(output, tmpDir));
        }
        tree = StoredTree.scan(output, tmpDir);
        assertStoredExactly(tree, sent, acknowledged);

        long stopStart = System.nanoTime();
        int exit = receiver.terminate();
        long stopMillis = (System.nanoTime() - stopStart) / 1_000_000;
        assertTrue(exit == 0 || exit == 143, "exit code after SIGTERM: " + exit + "\n" + receiver.standardError());
        StoredTree afterStop = StoredTree.scan(output, tmpDir);
        assertEquals(List.of(), afterStop.hidden(), "temporary files after the receiver stopped");
        assertEquals(List.of(), afterStop.inTmpDir(), "spool files after the receiver stopped");
        assertEquals(tree.finals().keySet(), afterStop.finals().keySet(), "the output changed on stop");

        Set<String> notStored = new TreeSet<>(sent.keySet());
        notStored.removeAll(acknowledged.keySet());
        System.out.printf("[load-and-fault] %d storescu runs by %d processes at once and %d faulty peers; %d "
                          + "instances acknowledged and stored exactly, %d sent without success and absent; echo "
                          + "while peers stalled %d ms; SIGTERM: exit %d after %d ms; %d s in all%n", storescuRuns,
                SENDERS, specs.size(), acknowledged.size(), notStored.size(), echoMillis, exit, stopMillis,
                (System.nanoTime() - started) / 1_000_000_000);
        drops.forEach(d -> System.out.println("[load-and-fault] after the fault, " + d));
    }

    /** Exactly the acknowledged instances are under final names, each once, each with the data set sent. */
    private static void assertStoredExactly(StoredTree tree, Map<String, Instance> sent,
                                            Map<String, Instance> acknowledged) {
        Map<String, String> found = tree.verifyFinals(sent);
        Set<String> missing = new TreeSet<>(acknowledged.keySet());
        missing.removeAll(found.keySet());
        assertEquals(Set.of(), missing, "acknowledged with success but not stored");
        Set<String> unacknowledged = new TreeSet<>(found.keySet());
        unacknowledged.removeAll(acknowledged.keySet());
        assertEquals(Set.of(), unacknowledged, "stored without a success status");
        assertEquals(acknowledged.size(), tree.finals().size(), "files under final names");
        for (Map.Entry<String, Instance> a : acknowledged.entrySet()) {
            assertEquals(a.getValue(), sent.get(a.getKey()), "what was acknowledged for " + a.getKey());
        }
    }

    /**
     * One storescu after another until the faulty peers are done (at most {@link #RUNS_PER_SENDER}), each with new
     * instances; every run must store all of them. Returns the number of runs, then any problems.
     */
    private List<String> storescuLoop(int sender, AtomicBoolean faultsDone, Map<String, Instance> sent,
                                      Map<String, Instance> acknowledged) {
        List<String> result = new ArrayList<>();
        int runs = 0;
        for (int run = 0; run < RUNS_PER_SENDER && (run == 0 || !faultsDone.get()); run++) {
            Path dir = work.resolve("in-" + sender + "-" + run);
            Map<Path, Instance> files = new HashMap<>();
            for (int i = 0; i < SIZES.length; i++) {
                String uid = Instances.uid(2000 + sender, run, i);
                Instance instance = Instances.writeFile(dir.resolve(i + ".dcm"), uid, SIZES[i],
                        2000L * sender + 100L * run + i);
                sent.put(uid, instance);
                files.put(instance.file().toAbsolutePath(), instance);
            }
            try (StorescuRun storescu = StorescuRun.start(receiver.port(), List.copyOf(files.keySet()),
                    dir.resolve("storescu.log"))) {
                int exit = storescu.await(STORESCU_TIMEOUT);
                Set<Path> stored = storescu.stored();
                stored.forEach(p -> acknowledged.put(files.get(p).sopInstanceUid(), files.get(p)));
                if (exit != 0 || !stored.equals(files.keySet())) {
                    result.add("storescu " + sender + "/" + run + " exited with " + exit + ", stored " + stored.size()
                               + " of " + files.size() + ":\n" + storescu.output());
                }
            }
            runs++;
        }
        result.add(0, Integer.toString(runs));
        return result;
    }
}
