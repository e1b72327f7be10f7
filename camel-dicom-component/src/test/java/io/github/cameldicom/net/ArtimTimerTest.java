package io.github.cameldicom.net;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArtimTimerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ArtimTimer timer = new ArtimTimer(Duration.ofSeconds(30), now::get);

    @Test
    void countsDownFromStart() {
        timer.start();
        assertEquals(30_000, timer.remainingMillis());
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertEquals(20_000, timer.remainingMillis());
        assertFalse(timer.isExpired());
    }

    @Test
    void expiresAtTheDeadline() {
        timer.start();
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertTrue(timer.isExpired());
        assertEquals(0, timer.remainingMillis());
    }

    @Test
    void neverReportsZeroBeforeTheDeadline() {
        timer.start();
        now.addAndGet(Duration.ofSeconds(30).toNanos() - 1);
        assertEquals(1, timer.remainingMillis(), "0 would mean an infinite socket timeout");
    }

    @Test
    void restartMovesTheDeadline() {
        timer.start();
        now.addAndGet(Duration.ofSeconds(25).toNanos());
        timer.start();
        assertEquals(30_000, timer.remainingMillis());
    }

    @Test
    void stoppedTimerNeverExpires() {
        timer.start();
        timer.stop();
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertFalse(timer.isExpired());
        assertFalse(timer.isRunning());
        assertThrows(IllegalStateException.class, timer::remainingMillis);
    }

    @Test
    void rejectsNonPositiveTimeout() {
        assertThrows(IllegalArgumentException.class, () -> new ArtimTimer(Duration.ZERO));
    }
}
