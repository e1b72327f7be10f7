package io.github.cameldicom.fuzz;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;

/**
 * The resource half of the fuzz targets' contract: whatever the input, one call allocates a bounded number of bytes
 * (so no buffer is ever sized from a length on the wire) and reads its input in pieces as small as a socket may hand
 * them out. Time is bounded by {@code @Timeout} on each target, which Jazzer also turns into libFuzzer's per-input
 * {@code -timeout}.
 */
final class Bounds {

    /**
     * Most bytes one input may make the code under test allocate. Far above what a few-KB input legitimately needs
     * (the stream reader's 1 MiB cap on an A-ASSOCIATE PDU is the largest single buffer), far below an allocation
     * sized from a hostile 32-bit length.
     */
    static final long MAX_ALLOCATED_BYTES = 64L << 20;

    private static final com.sun.management.ThreadMXBean THREADS = threads();
    private static final ClassLoadingMXBean LOADING = ManagementFactory.getClassLoadingMXBean();

    private Bounds() {
    }

    /**
     * Runs one input through {@code body}, which holds the call under test and its contract, and fails when the call
     * allocated more than {@link #MAX_ALLOCATED_BYTES} on this thread. Loading (and Jazzer instrumenting) a class
     * allocates far more than any input does, so when the first run loaded classes it is run once more and the
     * second run is measured.
     */
    static void check(String what, Runnable body) {
        long classes = LOADING.getTotalLoadedClassCount();
        long used = measure(body);
        if (LOADING.getTotalLoadedClassCount() != classes) {
            used = measure(body);
        }
        if (used > MAX_ALLOCATED_BYTES) {
            throw new AssertionError(what + " allocated " + used + " bytes for one input, more than "
                    + MAX_ALLOCATED_BYTES);
        }
    }

    private static long measure(Runnable body) {
        long before = allocated();
        body.run();
        return allocated() - before;
    }

    /**
     * {@code in}, but each read returns at most {@code maxChunk} bytes, as a TCP socket may: the code under test must
     * loop until it has what it needs.
     */
    static InputStream trickle(InputStream in, int maxChunk) {
        return new FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, maxChunk));
            }
        };
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            bean.setThreadAllocatedMemoryEnabled(true);
            return bean;
        }
        return null;
    }
}
