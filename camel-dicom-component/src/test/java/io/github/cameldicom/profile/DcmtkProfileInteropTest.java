package io.github.cameldicom.profile;

import io.github.cameldicom.data.TransferSyntax;
import io.github.cameldicom.data.TransferSyntaxes;
import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextRq;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.ACCEPTANCE;
import static io.github.cameldicom.net.pdu.PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Compares the policy with DCMTK itself: {@code dcmrecv -xf FILE PROFILE} as acceptor and {@code echoscu -pts n},
 * which proposes one Verification context with the first n of its transfer syntaxes (Implicit VR Little Endian,
 * Explicit VR Little Endian, Explicit VR Big Endian, ...). The transfer syntax dcmrecv accepts must be the one the
 * policy accepts for the same proposal, and where dcmrecv rejects the association for want of an acceptable context
 * the policy must refuse the context; files dcmrecv refuses with exit code 66 must give a ProfileException.
 */
class DcmtkProfileInteropTest {

    private static final String VERIFICATION = "1.2.840.10008.1.1";
    private static final String PROFILE_ENDING = "[[PresentationContexts]]\n[Contexts]\n"
            + "PresentationContext1 = VerificationSOPClass\\TS\n"
            + "[[Profiles]]\n[Tricky]\nPresentationContexts = Contexts\n";
    private static final String BIG_ENDIAN_FIRST = "[[TransferSyntaxes]]\n[TS]\n"
            + "TransferSyntax1 = BigEndianExplicit\nTransferSyntax2 = LittleEndianImplicit\n" + PROFILE_ENDING;
    private static final String REPEATED_KEY_AND_SECTION = "[[TransferSyntaxes]]\n[TS]\n"
            + "TransferSyntax1 = LittleEndianExplicit\nTransferSyntax1 = LittleEndianImplicit\n"
            + "[Other]\nTransferSyntax1 = LittleEndianImplicit\n[ts]\nTransferSyntax1 = BigEndianExplicit\n"
            + PROFILE_ENDING;

    @TempDir
    Path dir;

    static Stream<Arguments> proposals() {
        return Stream.of(
                // profile file content (null: /etc/dcmtk/storescp.cfg), profile, echoscu -pts
                arguments(BIG_ENDIAN_FIRST, "tricky", 3),
                arguments(BIG_ENDIAN_FIRST, "tricky", 1),
                arguments(REPEATED_KEY_AND_SECTION, "Tricky", 3),
                arguments(REPEATED_KEY_AND_SECTION, "Tricky", 1),
                arguments(null, "default", 3),
                arguments(null, "AllDICOM", 1));
    }

    @ParameterizedTest(name = "[{index}] {1} -pts {2}")
    @MethodSource("proposals")
    void acceptsWhatDcmrecvAccepts(String content, String profile, int proposedCount) throws Exception {
        Path file = content == null ? StorescpCfgTest.STORESCP_CFG : write(content);
        int port = freePort();
        Process dcmrecv = start(List.of(tool("dcmrecv"), "--acse-timeout", "5", "--dimse-timeout", "5",
                "-xf", file.toString(), profile, Integer.toString(port), "-od", dir.toString()));
        try {
            AtomicReference<List<String>> echoscu = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
                echoscu.set(run(List.of(tool("echoscu"), "-d", "-to", "5", "-pts", Integer.toString(proposedCount),
                        "127.0.0.1", Integer.toString(port))));
                return echoscu.get().stream().anyMatch(line -> line.contains("Accepted Transfer Syntax:")
                        || line.contains("Association Rejected"));
            });
            List<String> proposed = proposedTransferSyntaxes(echoscu.get());
            Optional<String> accepted = echoscu.get().stream()
                    .filter(line -> line.contains("Accepted Transfer Syntax:")).findFirst()
                    .map(line -> uid(line.replaceFirst(".*Accepted Transfer Syntax:\\s*", "")));

            PresentationContextAc ours = AssociationProfiles.load(file).policy(profile)
                    .negotiate(new PresentationContextRq(1, VERIFICATION, proposed));

            assertEquals(proposedCount, proposed.size(), "echoscu output: " + echoscu.get());
            // dcmrecv rejects an association without acceptable context, so a refusal shows only as a rejection
            assertEquals(accepted.map(ts -> new PresentationContextAc(1, ACCEPTANCE, ts))
                    .orElse(new PresentationContextAc(1, TRANSFER_SYNTAXES_NOT_SUPPORTED, proposed.get(0))), ours);
        } finally {
            stop(dcmrecv);
        }
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                arguments("[[TransferSyntaxes]]\n[TS]\nTransferSyntax1 = littleEndianImplicit\n" + PROFILE_ENDING),
                arguments("[[TransferSyntaxes]]\n[TS]\nTransferSyntax1 = LittleEndianImplicit\n"
                        + "[[PresentationContexts]]\n[Contexts]\nPresentationContext1 = VerificationSOPClass\\TS\n"
                        + "PresentationContext2 = 1.2.840.10008.1.1\\TS\n"
                        + "[[Profiles]]\n[Tricky]\nPresentationContexts = Contexts\n"),
                arguments("[[TransferSyntaxes]]\n[TS]\nTransferSyntax1 = LittleEndianImplicit\n"
                        + "  TransferSyntax2 = LittleEndianExplicit\n" + PROFILE_ENDING),
                arguments(PROFILE_ENDING.replace("\\TS", "\\Other")
                        + "[[TransferSyntaxes]]\n[TS]\nTransferSyntax1 = LittleEndianImplicit\n"));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("invalid")
    void refusesWhatDcmrecvRefuses(String content) throws Exception {
        Path file = write(content);
        Process dcmrecv = start(List.of(tool("dcmrecv"), "-xf", file.toString(), "Tricky",
                Integer.toString(freePort()), "-od", dir.toString()));
        try {
            assertTrue(dcmrecv.waitFor(20, TimeUnit.SECONDS), "dcmrecv did not exit");
            assertEquals(66, dcmrecv.exitValue(), "dcmrecv exit code");
        } finally {
            stop(dcmrecv);
        }

        assertThrows(ProfileException.class, () -> AssociationProfiles.load(file).policy("Tricky"));
    }

    private static List<String> proposedTransferSyntaxes(List<String> echoscu) {
        List<String> uids = new ArrayList<>();
        boolean inList = false;
        for (String line : echoscu) {
            if (line.contains("Proposed Transfer Syntax(es):")) {
                inList = true;
            } else if (inList && line.matches("D:\\s+=.*")) {
                uids.add(uid(line.replaceFirst("D:\\s+", "")));
            } else if (inList) {
                break;
            }
        }
        return uids;
    }

    /** A transfer syntax as DCMTK prints it: {@code =SymbolicName}, or the UID when it has no name. */
    private static String uid(String printed) {
        String text = printed.strip();
        return text.startsWith("=")
                ? TransferSyntaxes.byDcmtkName(text.substring(1)).map(TransferSyntax::uid).orElseThrow()
                : text;
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("profiles.cfg");
        Files.writeString(file, content);
        return file;
    }

    private static String tool(String name) {
        Path path = Path.of(System.getProperty("dcmtk.bin", "/usr/bin"), name);
        assertTrue(Files.isExecutable(path), path + " is missing; install DCMTK: sudo apt-get install -y dcmtk");
        return path.toString();
    }

    private Process start(List<String> command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("dcmrecv.log").toFile()).start();
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return lines;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
