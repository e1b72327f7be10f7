package io.github.cameldicom.testing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A Storage SCP in a JVM of its own, so a test can cap that JVM's heap: {@code ScpMain PORT_FILE OUTPUT_DIR}. Writes
 * the bound port to PORT_FILE, serves until its standard input closes, then prints the peak heap used.
 */
public final class ScpMain {

    private ScpMain() {
    }

    public static void main(String[] args) throws Exception {
        Path portFile = Path.of(args[0]);
        Path output = Path.of(args[1]);
        try (TestScp scp = TestScp.start(new Part10FileHandler(output))) {
            Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
            Files.writeString(tmp, scp.portArg());
            Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE);
            waitForStdinToClose();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak-heap-bytes=" + peak);
    }

    private static void waitForStdinToClose() throws IOException {
        while (System.in.read() >= 0) {
            // Input is only a lifeline: the parent closing it (or dying) stops the SCP.
        }
    }
}
