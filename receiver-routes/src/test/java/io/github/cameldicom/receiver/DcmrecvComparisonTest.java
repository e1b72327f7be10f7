package io.github.cameldicom.receiver;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Command lines dcmrecv refuses, or accepts only to stop at the output directory check, given to the installed
 * dcmrecv and to us: the same exit code, the same {@code error:} line, the same {@code F:} message and the same
 * {@code --arguments} listing. In the table, {@code {port}} is a free port, {@code {dir}} a directory with the
 * fixture files below, {@code <empty>} an empty argument and {@code <space>} a single space.
 */
@Timeout(600)
class DcmrecvComparisonTest {

    @TempDir
    Path dir;

    static Stream<String> commandLines() {
        return Stream.of(
                // scanning: unknown options, missing values, parameters
                "--foo", "--foo --version", "--version --foo", "--help --foo", "--help -xf", "-V {port}",
                "-- {port}", "-aet", "-aet -v", "-xf a", "+tls k", "{port} -routes x",
                "-v", "{port} 105", "{port} -v 105",
                "abc", "0", "70000", "-1", "-0", "-9", "-1x", "<space>", "<empty>", "-", "+",
                "18446744073709551615", "18446744073709551616",
                // numeric options
                "-pdu 100 {port}", "-pdu 4095 {port}", "-pdu 131073 {port}", "-pdu abc {port}", "-pdu <empty> {port}",
                "-pdu 0x1000 {port}", "-pdu 99999999999999999999999 {port}", "-pdu -16384 {port}",
                "-ta 0 {port}", "-ta -1 {port}", "-ta <space>-5 {port}", "-ta x {port}", "-ta <empty> {port}",
                "-td 0 {port}", "-td -5 {port}", "--dimse-timeout x {port}",
                // the first mistake in dcmrecv's order
                "-ta 0 -pdu 1 {port}", "-pdu 1 -ta 0 {port}", "-td 0 -ta 0 {port}", "-pdu 1 +pw x {port}",
                "+pw x abc", "-pdu 1 abc", "+tls k c +ws abc",
                // logging
                "-ll foo {port}", "-ll warning {port}", "-ll <empty> {port}", "-v -ll info {port}",
                "-ll info -v {port}", "-ll info -lc x {port}", "-q -ll fatal {port}", "-d -ll debug {port}",
                "-lc {dir}/missing.cfg {port}", "-lc {dir} {port}", "-lc <empty> {port}",
                "-lc {dir}/nosettings.cfg {port}", "-lc {dir}/norootlogger.cfg {port}", "-lc {dir}/empty.cfg {port}",
                "-lc {dir}/info.cfg -v {port}", "-v -lc {dir}/info.cfg {port}", "-lc {dir}/warn.cfg +v {port}",
                "+v {port}", "-q +v {port}", "-v -q +v {port}", "-ll warn +v {port}",
                // quiet mode
                "-q -pdu 100 {port}", "-ll fatal -pdu 1 {port}", "-ll off -pdu 1 {port}",
                "-lc {dir}/fatal.cfg -pdu 1 {port}", "-q --foo", "-q 0", "-ll error -pdu 1 {port}",
                // TLS options without +tls
                "+pw x {port}", "+ws {port}", "+wf f {port}", "+ps {port}", "-pw {port}", "-pem {port}",
                "-der {port}", "+cf x {port}", "+cd x {port}", "+crl x {port}", "+crv {port}", "+cra {port}",
                "+py {port}", "+px {port}", "+pz {port}", "+pa {port}", "+pn {port}", "+cs x {port}",
                "+dp x {port}", "+rs x {port}", "-rc {port}", "-vc {port}", "-ic {port}",
                "--use-passwd x {port}", "--profile-aes {port}", "-tls +pw x {port}", "+tls k c -tls +pw x {port}",
                // TLS: several mistakes, and conflicts
                "+px +py {port}", "+py +px {port}", "+pz +px {port}", "+pz +py {port}", "+pn +pa {port}",
                "+pa +pn {port}", "-vc -ic {port}", "-ic -rc {port}", "-vc -rc {port}", "-pw +pw x {port}",
                "-der -pem {port}", "+dp x +rs y {port}", "+ws +rs x {port}", "+ws +wf x {port}",
                "+wf x +ws {port}", "+cd x +cf y {port}", "+crl x +cd y {port}", "+cs x +crv {port}",
                "+py -rc {port}", "+crv +cf x {port}",
                "+tls k c +ws {port}", "+tls k c +wf f {port}", "+tls k c +crv +cra {port}",
                "+tls k c +cra +crv {port}", "+tls k c +cs x +pz {port}", "+tls k c +pz +cs x {port}",
                // command files
                "@{dir}/missing.txt {port}", "--foo @{dir}/missing.txt", "@ {port}", "@{dir}/quotes.txt",
                "@{dir}/empty.cfg",
                "@{dir}/nested.txt", "--arguments @{dir}/quotes.txt",
                // accepted, then stopped by the output directory check
                "-od {dir}/missing {port}", "-od {dir}/afile {port}", "{port} --output-directory {dir}/missing",
                "--arguments -od {dir}/missing {port}", "--arguments -q -od {dir}/missing {port}",
                "--arguments -aet <empty> -od {dir}/missing {port}", "-ll fatal -od {dir}/missing {port}",
                "--arguments -ll fatal -od {dir}/missing {port}", "@{dir}/arguments.txt",
                "+tls k c -od {dir}/missing {port}", "+tls k c +pw x -pw +rs s +ws -od {dir}/missing {port}",
                "+ssd -s +B -od {dir}/missing {port}", "-aet A -uca -od {dir}/missing {port}",
                "-ta 99999999999 -od {dir}/missing {port}",
                // exclusive options
                "--version", "+cc", "+cc {port} 105", "--version -pdu 1", "-h -pdu 1 {port}");
    }

