package io.github.cameldicom.interop;

import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Part10FileHandler;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.StoreScu;
import io.github.cameldicom.testing.TestScp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.cameldicom.testing.DataSetAssertions.assertSameDataSet;
import static io.github.cameldicom.testing.DataSetAssertions.sopInstanceUid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DCMTK's storescu and dcmsend send real sample files to the SCP; each stored file must dump to the same data set
 * as its source and carry the transfer syntax used on the network.
 */
class StoreInteropTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** Files of every transfer syntax family that must go through; the rest of the corpus is checked too. */
    private static final List<String> MUST_STORE = List.of("CT_small.dcm", "MR_small.dcm",
            "MR_small_bigendian.dcm", "MR_small_implicit.dcm", "MR_small_RLE.dcm", "image_dfl.dcm",
            "JPEG2000.dcm", "MR_small_jp2klossless.dcm", "SC_rgb_jpeg_dcmtk.dcm", "MR_small_jpeg_ls_lossless.dcm",
            "JPGExtended.dcm", "rtplan.dcm", "waveform_ecg.dcm", "test-SR.dcm", "SC_rgb_rle_2frame.dcm");

    @TempDir
    Path received;

    @TempDir
    Path work;

    @Test
    void storescuSendsEveryPydicomSampleItCanRead() throws Exception {
        List<Path> samples = Samples.allPydicomPart10();
        Map<String, String> outcome = new TreeMap<>();
        int stored = 0;
        try (TestScp scp = TestScp.start(new Part10FileHandler(received))) {
            for (Path sample : samples) {
                if (Dcmtk.run(TIMEOUT, "dcmdump", "-q", "-M", sample.toString()).exitCode() != 0
                    || !StoreScu.isSendable(sample)) {
                    outcome.put(sample.getFileName().toString(), "not sendable with DCMTK");
                    continue;
                }
                String uid = sopInstanceUid(sample);
                Path copy = received.resolve(uid + ".dcm");
                // Several samples share a SOP Instance UID; each must prove itself.
                Files.deleteIfExists(copy);
                Dcmtk.Result r = StoreScu.send(TIMEOUT, scp.port(), List.of("-v", "-aec", "TESTSCP"),
                        List.of(sample));
                if (r.output().contains("Received Store Response (Success)")) {
                    assertTrue(Files.exists(copy), sample + " reported stored but no file " + copy);
                    assertSameDataSet(sample, copy);
                    stored++;
                    outcome.put(sample.getFileName().toString(), "stored");
                } else {
                    assertTrue(!Files.exists(copy), sample + " not acknowledged but stored:\n" + r.output());
                    outcome.put(sample.getFileName().toString(), "not stored: " + lastLine(r.output()));
                }
            }
        }
        System.out.println("pydicom samples, " + stored + " of " + samples.size() + " stored:");
        outcome.forEach((name, what) -> System.out.println("  " + name + ": " + what));
        for (String name : MUST_STORE) {
            assertEquals("stored", outcome.get(name), name + " must be stored; all outcomes: " + outcome);
        }
        long sendable = outcome.values().stream().filter(o -> !o.equals("not sendable with DCMTK")).count();
        assertEquals(sendable, stored, "every sample DCMTK can send must be stored: " + outcome);
        try (Stream<Path> left = Files.list(received)) {
            assertEquals(0, left.filter(p -> p.toString().endsWith(".part")).count(), "partial files left");
        }
    }

    @Test
    void dcmsendSendsADirectoryInOneAssociation() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        for (String name : MUST_STORE) {
            Files.copy(Samples.pydicom(name), in.resolve(name));
        }
        try (TestScp scp = TestScp.start(new Part10FileHandler(received))) {
            Dcmtk.Result r = Dcmtk.run(TIMEOUT, "dcmsend", "-v", "-aec", "TESTSCP", "+sd", "127.0.0.1",
                    scp.portArg(), in.toString());
            r.assertSuccess();
            assertEquals(1, scp.acceptor().statistics().associationsAccepted(), r.output());
        }
        for (String name : MUST_STORE) {
            Path source = in.resolve(name);
            Path copy = received.resolve(sopInstanceUid(source) + ".dcm");
            assertTrue(Files.exists(copy), name + " not received");
            // dcmsend may decompress a file the SCP did not accept compressed; the data set stays the same.
            if (Dcmtk.transferSyntaxOf(copy).equals(Dcmtk.transferSyntaxOf(source))) {
                assertSameDataSet(source, copy);
            }
        }
    }

    @Test
    void conversionsMadeByDcmtkArriveInTheirTransferSyntax() throws Exception {
        Path ct = Samples.pydicom("CT_small.dcm");
        Map<String, Path> converted = new TreeMap<>();
        converted.put("1.2.840.10008.1.2", convert("dcmconv", ct, "implicit.dcm", "+ti"));
        converted.put("1.2.840.10008.1.2.1", convert("dcmconv", ct, "explicit.dcm", "+te"));
        converted.put("1.2.840.10008.1.2.2", convert("dcmconv", ct, "bigendian.dcm", "+tb"));
        converted.put("1.2.840.10008.1.2.1.99", convert("dcmconv", ct, "deflated.dcm", "+td"));
        converted.put("1.2.840.10008.1.2.5", convert("dcmcrle", ct, "rle.dcm"));
        converted.put("1.2.840.10008.1.2.4.70", convert("dcmcjpeg", ct, "jpeg-lossless.dcm"));
        converted.put("1.2.840.10008.1.2.4.57", convert("dcmcjpeg", ct, "jpeg-lossless-p14.dcm", "+el"));
        converted.put("1.2.840.10008.1.2.4.80", convert("dcmcjpls", ct, "jpegls.dcm"));
        try (TestScp scp = TestScp.start(new Part10FileHandler(received))) {
            for (Map.Entry<String, Path> e : converted.entrySet()) {
                Path source = e.getValue();
                assertEquals(e.getKey(), Dcmtk.transferSyntaxOf(source), "conversion of " + source);
                Files.deleteIfExists(received.resolve(sopInstanceUid(source) + ".dcm"));
                StoreScu.send(TIMEOUT, scp.port(), List.of("-aec", "TESTSCP"), List.of(source)).assertSuccess();
                Path copy = received.resolve(sopInstanceUid(source) + ".dcm");
                assertTrue(Files.exists(copy), source + " not received");
                assertEquals(e.getKey(), Dcmtk.transferSyntaxOf(copy), "network transfer syntax of " + source);
                assertSameDataSet(source, copy);
            }
        }
    }

    @ParameterizedTest(name = "max PDU {0}")
    @ValueSource(ints = {4096, 16384, 65536, 131072})
    void pduSizesBothWays(int pdu) throws Exception {
        Path mr = Samples.pydicom("MR_small.dcm");
        try (TestScp scp = TestScp.start(new Part10FileHandler(received), b -> b.maxPduLength(pdu))) {
            Dcmtk.Result r = StoreScu.send(TIMEOUT, scp.port(),
                    List.of("-d", "-pdu", Integer.toString(pdu), "-aec", "TESTSCP"), List.of(mr));
            r.assertSuccess();
            // Our advertised limit is what storescu may send; its own is what we may send.
            assertTrue(Pattern.compile("Their Max PDU Receive Size:\\s+" + pdu + "\\b").matcher(r.output()).find(),
                    r.output());
        }
        assertSameDataSet(mr, received.resolve(sopInstanceUid(mr) + ".dcm"));
    }

    @Test
    void eightScusAtOnce() throws Exception {
        List<Path> files = List.of(Samples.pydicom("CT_small.dcm"), Samples.pydicom("MR_small.dcm"),
                Samples.pydicom("JPEG2000.dcm"), Samples.pydicom("MR_small_RLE.dcm"));
        List<Path> copies = new ArrayList<>();
        for (int scu = 0; scu < 8; scu++) {
            for (Path f : files) {
                // Each SCU sends its own instances: new UIDs, so that nothing overwrites anything.
                Path copy = work.resolve("scu" + scu + "-" + f.getFileName());
                Dcmtk.run(TIMEOUT, "dcmodify", "-nb", "-gin", "-ie", "-i", "(0010,0020)=SCU" + scu,
                        copyOf(f, copy).toString()).assertSuccess();
                copies.add(copy);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (TestScp scp = TestScp.start(new Part10FileHandler(received), b -> b.maxAssociations(8))) {
            List<Future<Dcmtk.Result>> runs = new ArrayList<>();
            for (int scu = 0; scu < 8; scu++) {
                List<Path> mine = copies.subList(scu * files.size(), (scu + 1) * files.size());
                runs.add(pool.submit(() -> StoreScu.send(TIMEOUT, scp.port(), List.of("-aec", "TESTSCP"), mine)));
            }
            for (Future<Dcmtk.Result> run : runs) {
                run.get().assertSuccess();
            }
            assertEquals(8, scp.acceptor().statistics().associationsAccepted());
            assertEquals(0, scp.acceptor().statistics().associationsRejected());
        } finally {
            pool.shutdownNow();
        }
        for (Path copy : copies) {
            assertSameDataSet(copy, received.resolve(sopInstanceUid(copy) + ".dcm"));
        }
    }

    private Path convert(String tool, Path source, String name, String... options) {
        Path target = work.resolve(name);
        List<String> args = new ArrayList<>(List.of(options));
        args.add(source.toString());
        args.add(target.toString());
        Dcmtk.run(TIMEOUT, tool, args.toArray(String[]::new)).assertSuccess();
        return target;
    }

    private static Path copyOf(Path source, Path target) throws IOException {
        return Files.copy(source, target);
    }


    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1];
    }
}
