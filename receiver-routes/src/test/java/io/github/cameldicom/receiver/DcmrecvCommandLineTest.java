package io.github.cameldicom.receiver;

import static io.github.cameldicom.receiver.Parsing.error;
import static io.github.cameldicom.receiver.Parsing.printAndExit;
import static io.github.cameldicom.receiver.Parsing.property;
import static io.github.cameldicom.receiver.Parsing.run;
import static io.github.cameldicom.receiver.Parsing.settings;
import static io.github.cameldicom.receiver.Parsing.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Options, parameters and their checks, one behaviour at a time. */
@Timeout(30)
class DcmrecvCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void defaultsAreDcmrecvs() {
        ReceiverSettings settings = settings("104");
        NetworkSettings network = settings.network();
        assertEquals(104, network.port());
        assertEquals("DCMRECV", network.aeTitle());
        assertFalse(network.useCalledAeTitle());
        assertEquals(Duration.ofSeconds(30), network.acseTimeout());
        assertEquals(Duration.ZERO, network.dimseTimeout());
        assertEquals(16384, network.maxPduLength());
        assertTrue(network.hostnameLookup());
        assertEquals(25, network.maxAssociations());
        assertEquals(new Acceptance.VerificationOnly(), settings.acceptance());
        assertEquals(new OutputSettings(Path.of("."), SubdirectoryScheme.NONE, FileNameScheme.SOP_INSTANCE, "",
                StorageMode.NORMAL), settings.output());
        assertEquals(Optional.empty(), settings.tls());
        assertEquals(new LogSettings(LogLevel.WARN, Optional.empty(), false), settings.logging());
        assertEquals(List.of(), settings.routes());
        assertEquals(List.of("no configuration file specified, SCP will only support the Verification SOP Class"),
                settings.startupWarnings());
    }

    // ---- parameters

    @ParameterizedTest
    @CsvSource({"1,1", "104,104", "65535,65535", "+104,104", "104abc,104", "' 104',104", "-18446744073709551615,1"})
    void theOnlyParameterIsThePort(String text, int expected) {
        assertEquals(expected, settings(text).network().port());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|Invalid parameter value 0 (underflow)",
        "65536|Invalid parameter value 65536 (overflow)",
        "-1|Invalid parameter value -1 (overflow)",
        "abc|Invalid parameter value abc",
        "-|Invalid parameter value -",
    })
    void refusesABadPort(String port, String message) {
        assertEquals(message, error(port));
    }

    @Test
    void optionsMayStandBeforeOrAfterThePort() {
        ReceiverSettings first = settings("104", "-v", "-aet", "AE");
        assertEquals(first, settings("-v", "-aet", "AE", "104"));
        assertEquals(first, settings("-v", "104", "-aet", "AE"));
        assertEquals(104, first.network().port());
        assertEquals("AE", first.network().aeTitle());
    }

    @Test
    void thePortIsRequired() {
        assertEquals("Missing parameter port", error("-v"));
        assertEquals("Missing parameter port", error("-aet", "104"));
    }

    @Test
    void onlyOneParameterIsAllowed() {
        assertEquals("Too many parameters", error("104", "105"));
        assertEquals("Too many parameters", error("104", "-v", "extra"));
    }

    // ---- help, version, cipher list

    @Test
    void noArgumentsPrintsTheHelp() {
        CommandLineResult.PrintAndExit help = printAndExit();
        assertEquals(0, help.exitCode());
        assertTrue(help.standardOutput().contains("usage: dcmrecv [options] port\n"), help.standardOutput());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "--help"})
    void helpWinsOverEverythingButScanningErrors(String help) {
        assertEquals(DcmrecvCommandLine.helpText(), printAndExit(help).standardOutput());
        assertEquals(DcmrecvCommandLine.helpText(), printAndExit("104", "105", "-pdu", "1", help).standardOutput());
        assertEquals(DcmrecvCommandLine.helpText(), printAndExit("--version", help).standardOutput());
        assertEquals("Unknown option --foo", error(help, "--foo"));
        assertEquals("Missing value for option --config-file", error(help, "-xf"));
    }

    @Test
    void versionNamesUsAndIgnoresTheRest() {
        String version = printAndExit("--version", "104", "105", "-pdu", "1").standardOutput();
        assertTrue(version.startsWith("dcmrecv (camel-dicom) "), version);
        assertTrue(version.contains("dcmrecv: Simple DICOM storage SCP (receiver)\n"), version);
        assertTrue(version.contains("External libraries used:"), version);
        assertEquals(version, printAndExit("+cc", "--version").standardOutput());
    }

    @Test
    void listCiphersNamesTheSuitesOfThisJavaRuntime() {
        CommandLineResult.PrintAndExit list = printAndExit("+cc");
        assertEquals(0, list.exitCode());
        assertTrue(list.standardOutput().contains("Supported TLS ciphersuites are:\n"), list.standardOutput());
        String suite = "\n  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n";
        assertTrue(list.standardOutput().contains(suite), list.standardOutput());
        assertEquals(list.standardOutput(), printAndExit("--list-ciphers", "104", "105").standardOutput());
    }

    // ---- network options

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-aet MYAE|dicom.aeTitle|MYAE",
        "--aetitle MYAE|dicom.aeTitle|MYAE",
        "-uca|dicom.useCalledAeTitle|true",
        "--use-called-aetitle|dicom.useCalledAeTitle|true",
        "-ta 1|dicom.acseTimeout|1000",
        "--acse-timeout 120|dicom.acseTimeout|120000",
        "-td 1|dicom.dimseTimeout|1000",
        "--dimse-timeout 60|dicom.dimseTimeout|60000",
        "-pdu 4096|dicom.maxPduLength|4096",
        "-pdu 131072|dicom.maxPduLength|131072",
        "--max-pdu 65536|dicom.maxPduLength|65536",
        "-pdu +5000|dicom.maxPduLength|5000",
        "-pdu 16384abc|dicom.maxPduLength|16384",
        "-dhl|dicom.hostnameLookup|false",
        "--disable-host-lookup|dicom.hostnameLookup|false",
        "--max-associations 1|dicom.maxAssociations|1",
        "--max-associations 65535|dicom.maxAssociations|65535",
        "-xf storescp.cfg default|dicom.acceptance|profile",
        "-xf storescp.cfg default|dicom.profileFile|storescp.cfg",
        "--config-file storescp.cfg Default|dicom.profileName|Default",
        "--accept-all|dicom.acceptance|storage",
    })
    void networkOptions(String options, String key, String value) {
        assertEquals(value, property(key, withPort(options)));
    }

    @Test
    void hugeTimeoutsAreKept() {
        assertEquals(Duration.ofSeconds(4294967296L), settings("-ta", "4294967296", "104").network().acseTimeout());
        assertEquals(Duration.ofSeconds(Long.MAX_VALUE / 1000),
                settings("-td", "99999999999999999999999", "104").network().dimseTimeout());
    }

    @Test
    void anEmptyAeTitleIsAcceptedAsDcmrecvAcceptsIt() {
        assertEquals("", settings("-aet", "", "104").network().aeTitle());
    }

    @Test
    void useCalledAeTitleKeepsAnAeTitleGivenBefore() {
        NetworkSettings network = settings("-aet", "AE", "-uca", "104").network();
        assertEquals("AE", network.aeTitle());
        assertTrue(network.useCalledAeTitle());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-ta 0|Invalid value for option --acse-timeout (underflow: 0)",
        "-ta -1|Invalid value for option --acse-timeout (-1)",
        "-ta x|Invalid value for option --acse-timeout (x)",
        "-td 0|Invalid value for option --dimse-timeout (underflow: 0)",
        "-td -5|Invalid value for option --dimse-timeout (-5)",
        "-pdu 4095|Invalid value for option --max-pdu (underflow: 4095)",
        "-pdu 131073|Invalid value for option --max-pdu (overflow: 131073)",
        "-pdu 0x1000|Invalid value for option --max-pdu (underflow: 0x1000)",
        "-pdu abc|Invalid value for option --max-pdu (abc)",
        "--max-associations 0|Invalid value for option --max-associations (underflow: 0)",
        "--max-associations 65536|Invalid value for option --max-associations (overflow: 65536)",
        "--max-associations -3|Invalid value for option --max-associations (-3)",
    })
    void refusesBadNetworkValues(String options, String message) {
        assertEquals(message, error(withPort(options)));
    }

    @Test
    void optionsAtTheEndMayLackValues() {
        assertEquals("Missing value for option --aetitle", error("104", "-aet"));
        assertEquals("Missing value for option --config-file", error("104", "-xf", "f"));
        assertEquals("Missing value for option --enable-tls", error("104", "+tls", "key"));
    }

    @Test
    void anEmptyNumberIsInvalidWithoutParentheses() {
        assertEquals("Invalid value for option --max-pdu", error("-pdu", "", "104"));
    }

    @Test
    void theFirstBadOptionInDcmrecvsOrderIsReported() {
        assertEquals("Invalid value for option --acse-timeout (underflow: 0)", error("-pdu", "1", "-ta", "0", "104"));
        assertEquals("Invalid value for option --max-pdu (underflow: 1)", error("-pdu", "1", "abc"));
        assertEquals("Invalid parameter value abc", error("+pw", "x", "abc"));
    }

    // ---- output options

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+ssd|dicom.subdirectoryScheme|seriesDate",
        "--series-date-subdir|dicom.subdirectoryScheme|seriesDate",
        "-s|dicom.subdirectoryScheme|none",
        "--no-subdir|dicom.subdirectoryScheme|none",
        "+fd|dicom.fileNameScheme|sopInstance",
        "--default-filenames|dicom.fileNameScheme|sopInstance",
        "+fu|dicom.fileNameScheme|unique",
        "--unique-filenames|dicom.fileNameScheme|unique",
        "+fsu|dicom.fileNameScheme|shortUnique",
        "--short-unique-names|dicom.fileNameScheme|shortUnique",
        "+fst|dicom.fileNameScheme|systemTime",
        "--system-time-names|dicom.fileNameScheme|systemTime",
        "-fe .dcm|dicom.extension|.dcm",
        "--filename-extension .DCM|dicom.extension|.DCM",
        "-B|dicom.storageMode|normal",
        "--normal|dicom.storageMode|normal",
        "+B|dicom.storageMode|bitPreserving",
        "--bit-preserving|dicom.storageMode|bitPreserving",
        "--ignore|dicom.storageMode|ignore",
    })
    void outputOptions(String options, String key, String value) {
        assertEquals(value, property(key, withPort(options)));
    }

    @Test
    void theOutputDirectoryIsGivenAbsolute() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        assertEquals(out.toString(), property("dicom.outputDirectory", "-od", out.toString(), "104"));
        assertEquals(out.toString(), property("dicom.outputDirectory", "--output-directory", out + "/./", "104"));
        String current = Path.of("").toAbsolutePath().toString();
        assertEquals(current, property("dicom.outputDirectory", "104"));
        assertEquals(current, property("dicom.outputDirectory", "-od", "", "104"));
        String relative = Path.of("rel").toAbsolutePath().toString();
        assertEquals(relative, property("dicom.outputDirectory", "-od", "rel", "104"));
    }

    @Test
    void bitPreservingWorksWithSeriesDateSubdirectories() {
        // dcmrecv refuses this pair: "--bit-preserving not allowed with --series-date-subdir"
        OutputSettings output = settings("+B", "+ssd", "104").output();
        assertEquals(StorageMode.BIT_PRESERVING, output.storageMode());
        assertEquals(SubdirectoryScheme.SERIES_DATE, output.subdirectoryScheme());
        assertEquals(StorageMode.BIT_PRESERVING, settings("+ssd", "+B", "104").output().storageMode());
    }

    @Test
    void routesAreRepeatableAndKeptInOrder() {
        assertEquals(List.of(Path.of("a.yaml"), Path.of("b.yaml")),
                settings("--routes", "a.yaml", "104", "--routes", "b.yaml").routes());
        assertEquals("Missing value for option --routes", error("104", "--routes"));
    }

    @Test
    void acceptAllNeedsNoProfileAndWarnsOfNothing() {
        ReceiverSettings settings = settings("--accept-all", "104");
        assertEquals(new Acceptance.AllStorage(), settings.acceptance());
        assertEquals(List.of(), settings.startupWarnings());
        assertEquals(List.of(), settings("-xf", "f", "p", "104").startupWarnings());
    }

    // ---- logging

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-q|fatal", "--quiet|fatal", "-v|info", "--verbose|info", "-d|debug", "--debug|debug",
        "-ll fatal|fatal", "-ll error|error", "-ll warn|warn", "-ll info|info", "-ll debug|debug",
        "-ll trace|trace", "--log-level INFO|info", "-ll Debug|debug", "-ll off|off", "-ll all|trace",
    })
    void logLevels(String options, String level) {
        assertEquals(level, property("dicom.log.level", withPort(options)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-ll warning|Invalid log level for --log-level option",
        "-ll notset|Invalid log level for --log-level option",
        "-v -ll info|--log-level not allowed with --verbose, --debug or --quiet",
        "-ll info -q|--log-level not allowed with --verbose, --debug or --quiet",
        "-ll info -lc x.cfg|--log-config not allowed with --log-level",
        "-lc x.cfg -d|--log-config not allowed with --verbose, --debug or --quiet",
        "+v|--verbose-pc only allowed with verbose mode",
        "-q +v|--verbose-pc only allowed with verbose mode",
        "-ll warn +v|--verbose-pc only allowed with verbose mode",
    })
    void refusesBadLoggingOptions(String options, String message) {
        assertEquals(message, error(withPort(options)));
    }

    @Test
    void anEmptyLogLevelIsInvalid() {
        assertEquals("Invalid log level for --log-level option", error("-ll", "", "104"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-v", "-d", "-ll info", "-ll trace"})
    void verbosePresentationContextsNeedVerboseMode(String options) {
        assertTrue(settings(withPort(options + " +v")).logging().verbosePresentationContexts());
    }

    @Test
    void quietModeSilencesErrorsFoundAfterTheLoggerIsSetUp() {
        CommandLineResult.SyntaxError quiet = syntaxError("-q", "0");
        assertEquals("Invalid parameter value 0 (underflow)", quiet.message());
        assertEquals("", quiet.standardError());
        assertEquals(1, quiet.exitCode());
        assertEquals("", syntaxError("-ll", "fatal", "-pdu", "1", "104").standardError());
        assertEquals("", syntaxError("-ll", "off", "-pdu", "1", "104").standardError());
        // before the logger is set up, errors are printed even with -q
        assertTrue(syntaxError("-q", "--foo").standardError().endsWith("error: Unknown option --foo\n"));
        assertTrue(syntaxError("-q", "-ll", "x", "104").standardError().endsWith(
                "error: --log-level not allowed with --verbose, --debug or --quiet\n"));
        // -ll error still prints errors
        assertTrue(syntaxError("-ll", "error", "-pdu", "1", "104").standardError()
                .endsWith("error: Invalid value for option --max-pdu (underflow: 1)\n"));
    }

    @Test
    void errorsLookLikeDcmrecvs() {
        assertEquals(ProgramInfo.identification() + "\n\n"
                        + "dcmrecv: Simple DICOM storage SCP (receiver)\n"
                        + "error: Unknown option --foo\n",
                syntaxError("--foo").standardError());
    }

    // ---- --arguments

    @Test
    void argumentsListsTheExpandedCommandLineInLongForm() throws Exception {
        Path file = Files.writeString(dir.resolve("args.txt"), "-aet 'MY AE' -fe \"\"");
        CommandLineResult.Run run = run("--arguments", "-q", "@" + file, "104");
        assertEquals("I: calling 'dcmrecv' with 7 arguments: '--arguments' '--quiet' '--aetitle' 'MY AE' "
                + "'--filename-extension' '104' \nI: \n", run.standardError());
    }

    @Test
    void argumentsAreListedBeforeALaterError() {
        CommandLineResult.SyntaxError error = syntaxError("--arguments", "-pdu", "1", "104");
        assertTrue(error.standardError().startsWith(
                "I: calling 'dcmrecv' with 4 arguments: '--arguments' '--max-pdu' '1' '104' \nI: \n"
                        + ProgramInfo.identification()), error.standardError());
        // also in quiet mode, where the error itself is not printed
        assertEquals("I: calling 'dcmrecv' with 3 arguments: '--arguments' '--quiet' '0' \nI: \n",
                syntaxError("--arguments", "-q", "0").standardError());
    }

    @Test
    void withoutArgumentsOptionNothingIsPrinted() {
        assertEquals("", run("104").standardError());
    }

    // ---- command files

    @Test
    void commandFilesAreExpandedBeforeParsing() throws Exception {
        Path file = Files.writeString(dir.resolve("cmd.txt"), "-aet \"MY AE\"\n+fu\t-fe .dcm\n");
        ReceiverSettings settings = settings("@" + file, "104");
        assertEquals("MY AE", settings.network().aeTitle());
        assertEquals(FileNameScheme.UNIQUE, settings.output().fileNameScheme());
        assertEquals(".dcm", settings.output().extension());
    }

    @Test
    void aMissingCommandFileIsAnError() {
        String missing = dir.resolve("nope.txt").toString();
        assertEquals("Cannot open command file '" + missing + "'", error("104", "@" + missing));
        // expansion comes before option scanning
        assertEquals("Cannot open command file '" + missing + "'", error("--foo", "@" + missing));
    }

    @Test
    void aCommandFileInACommandFileIsAnOrdinaryArgument() throws Exception {
        Path inner = Files.writeString(dir.resolve("inner.txt"), "104");
        Path outer = Files.writeString(dir.resolve("outer.txt"), "-aet @" + inner + " 104");
        assertEquals("@" + inner, settings("@" + outer).network().aeTitle());
        Path parameter = Files.writeString(dir.resolve("param.txt"), "@" + inner);
        assertEquals("Invalid parameter value @" + inner, error("@" + parameter));
    }

    /** The options, split at spaces, followed by a port. */
    static String[] withPort(String options) {
        return (options + " 104").split(" ");
    }
}
