package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cameldicom.receiver.it.Receiver.Kind;
import io.github.cameldicom.testing.StoreScu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --routes FILE.yaml}: the user's routes run instead of the default folder route, with the command line's
 * {@code {{dicom.*}}} properties. The route here names files its own way and accepts all storage SOP classes
 * without {@code -xf}; were the default route running too, it would fail to bind the same port, or name files the
 * dcmrecv way.
 */
class UserRoutesIT {

    private static final String ROUTE = """
            - route:
                id: user-route
                from:
                  uri: "dicom:127.0.0.1:{{dicom.port}}"
                  parameters:
                    aeTitle: "{{dicom.aeTitle}}"
                    acceptance: storage
                  steps:
                    - setHeader:
                        name: CamelFileName
                        expression:
                          simple:
                            expression: "by-modality/${header.CamelDicomModality}/\\
                              ${header.CamelDicomSopInstanceUid}.custom"
                    - to:
                        uri: "file:{{dicom.outputDirectory}}"
            """;

    @TempDir
    Path work;

    @Test
    void theUsersRouteRunsInsteadOfTheDefaultRoute() throws Exception {
        Path routes = Files.writeString(work.resolve("my-routes.yaml"), ROUTE);
        List<Path> inputs = List.of(Samples.pydicom("CT_small.dcm"), Samples.pydicom("MR_small.dcm"));
        try (Receiver ours = Receiver.start(Kind.JAR, work.resolve("jar"), List.of("--routes", routes.toString()))) {
            ours.awaitEcho();
            StoreScu.send(Receiver.RUN_TIMEOUT, ours.port(), List.of(), inputs).assertSuccess();
            ours.stop();
            Set<String> expected = new TreeSet<>();
            for (Path input : inputs) {
                Dump dump = Dump.of(input);
                String modality = input.getFileName().toString().substring(0, 2);
                expected.add("by-modality/" + modality + "/" + dump.sopInstanceUid() + ".custom");
            }
            assertEquals(expected, ours.files().keySet(), ours.standardError());
        }
    }
}
