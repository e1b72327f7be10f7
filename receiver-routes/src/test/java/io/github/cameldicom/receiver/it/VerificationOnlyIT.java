package io.github.cameldicom.receiver.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cameldicom.receiver.it.Receiver.Kind;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.StoreScu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without {@code -xf}, dcmrecv accepts Verification only: echoscu works, storescu is refused, by the jar as by
 * dcmrecv. The jar's {@code --accept-all} (not in dcmrecv) accepts every Storage SOP class instead.
 */
class VerificationOnlyIT {

    private static final String WARNING =
            "W: no configuration file specified, SCP will only support the Verification SOP Class";

    @TempDir
    Path work;

    @Test
    void withoutProfileStorageIsRefusedAndEchoWorks() {
        List<Path> inputs = List.of(Samples.pydicom("CT_small.dcm"));
        try (Receiver ours = Receiver.start(Kind.JAR, work.resolve("jar"), List.of());
             Receiver theirs = Receiver.start(Kind.DCMRECV, work.resolve("dcmrecv"), List.of())) {
            for (Receiver receiver : List.of(ours, theirs)) {
                receiver.awaitEcho();
                receiver.echo().assertSuccess();
            }
            // storescu's own proposals, and exactly the file's SOP class and transfer syntax
            Dcmtk.Result oursPlain = storescu(ours, inputs);
            Dcmtk.Result theirsPlain = storescu(theirs, inputs);
            Dcmtk.Result oursExact = StoreScu.send(Receiver.RUN_TIMEOUT, ours.port(), List.of(), inputs);
            Dcmtk.Result theirsExact = StoreScu.send(Receiver.RUN_TIMEOUT, theirs.port(), List.of(), inputs);
            for (Dcmtk.Result r : List.of(oursPlain, theirsPlain, oursExact, theirsExact)) {
                assertNotEquals(0, r.exitCode(), String.join(" ", r.command()) + ":\n" + r.output());
                assertTrue(r.output().contains("F: Association Rejected:"), r.output());
            }
            // the same A-ASSOCIATE-RJ result, source and reason
            assertEquals(rejection(theirsPlain), rejection(oursPlain));
            assertEquals(rejection(theirsExact), rejection(oursExact));
            ours.stop();
            theirs.stop();
            assertAll(
                    () -> assertEquals(Map.of(), ours.files(), "stored by the jar"),
                    () -> assertEquals(Map.of(), theirs.files(), "stored by dcmrecv"),
                    () -> assertTrue(theirs.standardError().lines().anyMatch(WARNING::equals),
                            theirs.standardError()),
                    () -> assertTrue(ours.standardError().lines().anyMatch(WARNING::equals), ours.standardError()));
        }
    }

    @Test
    void acceptAllAcceptsEveryStorageSopClass() throws Exception {
        List<Path> inputs = Samples.mixedSet(work.resolve("in"));
        try (Receiver ours = Receiver.start(Kind.JAR, work.resolve("jar"), List.of("--accept-all"))) {
            ours.awaitEcho();
            StoreScu.send(Receiver.RUN_TIMEOUT, ours.port(), List.of(), inputs).assertSuccess();
            ours.stop();
            assertEquals(inputs.size(), ours.files().size(), ours.files().keySet().toString());
            for (Path input : inputs) {
                Dump source = Dump.of(input);
                String uid = source.sopInstanceUid();
                Path stored = ours.files().values().stream().filter(p -> p.getFileName().toString().endsWith(uid))
                        .findFirst().orElseThrow(() -> new AssertionError(uid + " not stored: " + ours.files()));
                Dump copy = Dump.of(stored);
                assertEquals(source.metaValue("0002,0010"), copy.metaValue("0002,0010"), "transfer syntax");
                // storescu sends what dcmconv would write: compare with that
                Path reference = work.resolve("reference.dcm");
                Files.deleteIfExists(reference);
                Dcmtk.run(Receiver.RUN_TIMEOUT, "dcmconv", input.toString(), reference.toString()).assertSuccess();
                assertEquals(Dump.of(reference).dataSet(), copy.dataSet(), "data set of " + input);
            }
        }
    }

    private static Dcmtk.Result storescu(Receiver receiver, List<Path> inputs) {
        List<String> args = new ArrayList<>(List.of("127.0.0.1", Integer.toString(receiver.port())));
        inputs.forEach(input -> args.add(input.toString()));
        return Dcmtk.run(Receiver.RUN_TIMEOUT, "storescu", args.toArray(String[]::new));
    }

    private static List<String> rejection(Dcmtk.Result storescu) {
        return storescu.output().lines().filter(line -> line.startsWith("F: Result:") || line.startsWith("F: Reason:"))
                .toList();
    }
}
