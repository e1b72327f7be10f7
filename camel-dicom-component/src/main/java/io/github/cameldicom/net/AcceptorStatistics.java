package io.github.cameldicom.net;

import java.util.concurrent.atomic.LongAdder;

/** Counters of one acceptor, updated by its associations; read them at any time from any thread. */
public final class AcceptorStatistics {

    private final LongAdder connections = new LongAdder();
    private final LongAdder refusedConnections = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder released = new LongAdder();
    private final LongAdder aborted = new LongAdder();

    /** TCP (or TLS) connections accepted by the server socket. */
    public long connections() {
        return connections.sum();
    }

    /** Connections closed at once because no thread was left even to reject them. */
    public long refusedConnections() {
        return refusedConnections.sum();
    }

    /** Associations answered with A-ASSOCIATE-AC. */
    public long associationsAccepted() {
        return accepted.sum();
    }

    /** Associations answered with A-ASSOCIATE-RJ. */
    public long associationsRejected() {
        return rejected.sum();
    }

    /** Established associations that ended with an orderly release. */
    public long associationsReleased() {
        return released.sum();
    }

    /** Established associations that ended any other way: A-ABORT either way, timeout or lost connection. */
    public long associationsAborted() {
        return aborted.sum();
    }

    void connection() {
        connections.increment();
    }

    void refusedConnection() {
        refusedConnections.increment();
    }

    void accepted() {
        accepted.increment();
    }

    void rejected() {
        rejected.increment();
    }

    void released() {
        released.increment();
    }

    void aborted() {
        aborted.increment();
    }
}
