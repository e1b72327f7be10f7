package io.github.cameldicom.fuzz;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cameldicom.data.DataSetScanner;
import io.github.cameldicom.data.Part10File;
import io.github.cameldicom.data.Part10Reader;
import io.github.cameldicom.data.TransferSyntax;
import io.github.cameldicom.data.TransferSyntaxes;
import io.github.cameldicom.dimse.CommandSet;
import io.github.cameldicom.net.PduReaderFuzzDriver;
import io.github.cameldicom.net.pdu.PduCodec;
import io.github.cameldicom.profile.AssociationProfiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds ({@code seed-*} files in the fuzz tests' inputs directories) are valid input, each accepted whole by the
 * code its target fuzzes. A seed the code comes to reject starts the fuzzer at an error path instead of deep inside
 * the format, so this fails rather than letting coverage drop unseen. The other files there are rejected on purpose
 * and only replayed by the fuzz tests: {@code edge-*} (real-world or hand-made inputs just outside the format, e.g.
 * a pydicom sample whose meta information lacks the transfer syntax) and Jazzer's findings ({@code crash-*},
 * {@code timeout-*}).
 */
class SeedCorpusTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("pduSeeds")
    void pduSeedDecodes(Path seed) throws Exception {
        byte[] pdu = Files.readAllBytes(seed);
        assertEquals(pdu[0] & 0xFF, PduCodec.decode(pdu[0] & 0xFF, pdu, 6, pdu.length - 6).pduType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamSeeds")
    void streamSeedReadsToTheEnd(Path seed) throws Exception {
        PduReaderFuzzDriver.readAll(new ByteArrayInputStream(Files.readAllBytes(seed)),
                PduReaderFuzzTest.MAX_PDU_LENGTH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandSeeds")
    void commandSeedDecodes(Path seed) throws Exception {
        CommandSet.decode(Files.readAllBytes(seed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataSetSeeds")
    void dataSetSeedScans(Path seed) throws Exception {
        TransferSyntax syntax = switch (seed.getParent().getFileName().toString()) {
            case "implicitLittleEndian" -> TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN;
            case "explicitLittleEndian" -> TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN;
            case "explicitBigEndian" -> TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN;
            case "deflated" -> TransferSyntaxes.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN;
            case "encapsulated" -> DataSetFuzzTest.ENCAPSULATED;
            default -> throw new AssertionError("no transfer syntax for " + seed);
        };
        byte[] data = Files.readAllBytes(seed);
        // the deflated target deflates its input first
        byte[] encoded = syntax.deflated() ? DataSetFuzzTest.deflate(data) : data;
        DataSetScanner.scan(new ByteArrayInputStream(encoded), syntax);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("part10Seeds")
    void part10SeedOpensAndScans(Path seed) throws Exception {
        Part10File file = Part10Reader.open(new ByteArrayInputStream(Files.readAllBytes(seed)));
        DataSetScanner.scan(file.dataSet(), file.transferSyntax());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profileSeeds")
    void profileSeedLoads(Path seed) throws Exception {
        Path file = Files.copy(seed, dir.resolve(seed.getFileName()));
        AssociationProfiles profiles = AssociationProfiles.load(file);
        assertFalse(profiles.profileNames().isEmpty());
        for (String name : profiles.profileNames()) {
            assertDoesNotThrow(() -> profiles.policy(name), name);
        }
    }

    static Stream<Path> pduSeeds() {
        return seeds("PduCodecFuzzTestInputs/decode");
    }

    static Stream<Path> streamSeeds() {
        return seeds("PduReaderFuzzTestInputs/readStream");
    }

    static Stream<Path> commandSeeds() {
        return seeds("CommandSetFuzzTestInputs/decode");
    }

    static Stream<Path> dataSetSeeds() {
        return Stream.of("implicitLittleEndian", "explicitLittleEndian", "explicitBigEndian", "deflated",
                "encapsulated").flatMap(target -> seeds("DataSetFuzzTestInputs/" + target));
    }

    static Stream<Path> part10Seeds() {
        return seeds("Part10ReaderFuzzTestInputs/open");
    }

    static Stream<Path> profileSeeds() {
        return seeds("AssociationProfilesFuzzTestInputs/load");
    }

    /** The {@code seed-*} files of one inputs directory, which must hold at least one. */
    private static Stream<Path> seeds(String inputs) {
        URL url = SeedCorpusTest.class.getResource(inputs);
        if (url == null) {
            throw new AssertionError("no inputs directory " + inputs + " next to " + SeedCorpusTest.class);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<Path> seeds = files.filter(f -> f.getFileName().toString().startsWith("seed-")).sorted().toList();
            if (seeds.isEmpty()) {
                throw new AssertionError("no seed-* file in " + inputs);
            }
            return seeds.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
