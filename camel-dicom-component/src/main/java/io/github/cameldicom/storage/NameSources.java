package io.github.cameldicom.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What makes generated file names fresh: a clock, a random source and a UID generator, plus the last system-time
 * stamp handed out. One per processor, so that tests can fix all of them and two processors share no state.
 */
final class NameSources {

    private final Clock clock;
    private final RandomGenerator random;
    private final Supplier<String> uids;
    /** Microseconds since the epoch of the last {@link #nextTimestamp()}; a long holds them until year 294247. */
    private final AtomicLong lastMicros = new AtomicLong(Long.MIN_VALUE);

    NameSources(Clock clock, RandomGenerator random, Supplier<String> uids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.uids = Objects.requireNonNull(uids, "uids");
    }

    Clock clock() {
        return clock;
    }

    RandomGenerator random() {
        return random;
    }

    Supplier<String> uids() {
        return uids;
    }

    /** A new UID for {@code +fu} names. */
    String newUid() {
        return uids.get();
    }

    /** 64 random bits for {@code +fsu} names. */
    long randomBits() {
        return random.nextLong();
    }

    /**
     * The clock's time in microseconds, but always later than the one returned before: two instances within the
     * same microsecond (or under a coarse or fixed clock) still get different {@code +fst} names.
     */
    Instant nextTimestamp() {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, clock.instant());
        long micros = lastMicros.accumulateAndGet(now, (last, candidate) -> Math.max(last + 1, candidate));
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
