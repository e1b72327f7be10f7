package io.github.cameldicom.net;

import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.testing.CamelReceiver;
import io.github.cameldicom.testing.LogRecorder;

import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the end-to-end tests of hostile input share: one Camel receiver per test class, the project's log recorded
 * per test, and the check that follows every hostile exchange ({@link #assertReceiverUnharmed}).
 */
abstract class HostileInputSupport {

    @TempDir
    static Path dir;

    static CamelReceiver receiver;
    private static final Set<String> STORED = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger NEXT_UID = new AtomicInteger();
    LogRecorder log;

    @BeforeAll
    static void startReceiver() throws Exception {
        STORED.clear();
        receiver = CamelReceiver.start(dir);
    }

    @AfterAll
    static void stopReceiver() throws Exception {
        receiver.close();
    }

    @BeforeEach
    void recordLog() {
        log = new LogRecorder("io.github.cameldicom", Level.INFO);
    }

    @AfterEach
    void stopRecording() {
        log.close();
    }

    /**
     * The receiver still serves (a new association stores an instance), nothing of the hostile association reached
     * the route, the output or the spool, and exactly one warning, containing each of {@code parts}, was logged (none
     * when no part is given).
     */
    void assertReceiverUnharmed(String... parts) throws Exception {
        String uid = "2.25.4242" + NEXT_UID.incrementAndGet();
        assertEquals(Status.SUCCESS, receiver.storeOne(uid));
        STORED.add(uid);
        receiver.assertOnlyStored(STORED);
        List<String> warnings = warnings();
        assertEquals(parts.length == 0 ? 0 : 1, warnings.size(), "warnings: " + warnings);
        for (String part : parts) {
            assertTrue(warnings.get(0).contains(part), warnings.get(0) + " should mention " + part);
        }
    }

    /** The lines logged at WARN and above since the test began. */
    List<String> warnings() {
        return log.lines().stream().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")).toList();
    }
}