    @ParameterizedTest(name = "dcmrecv {0}")
    @MethodSource("commandLines")
    void behavesLikeDcmrecv(String commandLine) throws Exception {
        int port = RealDcmrecv.freePort();
        writeFixtures(port);
        List<String> args = arguments(commandLine, port);

        RealDcmrecv.Outcome real = RealDcmrecv.run(dir, args);
        RealDcmrecv.Outcome ours = ours(args);

        assertAll(
                () -> assertEquals(real.exitCode(), ours.exitCode(), "exit code"),
                () -> assertEquals(real.errorLine(), ours.errorLine(), "error line"),
                () -> assertEquals(real.fatalMessage(), ours.fatalMessage(), "fatal message"),
                () -> assertEquals(argumentsListing(real), argumentsListing(ours), "--arguments listing"),
                () -> assertEquals(real.standardError().isEmpty(), ours.standardError().isEmpty(),
                        "quiet or not: dcmrecv wrote [" + real.standardError() + "]"));
    }

    @Test
    void bitPreservingWithSeriesDateSubdirectoriesIsALiftedLimitation() throws Exception {
        List<String> args = List.of("+B", "+ssd", Integer.toString(RealDcmrecv.freePort()));
        assertEquals("error: --bit-preserving not allowed with --series-date-subdir",
                RealDcmrecv.run(dir, args).errorLine());
        assertInstanceOf(CommandLineResult.Run.class, DcmrecvCommandLine.parse(args.toArray(String[]::new)));
    }

    @Test
    void profileBasicIsAcceptedThoughThisDcmrecvHidesIt() throws Exception {
        List<String> args = List.of("+tls", "k", "c", "+pb", Integer.toString(RealDcmrecv.freePort()));
        assertEquals("error: Unknown option +pb", RealDcmrecv.run(dir, args).errorLine());
        assertInstanceOf(CommandLineResult.Run.class, DcmrecvCommandLine.parse(args.toArray(String[]::new)));
    }

