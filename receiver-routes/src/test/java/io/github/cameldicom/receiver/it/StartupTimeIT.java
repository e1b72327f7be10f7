package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.receiver.it.Receiver.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the jar takes from the process start to its first successful echoscu, with dcmrecv's as a reference.
 * Only a generous bound is asserted, as CI machines are shared and loaded: the 1.5 s target (issue 8) is the
 * benchmark's to measure. The bound is {@value #DEFAULT_BOUND_SECONDS} s unless
 * {@code -Ddcmrecv.it.startupBoundSeconds} says otherwise. The CPU time the jar used until then is reported too: it
 * depends much less on the load.
 */
class StartupTimeIT {

    static final int DEFAULT_BOUND_SECONDS = 30;
    private static final List<String> OPTIONS = List.of("-xf", "/etc/dcmtk/storescp.cfg", "default");

    @TempDir
    Path work;

    @Test
    void firstEchoWithinTheBound() {
        Duration bound = Duration.ofSeconds(Integer.getInteger("dcmrecv.it.startupBoundSeconds",
                DEFAULT_BOUND_SECONDS));
        Duration reference;
        try (Receiver theirs = Receiver.start(Kind.DCMRECV, work.resolve("dcmrecv"), OPTIONS)) {
            reference = theirs.awaitEcho();
        }
        try (Receiver ours = Receiver.start(Kind.JAR, work.resolve("jar"), OPTIONS)) {
            Duration startup = ours.awaitEcho();
            String cpu = ours.cpuTime().map(d -> d.toMillis() + " ms").orElse("unknown");
            System.out.printf("[start-up] jar: first echo after %d ms (CPU time %s); dcmrecv: %d ms; cores: %d%n",
                    startup.toMillis(), cpu, reference.toMillis(), Runtime.getRuntime().availableProcessors());
            assertTrue(startup.compareTo(bound) < 0, "first echo after " + startup.toMillis() + " ms (CPU " + cpu
                                                     + "), more than " + bound.toSeconds() + " s");
        }
    }
}
