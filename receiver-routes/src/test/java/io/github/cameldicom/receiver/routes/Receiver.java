package io.github.cameldicom.receiver.routes;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cameldicom.receiver.CommandLineResult;
import io.github.cameldicom.receiver.DcmrecvCommandLine;
import io.github.cameldicom.receiver.ReceiverSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * The receiver as dcmrecv.jar runs it, in this JVM: a camel-main application running one of the YAML routes of
 * {@code src/main/resources/routes}, with the Camel properties that a dcmrecv command line gives
 * ({@code --accept-all -aet DCMRECV -od DIR PORT}), plus the route's own properties.
 */
final class Receiver implements AutoCloseable {

    private final Main main;
    private final int port;

    private Receiver(Main main, int port) {
        this.main = main;
        this.port = port;
    }

    /**
     * Starts {@code routes/<route>} (several: comma-separated) on a free port; {@code extra} adds or replaces
     * properties.
     */
    static Receiver start(String route, Path outputDirectory, Map<String, String> extra, String... options)
            throws Exception {
        int port = freePort();
        Main main = new Main();
        main.configure().withName("dcmrecv-" + route.replaceAll("[^A-Za-z0-9.-]+", "_"));
        main.configure().withRoutesIncludePattern(java.util.Arrays.stream(route.split(","))
                .map(r -> "classpath:routes/" + r.strip()).collect(java.util.stream.Collectors.joining(",")));
        properties(outputDirectory, port, options).forEach(main::addInitialProperty);
        extra.forEach(main::addInitialProperty);
        main.start();
        return new Receiver(main, port);
    }

    /** The properties DcmrecvMain gives the routes for {@code --accept-all -aet DCMRECV -od DIR [options] PORT}. */
    static Map<String, String> properties(Path outputDirectory, int port, String... options) {
        List<String> args = new ArrayList<>(List.of("--accept-all", "-aet", "DCMRECV", "-od",
                outputDirectory.toString()));
        args.addAll(List.of(options));
        args.add(Integer.toString(port));
        CommandLineResult result = DcmrecvCommandLine.parse(args.toArray(String[]::new));
        if (!(result instanceof CommandLineResult.Run run)) {
            throw new IllegalArgumentException("not a command line that runs: " + args + " -> " + result);
        }
        ReceiverSettings settings = run.settings();
        Map<String, String> properties = new LinkedHashMap<>(settings.toProperties());
        // as DcmrecvMain: only the default names overwrite
        properties.put("dicom.fileExist", args.contains("+fu") || args.contains("+fsu") || args.contains("+fst")
                ? "Fail" : "Override");
        return properties;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        main.stop();
    }
}
