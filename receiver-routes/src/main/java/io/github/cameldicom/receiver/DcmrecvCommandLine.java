package io.github.cameldicom.receiver;

import java.util.List;

/**
 * The command line of dcmrecv 3.6.7, read with dcmrecv's semantics so that the receiver can stand in for it: every
 * option, {@code @file} command files, rightmost-wins for options that exclude each other, value checks with
 * dcmrecv's messages; plus our {@code --routes}, {@code --accept-all}, {@code --max-associations} and
 * {@code --profile-basic}. See {@code dcmrecv --help} for all of them.
 *
 * <p>It never exits the JVM: the caller writes the texts of the {@link CommandLineResult} and exits with its code.
 * It reads {@code @file} command files and the {@code -lc} logger configuration, as dcmrecv does while parsing;
 * checks that need the output directory come later, from {@link ReceiverSettings#validate()}.
 */
public final class DcmrecvCommandLine {

    private DcmrecvCommandLine() {
    }

    /** Reads the arguments (without the program name). */
    public static CommandLineResult parse(String... args) {
        ScannedArguments arguments;
        try {
            arguments = ScannedArguments.scan(CommandFiles.expand(List.of(args)));
        } catch (CommandLineException e) {
            return syntaxError(e.getMessage(), "", false);
        }
        if (arguments.isEmpty() || arguments.has(Option.HELP)) {
            return new CommandLineResult.PrintAndExit(HelpText.render(), ExitCodes.NO_ERROR);
        }
        if (arguments.hasExclusiveOption()) {
            return new CommandLineResult.PrintAndExit(
                    arguments.has(Option.VERSION) ? ProgramInfo.versionText() : ProgramInfo.cipherSuitesText(),
                    ExitCodes.NO_ERROR);
        }
        if (arguments.parameters().isEmpty()) {
            return syntaxError("Missing parameter port", "", false);
        }
        if (arguments.parameters().size() > 1) {
            return syntaxError("Too many parameters", "", false);
        }
        return SettingsEvaluation.evaluate(arguments);
    }

    /** The help text of {@code -h}, as {@link #parse} returns it. */
    public static String helpText() {
        return HelpText.render();
    }

    /** dcmrecv's error output: its header and {@code error: ...}, nothing in quiet mode. */
    static CommandLineResult.SyntaxError syntaxError(String message, String printedBefore, boolean quiet) {
        String error = quiet ? "" : ProgramInfo.header() + "error: " + message + "\n";
        return new CommandLineResult.SyntaxError(message, printedBefore + error);
    }
}
