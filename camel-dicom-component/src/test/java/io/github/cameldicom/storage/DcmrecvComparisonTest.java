package io.github.cameldicom.storage;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.data.DataSetScanner;
import io.github.cameldicom.data.InstanceAttributes;
import io.github.cameldicom.data.Part10File;
import io.github.cameldicom.data.Part10Reader;
import io.github.cameldicom.data.StorageSopClasses;
import io.github.cameldicom.data.Uids;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.StoreScu;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The processor against the real thing: DCMTK 3.6.7's dcmrecv receives the same instances with the same options
 * ({@code -s}/{@code +ssd} x {@code +fd}/{@code +fu}/{@code +fsu}/{@code +fst}, with and without {@code -fe}), and
 * the relative paths it writes must be the ones the processor computes from the instances' headers. Random and
 * time-based parts are compared by their form: {@code <prefix>.X.<a valid UID>}, {@code <prefix>_<16 hex digits>},
 * {@code <YYYYMMDDhhmmss>.<6 digits>.<prefix>} with today's date.
 *
 * <p>Samples: pydicom files (valid, empty and missing Series Date; CT, MR, RT Plan, SC in JPEG 2000, SEG), copies
 * with a Series Date dcmrecv accepts though it is no calendar date (20230231), an ACR-NEMA date (2020.05.17), an
 * invalid month, two values, no Series Date, and one with an unknown SOP class (1.2.3.4), which dcmrecv receives
 * with a generated profile since {@code storescp.cfg} does not name it.
 */
class DcmrecvComparisonTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Path STORESCP_CFG = Path.of("/etc/dcmtk/storescp.cfg");
    private static final String UNKNOWN_CLASS = "1.2.3.4";
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    @TempDir
    static Path samples;

    private static List<Path> standardSamples;
    private static Path unknownClassSample;
    private static CamelContext context;

    @BeforeAll
    static void makeSamples() throws IOException {
        assertTrue(Files.isRegularFile(STORESCP_CFG), STORESCP_CFG + " missing. " + Dcmtk.INSTALL_HINT);
        standardSamples = new ArrayList<>();
        for (String name : List.of("CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "JPEG2000.dcm",
                "liver_1frame.dcm")) {
            standardSamples.add(Samples.pydicom(name));
        }
        Path ct = Samples.pydicom("CT_small.dcm");
        int n = 0;
        for (String seriesDate : List.of("20230231", "2020.05.17", "20231301", "20200101\\20210202")) {
            standardSamples.add(modifiedCopy(ct, "date" + n++ + ".dcm", "-m", "(0008,0021)=" + seriesDate));
        }
        standardSamples.add(modifiedCopy(ct, "no-date.dcm", "-ea", "(0008,0021)"));
        unknownClassSample = modifiedCopy(ct, "unknown-class.dcm", "-m", "(0008,0016)=" + UNKNOWN_CLASS,
                "-m", "(0008,0021)=19990101");

        Set<String> instances = new HashSet<>();
        for (Path sample : allSamples()) {
            assertTrue(instances.add(attributes(sample).sopInstanceUid()), "SOP Instance UID used twice: " + sample);
        }
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterAll
    static void stopContext() {
        context.stop();
    }

    /** A copy with a new SOP Instance UID (so that dcmrecv's default names keep it apart) and the given changes. */
    private static Path modifiedCopy(Path source, String name, String... changes) throws IOException {
        Path copy = Files.copy(source, samples.resolve(name));
        List<String> args = new ArrayList<>(List.of("-nb", "-gin"));
        args.addAll(List.of(changes));
        args.add(copy.toString());
        Dcmtk.run(TIMEOUT, "dcmodify", args.toArray(String[]::new)).assertSuccess();
        return copy;
    }

    private static List<Path> allSamples() {
        List<Path> all = new ArrayList<>(standardSamples);
        all.add(unknownClassSample);
        return all;
    }

    static Stream<Arguments> options() {
        List<Arguments> cases = new ArrayList<>();
        for (SubdirectoryScheme subdirectories : SubdirectoryScheme.values()) {
            for (FileNameScheme names : FileNameScheme.values()) {
                cases.add(arguments(subdirectories, names, ".dcm"));
            }
        }
        cases.add(arguments(SubdirectoryScheme.none, FileNameScheme.sopInstance, ""));
        cases.add(arguments(SubdirectoryScheme.seriesDate, FileNameScheme.shortUnique, ""));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} [{2}]")
    @MethodSource("options")
    void sameRelativePathsAsDcmrecv(SubdirectoryScheme subdirectories, FileNameScheme names, String extension,
            @TempDir Path work) throws Exception {
        Path output = Files.createDirectories(work.resolve("dcmrecv"));
        List<String> options = dcmrecvOptions(subdirectories, names, extension);
        LocalDate before = LocalDate.now();
        receiveWithDcmrecv(work, output, STORESCP_CFG, "default", options, standardSamples);
        receiveWithDcmrecv(work, output, profileAccepting(work, unknownClassSample), "Unknown", options,
                List.of(unknownClassSample));

        DicomFileNameProcessor processor = new DicomFileNameProcessor().withSubdirectoryScheme(subdirectories)
                .withFileNameScheme(names).withExtension(extension);
        List<String> ours = new ArrayList<>();
        for (Path sample : allSamples()) {
            ours.add(relativePath(processor, sample));
        }
        LocalDate after = LocalDate.now();

        List<String> theirs = relativePaths(output);
        assertEquals(shapes(theirs, names, before, after), shapes(ours, names, before, after),
                "dcmrecv " + options + " wrote " + theirs + ", the processor computed " + ours);
    }

    private static List<String> dcmrecvOptions(SubdirectoryScheme subdirectories, FileNameScheme names,
            String extension) {
        List<String> options = new ArrayList<>();
        options.add(subdirectories == SubdirectoryScheme.none ? "-s" : "+ssd");
        options.add(switch (names) {
            case sopInstance -> "+fd";
            case unique -> "+fu";
            case shortUnique -> "+fsu";
            case systemTime -> "+fst";
        });
        if (!extension.isEmpty()) {
            options.addAll(List.of("-fe", extension));
        }
        return options;
    }

    /** The processor's path for a sample, from the headers the consumer sets for it. */
    private static String relativePath(DicomFileNameProcessor processor, Path sample) throws IOException {
        InstanceAttributes attributes = attributes(sample);
        Map<String, Object> headers = new HashMap<>();
        headers.put(DicomConstants.SOP_CLASS_UID, attributes.sopClassUid());
        headers.put(DicomConstants.SOP_INSTANCE_UID, attributes.sopInstanceUid());
        headers.put(DicomConstants.MODALITY_PREFIX, StorageSopClasses.modalityPrefix(attributes.sopClassUid()));
        if (attributes.seriesDate() != null) {
            headers.put(DicomConstants.SERIES_DATE, attributes.seriesDate());
        }
        Exchange exchange = Exchanges.withHeaders(context, headers);
        processor.process(exchange);
        Exchanges.complete(exchange);
        return exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
    }

    private static InstanceAttributes attributes(Path sample) throws IOException {
        try (InputStream in = Files.newInputStream(sample)) {
            Part10File file = Part10Reader.open(in);
            return DataSetScanner.scan(file.dataSet(), file.transferSyntax());
        }
    }

    private static void receiveWithDcmrecv(Path work, Path output, Path config, String profile,
            List<String> options, List<Path> files) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        List<String> command = new ArrayList<>(List.of(Dcmtk.tool("dcmrecv").toString(), "-xf", config.toString(),
                profile, "--output-directory", output.toString()));
        command.addAll(options);
        command.add(Integer.toString(port));
        Path log = work.resolve("dcmrecv-" + profile + ".log");
        Process dcmrecv = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // dcmrecv has no option to listen on 127.0.0.1 only; it is only ever addressed there
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (!dcmrecv.isAlive()) {
                    fail(command + " exited with " + dcmrecv.exitValue() + ":\n" + Files.readString(log));
                }
                return Dcmtk.run(TIMEOUT, "echoscu", "-to", "5", "127.0.0.1", Integer.toString(port))
                        .exitCode() == 0;
            });
            Dcmtk.Result sent = StoreScu.send(TIMEOUT, port, List.of(), files);
            sent.assertSuccess();
            assertFalse(sent.output().contains("E:"), sent.output());
        } finally {
            dcmrecv.destroy();
            if (!dcmrecv.waitFor(10, TimeUnit.SECONDS)) {
                dcmrecv.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A dcmrecv profile for a class {@code storescp.cfg} lacks, with Verification so that echoscu can probe it. */
    private static Path profileAccepting(Path work, Path sample) throws IOException {
        String[] uids = StoreScu.sopClassAndTransferSyntax(sample);
        Path config = work.resolve("unknown.cfg");
        Files.writeString(config, "[[TransferSyntaxes]]\n[Sample]\nTransferSyntax1 = " + uids[1] + "\n"
                + "[Verification]\nTransferSyntax1 = LittleEndianImplicit\n"
                + "[[PresentationContexts]]\n[Contexts]\n"
                + "PresentationContext1 = VerificationSOPClass\\Verification\n"
                + "PresentationContext2 = " + uids[0] + "\\Sample\n"
                + "[[Profiles]]\n[Unknown]\nPresentationContexts = Contexts\n");
        assertEquals(UNKNOWN_CLASS, uids[0]);
        return config;
    }

    private static List<String> relativePaths(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace(File.separatorChar, '/'))
                    .sorted().toList();
        }
    }

    /**
     * The paths with their random or time-based parts replaced by their form, sorted; a part not of the expected
     * form stays as it is, so that the comparison shows it.
     */
    private static List<String> shapes(List<String> paths, FileNameScheme names, LocalDate before,
            LocalDate after) {
        Set<String> today = new HashSet<>(List.of(before.format(BASIC_DATE), after.format(BASIC_DATE)));
        List<String> shapes = new ArrayList<>();
        for (String path : paths) {
            int slash = path.lastIndexOf('/');
            String directory = path.substring(0, slash + 1);
            Matcher undef = Pattern.compile("undef/(\\d{8})/").matcher(directory);
            if (undef.matches() && today.contains(undef.group(1))) {
                directory = "undef/<today>/";
            }
            shapes.add(directory + fileNameShape(path.substring(slash + 1), names, today));
        }
        return shapes.stream().sorted().toList();
    }

    private static String fileNameShape(String name, FileNameScheme names, Set<String> today) {
        switch (names) {
            case unique -> {
                Matcher m = Pattern.compile("([A-Za-z0-9_]+)\\.X\\.([0-9.]+?)((?:\\.dcm)?)").matcher(name);
                if (m.matches() && Uids.isValid(m.group(2))) {
                    return m.group(1) + ".X.<uid>" + m.group(3);
                }
            }
            case shortUnique -> {
                Matcher m = Pattern.compile("([A-Za-z0-9_]+)_[0-9a-f]{16}((?:\\.dcm)?)").matcher(name);
                if (m.matches()) {
                    return m.group(1) + "_<16 hex digits>" + m.group(2);
                }
            }
            case systemTime -> {
                Matcher m = Pattern.compile("(\\d{8})(\\d{6})\\.\\d{6}\\.([A-Za-z0-9_]+(?:\\.dcm)?)").matcher(name);
                if (m.matches() && today.contains(m.group(1)) && validTime(m.group(2))) {
                    return "<today><hhmmss>.<microseconds>." + m.group(3);
                }
            }
            case sopInstance -> {
                // nothing random: compared exactly
            }
        }
        return name;
    }

    private static boolean validTime(String hhmmss) {
        return Integer.parseInt(hhmmss.substring(0, 2)) < 24 && Integer.parseInt(hhmmss.substring(2, 4)) < 60
               && Integer.parseInt(hhmmss.substring(4, 6)) < 60;
    }
}