    @Test
    void theTableCanTellADifference() throws Exception {
        // a guard against a comparison that passes whatever we print
        RealDcmrecv.Outcome real = RealDcmrecv.run(dir, List.of("-pdu", "100", "104"));
        assertNotEquals(real.errorLine(), ours(List.of("-pdu", "101", "104")).errorLine());
    }

    /** What the receiver would print and return at start-up, in the shape of dcmrecv's outcome. */
    private static RealDcmrecv.Outcome ours(List<String> args) {
        CommandLineResult result = DcmrecvCommandLine.parse(args.toArray(String[]::new));
        if (result instanceof CommandLineResult.PrintAndExit) {
            CommandLineResult.PrintAndExit print = (CommandLineResult.PrintAndExit) result;
            return new RealDcmrecv.Outcome(print.exitCode(), print.standardOutput(), "");
        }
        if (result instanceof CommandLineResult.SyntaxError) {
            CommandLineResult.SyntaxError error = (CommandLineResult.SyntaxError) result;
            return new RealDcmrecv.Outcome(error.exitCode(), "", error.standardError());
        }
        CommandLineResult.Run run = (CommandLineResult.Run) result;
        ReceiverSettings settings = run.settings();
        Optional<StartupFailure> failure = settings.validate();
        if (failure.isEmpty()) {
            return new RealDcmrecv.Outcome(-1, "", run.standardError() + "(would listen)");
        }
        StringBuilder standardError = new StringBuilder(run.standardError());
        if (settings.logging().level().enables(LogLevel.WARN)) {
            settings.startupWarnings().forEach(warning -> standardError.append("W: ").append(warning).append('\n'));
        }
        if (settings.logging().level().enables(LogLevel.FATAL)) {
            standardError.append("F: ").append(failure.get().message()).append('\n');
        }
        return new RealDcmrecv.Outcome(failure.get().exitCode(), "", standardError.toString());
    }

    private static List<String> argumentsListing(RealDcmrecv.Outcome outcome) {
        return outcome.standardError().lines().filter(line -> line.startsWith("I: calling ")).toList();
    }

    private List<String> arguments(String commandLine, int port) {
        List<String> args = new ArrayList<>();
        for (String word : commandLine.split(" ")) {
            args.add(substitute(word, port).replace("<empty>", "").replace("<space>", " "));
        }
        return args;
    }

    private String substitute(String text, int port) {
        return text.replace("{port}", Integer.toString(port)).replace("{dir}", dir.toString());
    }

    private void writeFixtures(int port) throws Exception {
        String appender = "log4cplus.appender.console=log4cplus::ConsoleAppender\n";
        Files.writeString(dir.resolve("nosettings.cfg"), "a=b\n");
        Files.writeString(dir.resolve("norootlogger.cfg"), "log4cplus.x=b\n");
        Files.writeString(dir.resolve("empty.cfg"), "");
        Files.writeString(dir.resolve("info.cfg"), "log4cplus.rootLogger = INFO, console\n" + appender);
        Files.writeString(dir.resolve("warn.cfg"), "log4cplus.rootLogger = WARN, console\n" + appender);
        Files.writeString(dir.resolve("fatal.cfg"), "log4cplus.rootLogger = FATAL, console\n" + appender);
        Files.writeString(dir.resolve("afile"), "not a directory");
        Files.writeString(dir.resolve("quotes.txt"), substitute(
                "-od {dir}/missing\n\t-aet \"MY AE\"  -fe ab\"c d\"e\r\n", port));
        Files.writeString(dir.resolve("arguments.txt"), substitute(
                "--arguments -aet 'a\"b' -fe \"\" {port} -od {dir}/missing -uca -aet 'un closed", port));
        Files.writeString(dir.resolve("nested.txt"), substitute(
                "--arguments -od {dir}/missing {port} -aet @{dir}/quotes.txt", port));
    }

    @Test
    void fixturesUseEveryPlaceholder() {
        assertEquals(List.of(), Arrays.stream("{port} {dir} <empty> <space>".split(" "))
                .filter(placeholder -> commandLines().noneMatch(line -> line.contains(placeholder)))
                .toList());
    }
}
