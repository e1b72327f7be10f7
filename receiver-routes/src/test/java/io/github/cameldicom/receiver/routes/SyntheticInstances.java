package io.github.cameldicom.receiver.routes;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The component's synthetic instances ({@code testing.SyntheticInstances}) as the route tests use them: their own
 * study and series UIDs, because routes group and name by them, and 256 x 256 frames (128 KiB each), the sizes these
 * tests' spool and heap limits were chosen for.
 */
final class SyntheticInstances {

    private static final int FRAME_SIDE = 256;

    private SyntheticInstances() {
    }

    /** An instance with at least {@code pixelBytes} bytes of pixel data. */
    static Path multiFrame(Path file, String study, String series, String sopInstance, long pixelBytes, long seed)
            throws IOException {
        return io.github.cameldicom.testing.SyntheticInstances.multiFrame(file, study, series, sopInstance,
                FRAME_SIDE, FRAME_SIDE, pixelBytes, seed);
    }

    /** A small instance (one frame) with the given UIDs. */
    static Path small(Path file, String study, String series, String sopInstance) throws IOException {
        return multiFrame(file, study, series, sopInstance, 1, sopInstance.hashCode());
    }
}
