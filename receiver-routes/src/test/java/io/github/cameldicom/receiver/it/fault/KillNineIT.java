package io.github.cameldicom.receiver.it.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cameldicom.receiver.it.fault.Instances.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7, durability: {@code kill -9} of the receiver at any moment leaves no partial file under a final name, and
 * loses no instance it acknowledged.
 *
 * <p>In each round the jar ({@code --accept-all}) receives batches of instances from storescu in a loop: some kept in
 * memory, some above the 256 KiB spool threshold, some of several MiB (in two rounds one of 64 MiB) so that a kill
 * lands in the middle of receiving, spooling or writing one. It is killed with SIGKILL at a different moment each
 * round: a fixed delay after the first storescu started, or as soon as a new file being written has reached a size.
 * In some rounds it spools where it does by default, hidden in the output directory (storing a spooled instance is
 * then a rename); in others {@code -Ddicom.spoolDirectory} puts the spool on another file system ({@code /dev/shm}
 * where it exists: storing is then a copy). Its {@code java.io.tmpdir} belongs to the test too. After each kill,
 * every file under a final name must hold exactly the data set of an instance that was sent, and every instance
 * storescu saw acknowledged must be there; hidden temporary files may remain and are counted. Then the receiver
 * restarts on the same output directory and must store again; at the end it stops on SIGTERM.
 */
class KillNineIT {

    /** Pixel data bytes of the instances of one batch: in memory, just above the spool threshold, and multi-MiB. */
    private static final long[] SIZES = {600, 30_000, 200_000, 300_000, 1L << 20, 4L << 20, 12L << 20};
    /** A batch with one instance large enough that copying it takes a while. */
    private static final long[] BIG = {600, 64L << 20};
    /** The kill moment of each round. */
    private static final List<Moment> MOMENTS = List.of(
            Moment.after(300, false),
            Moment.atTemporaryFile(64 << 10, true),
            Moment.after(1000, true),
            Moment.atTemporaryFile(2 << 20, false),
            Moment.atOutputFile(4 << 20, true, BIG),
            Moment.after(1700, false),
            Moment.atTemporaryFile(8 << 20, true),
            Moment.atOutputFile(4 << 20, false, BIG));
    /** How long a round may wait for its first storescu or for a file to grow. */
    private static final Duration MOMENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STORESCU_TIMEOUT = Duration.ofSeconds(120);

    /**
     * When a round's SIGKILL lands: {@code delay} after the first storescu started; or as soon as a new file has at
     * least {@code bytes} bytes, in the middle of writing it: a temporary file (a hidden one in the output directory
     * or any in java.io.tmpdir, wherever the receiver spools), or with {@code anyOutputFile} any file in the output
     * directory, whatever its name (a route that wrote under the final name directly would be caught there).
     *
     * @param otherFileSystem whether the receiver spools (and has its java.io.tmpdir) on another file system than its
     *                        output
     * @param sizes           the pixel data sizes of each batch storescu sends
     */
    private record Moment(Duration delay, long bytes, boolean anyOutputFile, boolean otherFileSystem, long[] sizes) {

        static Moment after(long millis, boolean otherFileSystem) {
            return new Moment(Duration.ofMillis(millis), -1, false, otherFileSystem, SIZES);
        }

        static Moment atTemporaryFile(long bytes, boolean otherFileSystem) {
            return new Moment(Duration.ZERO, bytes, false, otherFileSystem, SIZES);
        }

        static Moment atOutputFile(long bytes, boolean otherFileSystem, long[] sizes) {
            return new Moment(Duration.ZERO, bytes, true, otherFileSystem, sizes);
        }

        boolean atFile() {
            return bytes >= 0;
        }

