package io.github.cameldicom.net;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The Association Request/Reject/Release Timer (ARTIM), PS3.8 §9.1.5. A deadline rather than a scheduled task: the
 * association's own thread reads with a socket timeout no longer than {@link #remainingMillis()}, so a peer that
 * trickles bytes cannot stretch the deadline and no second thread is needed.
 */
public final class ArtimTimer {

    private final long timeoutNanos;
    private final LongSupplier nanoClock;
    private long deadline;
    private boolean running;

    public ArtimTimer(Duration timeout) {
        this(timeout, System::nanoTime);
    }

    ArtimTimer(Duration timeout, LongSupplier nanoClock) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("ARTIM timeout must be positive: " + timeout);
        }
        this.timeoutNanos = timeout.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Starts the timer, or restarts it if it is already running. */
    public void start() {
        deadline = nanoClock.getAsLong() + timeoutNanos;
        running = true;
    }

    public void stop() {
        running = false;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isExpired() {
        return running && nanoClock.getAsLong() - deadline >= 0;
    }

    /** Milliseconds until expiry, at least 1 while running and not expired, 0 once expired. */
    public long remainingMillis() {
        if (!running) {
            throw new IllegalStateException("ARTIM timer is not running");
        }
        long nanos = deadline - nanoClock.getAsLong();
        if (nanos <= 0) {
            return 0;
        }
        return Math.max(1, Duration.ofNanos(nanos).toMillis());
    }
}
