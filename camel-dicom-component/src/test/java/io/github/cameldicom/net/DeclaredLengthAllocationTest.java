package io.github.cameldicom.net;

import io.github.cameldicom.testing.CamelReceiver;
import io.github.cameldicom.testing.RawScu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static io.github.cameldicom.net.AssociateRqBytes.pduHeader;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The receiver allocates in proportion to the bytes a peer sends, never to the length it announces. Peers announce
 * an A-ASSOCIATE-RQ of 1 MiB (the most the receiver reads) and close after 100 bytes; the heap the JVM's threads
 * allocate meanwhile is measured (HotSpot's per-thread allocation counters), so the test fails on a buffer sized
 * from the length field even when the garbage collector would hide it.
 */
class DeclaredLengthAllocationTest {

    private static final int PEERS = 32;
    private static final int ANNOUNCED = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void announcedLengthsAreNotAllocated() throws Exception {
        try (CamelReceiver receiver = CamelReceiver.start(dir)) {
            byte[] start = Arrays.copyOf(pduHeader(0x01, ANNOUNCED), 106);
            sendAndClose(receiver, start); // warms up the association threads and classes
            long before = allocatedByOtherThreads();
            for (int i = 0; i < PEERS; i++) {
                sendAndClose(receiver, start);
            }
            long allocated = allocatedByOtherThreads() - before;
            System.out.printf("%d peers announcing %d bytes each: %d bytes allocated%n", PEERS, ANNOUNCED, allocated);
            // Sized from the length field, this would be at least PEERS MiB.
            assertTrue(allocated < PEERS * ANNOUNCED / 2, allocated + " bytes allocated for " + PEERS + " peers");
            assertEquals(0, receiver.exchanges());
        }
    }

    /** Sends the start of a PDU, closes, and waits until the receiver has given up on it. */
    private static void sendAndClose(CamelReceiver receiver, byte[] bytes) throws Exception {
        try (RawScu scu = receiver.connect()) {
            scu.sendRaw(bytes);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.consumer().getActiveAssociations() == 0);
    }

    private static long allocatedByOtherThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        long[] ids = Arrays.stream(threads.getAllThreadIds()).filter(id -> id != self).toArray();
        return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(n -> n > 0).sum();
    }
}