        @Override
        public String toString() {
            String when = !atFile() ? "storescu started + " + delay.toMillis() + " ms"
                    : (anyOutputFile ? "a new file in the output directory" : "a new temporary file") + " reaches "
                      + (bytes >> 10) + " KiB";
            return when + (sizes == BIG ? ", 64 MiB instance" : "")
                   + (otherFileSystem ? ", spool on another file system" : "");
        }
    }

    @TempDir
    Path work;

    private final List<AutoCloseable> running = new ArrayList<>();
    private final StoredTree.Digests digests = new StoredTree.Digests();
    private Path output;
    /**
     * java.io.tmpdir of the receiver: on the output's file system; and on another one where there is one, holding the
     * spool directory too in the rounds that say so.
     */
    private Path tmpSame;
    private Path tmpOther;

    @AfterEach
    void stopEverything() throws Exception {
        for (AutoCloseable c : running) {
            c.close();
        }
        if (tmpOther != null && !tmpOther.startsWith(work)) {
            deleteTree(tmpOther);
        }
    }

    @Test
    void killNineLeavesNoPartialFileUnderAFinalNameAndLosesNoAcknowledgedInstance() throws Exception {
        output = work.resolve("out");
        tmpSame = Files.createDirectories(work.resolve("tmp"));
        tmpOther = otherFileSystemDirectory();
        Map<String, Instance> sent = new ConcurrentHashMap<>();
        Set<String> acknowledged = new HashSet<>();
        Set<String> leftoversSeen = new TreeSet<>();
        int killsWithLeftovers = 0;
        int acknowledgedBeforeKills = 0;
        for (int round = 0; round <= MOMENTS.size(); round++) {
            Moment moment = round < MOMENTS.size() ? MOMENTS.get(round) : null;
            boolean other = moment != null && moment.otherFileSystem();
            JarReceiver receiver = JarReceiver.start(work.resolve("receiver-" + round), output,
                    other ? tmpOther : tmpSame,
                    other ? List.of("-Ddicom.spoolDirectory=" + tmpOther.resolve("spool")) : List.of(),
                    List.of("--accept-all"));
            running.add(receiver);
            if (round > 0) {
                acknowledged.addAll(storeAfterRestart(receiver, round, sent));
            }
            if (moment == null) {
                verify(sent, acknowledged);
                int exit = receiver.terminate();
                assertTrue(exit == 0 || exit == 143, "exit code after SIGTERM: " + exit);
                break;
            }
            Set<String> old = leftovers();
            Set<String> acknowledgedInRound;
            int batches;
            try (SendLoop loop = new SendLoop(work.resolve("in-" + round), round, moment.sizes(), receiver.port(),
                    sent)) {
                running.add(loop);
                loop.start();
                awaitMoment(moment, loop, old);
                receiver.kill();
                acknowledgedInRound = loop.finish();
                batches = loop.runs;
            }
            acknowledged.addAll(acknowledgedInRound);
            acknowledgedBeforeKills += acknowledgedInRound.size();
            StoredTree tree = verify(sent, acknowledged);
            Set<String> leftovers = leftovers();
            leftovers.removeAll(old);
            if (!leftovers.isEmpty()) {
                killsWithLeftovers++;
            }
            leftoversSeen.addAll(leftovers);
            System.out.printf("[kill-9] round %d (start-up %d ms), SIGKILL when %s: %d storescu runs, %d acknowledged "
                              + "in the round, %d files under final names, %d new temporary files left %s%n", round,
                    receiver.startup().toMillis(), moment, batches, acknowledgedInRound.size(), tree.finals().size(),
                    leftovers.size(), leftovers);
            deleteTree(work.resolve("in-" + round));
        }
        System.out.printf("[kill-9] %d kills, %d left temporary files; %d instances acknowledged before kills, all "
                          + "present; %d temporary files in total, never under a final name; other file system: %s%n",
                MOMENTS.size(), killsWithLeftovers, acknowledgedBeforeKills, leftoversSeen.size(),
                tmpOther.startsWith(work) ? "none found, same one used" : tmpOther);
        assertTrue(acknowledgedBeforeKills >= SIZES.length,
                "storescu got too few acknowledgements for the test to mean anything: " + acknowledgedBeforeKills);
        assertTrue(killsWithLeftovers > 0, "no kill landed while a temporary file existed: the kills never "
                                           + "interrupted a write");
    }

    /** A test-owned directory on another file system than the output (/dev/shm), or else one on the same. */
    private Path otherFileSystemDirectory() throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)
            && !Files.getFileStore(shm).equals(Files.getFileStore(work))) {
            return Files.createTempDirectory(shm, "kill-nine-it-");
        }
        return Files.createDirectories(work.resolve("tmp-other"));
    }

    /** Verifies the tree after a kill or at the end: every final file sent and complete, every acknowledged there. */
    private StoredTree verify(Map<String, Instance> sent, Set<String> acknowledged) {
        StoredTree tree = StoredTree.scan(output, tmpSame);
        Map<String, String> found = tree.verifyFinals(sent, digests);
        Set<String> missing = new TreeSet<>(acknowledged);
        missing.removeAll(found.keySet());
        assertEquals(Set.of(), missing, "acknowledged instances missing from " + output);
        return tree;
    }

    /** After a restart on the same directories: one instance kept in memory and one spooled are stored. */
    private Set<String> storeAfterRestart(JarReceiver receiver, int round, Map<String, Instance> sent) {
        Path dir = work.resolve("restart-" + round);
        List<Path> files = new ArrayList<>();
        Map<Path, String> uids = new HashMap<>();
        long[] sizes = {1000, 400_000};
        for (int i = 0; i < sizes.length; i++) {
            String uid = Instances.uid(1000 + round, i);
            Instance instance = Instances.writeFile(dir.resolve(i + ".dcm"), uid, sizes[i], round * 1000L + i);
            sent.put(uid, instance);
            files.add(instance.file().toAbsolutePath());
            uids.put(instance.file().toAbsolutePath(), uid);
        }
        try (StorescuRun run = StorescuRun.start(receiver.port(), files, dir.resolve("storescu.log"))) {
            int exit = run.await(STORESCU_TIMEOUT);
            assertEquals(0, exit, "storescu after the restart of round " + round + ":\n" + run.output());
            assertEquals(Set.copyOf(files), run.stored(), "stored after the restart:\n" + run.output());
        }
        Set<String> stored = new HashSet<>(uids.values());
        deleteTree(dir);
        return stored;
    }

    private void awaitMoment(Moment moment, SendLoop loop, Set<String> old) throws InterruptedException {
        if (!loop.firstStarted.await(MOMENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the first storescu did not start within " + MOMENT_TIMEOUT);
        }
        if (moment.atFile()) {
            Set<String> before = moment.anyOutputFile() ? StoredTree.scan(output, tmpSame).finals().keySet() : Set.of();
            try {
                await().atMost(MOMENT_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                        .until(() -> hasNewFile(old, before, moment));
            } catch (ConditionTimeoutException e) {
                fail("no file as the moment " + moment + " says appeared within " + MOMENT_TIMEOUT
                     + " of storescu starting");
            }
        } else {
            // the point of the test: SIGKILL at this moment, whatever the receiver is doing
            Thread.sleep(moment.delay().toMillis());
        }
    }

    private boolean hasNewFile(Set<String> oldTemporary, Set<String> oldFinal, Moment moment) {
        List<Path> candidates = new ArrayList<>();
        for (String f : leftovers()) {
            if (!oldTemporary.contains(f) && (!moment.anyOutputFile() || f.startsWith("out/"))) {
                candidates.add(resolve(f));
            }
        }
        if (moment.anyOutputFile()) {
            StoredTree.scan(output, tmpSame).finals().forEach((name, p) -> {
                if (!oldFinal.contains(name)) {
                    candidates.add(p);
                }
            });
        }
        for (Path p : candidates) {
            try {
                if (Files.size(p) >= moment.bytes()) {
                    return true;
                }
            } catch (IOException e) {
                // renamed or deleted meanwhile
            }
        }
        return false;
    }

    /**
     * The temporary files now: {@code out/HIDDEN} in the output directory, {@code tmp/FILE} and {@code tmp-other/FILE}
     * in the two java.io.tmpdir directories.
     */
    private Set<String> leftovers() {
        Set<String> leftovers = new TreeSet<>();
        StoredTree same = StoredTree.scan(output, tmpSame);
        same.hidden().forEach(f -> leftovers.add("out/" + f));
        same.inTmpDir().forEach(f -> leftovers.add("tmp/" + f));
        StoredTree.scan(output, tmpOther).inTmpDir().forEach(f -> leftovers.add("tmp-other/" + f));
        return leftovers;
    }

    private Path resolve(String leftover) {
        int slash = leftover.indexOf('/');
        String root = leftover.substring(0, slash);
        String rest = leftover.substring(slash + 1);
        return switch (root) {
            case "out" -> output.resolve(rest);
            case "tmp" -> tmpSame.resolve(rest);
            default -> tmpOther.resolve(rest);
        };
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * storescu in a loop on its own thread: each run sends a new batch of instances of the given sizes with new UIDs,
     * until {@link #finish()}. Collects what storescu reported as stored.
     */
    private static final class SendLoop implements AutoCloseable {

        private static final int MAX_RUNS = 50;

        private final Path dir;
        private final int round;
        private final long[] sizes;
        private final int port;
        private final Map<String, Instance> sent;
        private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        private final CountDownLatch firstStarted = new CountDownLatch(1);
        private final Thread thread;
        private volatile boolean stopped;
        private volatile StorescuRun current;
        private volatile Throwable failure;
        private volatile int runs;

        SendLoop(Path dir, int round, long[] sizes, int port, Map<String, Instance> sent) {
            this.dir = dir;
            this.round = round;
            this.sizes = sizes;
            this.port = port;
            this.sent = sent;
            this.thread = new Thread(this::loop, "storescu-loop-" + round);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            try {
                for (int batch = 0; batch < MAX_RUNS && !stopped; batch++) {
                    Map<Path, String> uids = new HashMap<>();
                    List<Path> files = new ArrayList<>();
                    for (int i = 0; i < sizes.length; i++) {
                        String uid = Instances.uid(round, batch, i);
                        Instance instance = Instances.writeFile(dir.resolve(batch + "-" + i + ".dcm"), uid, sizes[i],
                                ((long) round << 32) + batch * 100L + i);
                        sent.put(uid, instance);
                        files.add(instance.file().toAbsolutePath());
                        uids.put(instance.file().toAbsolutePath(), uid);
                    }
                    if (stopped) {
                        break;
                    }
                    StorescuRun run = StorescuRun.start(port, files, dir.resolve("storescu-" + batch + ".log"));
                    current = run;
                    firstStarted.countDown();
                    run.await(STORESCU_TIMEOUT);
                    runs++;
                    for (Path stored : run.stored()) {
                        acknowledged.add(uids.get(stored));
                    }
                }
            } catch (Throwable t) {
                failure = t;
            }
        }

        /** Stops the loop after the current storescu and returns the instances storescu saw acknowledged. */
        Set<String> finish() throws InterruptedException {
            stopped = true;
            thread.join(STORESCU_TIMEOUT.toMillis());
            if (thread.isAlive()) {
                close();
                fail("the storescu loop did not end within " + STORESCU_TIMEOUT + " of the kill");
            }
            if (failure != null) {
                throw new AssertionError("storescu loop failed", failure);
            }
            return Set.copyOf(acknowledged);
        }

        @Override
        public void close() {
            stopped = true;
            StorescuRun run = current;
            if (run != null) {
                run.close();
            }
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
