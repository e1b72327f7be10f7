package io.github.cameldicom.receiver;

import java.util.Objects;

/**
 * What a dcmrecv command line asks for: run the receiver, print something and exit, or refuse the command line.
 * Texts are complete, with their line ends, ready to be written as they are.
 */
public sealed interface CommandLineResult
        permits CommandLineResult.Run, CommandLineResult.PrintAndExit, CommandLineResult.SyntaxError {

    /**
     * Start the receiver.
     *
     * @param settings what the command line asks for
     * @param standardError what dcmrecv writes to standard error while it reads its command line, to be written
     *     before anything else: the {@code --arguments} listing ({@code I: calling ...}); usually empty
     */
    record Run(ReceiverSettings settings, String standardError) implements CommandLineResult {

        public Run {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(standardError, "standardError");
        }
    }

    /**
     * Write a text to standard output and exit: the help text ({@code -h}, or no arguments at all), the version
     * ({@code --version}) or the cipher suite list ({@code +cc}).
     */
    record PrintAndExit(String standardOutput, int exitCode) implements CommandLineResult {

        public PrintAndExit {
            Objects.requireNonNull(standardOutput, "standardOutput");
        }
    }

    /**
     * The command line is wrong: write {@code standardError} and exit with {@link #exitCode()}.
     *
     * @param message what is wrong, in dcmrecv's words, e.g. {@code Unknown option --foo}
     * @param standardError the text for standard error: dcmrecv's header and {@code error: <message>}, after the
     *     {@code --arguments} listing if one was already printed; without the error lines in quiet mode
     *     ({@code -q}, {@code -ll fatal}), where dcmrecv prints no errors
     */
    record SyntaxError(String message, String standardError) implements CommandLineResult {

        public SyntaxError {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(standardError, "standardError");
        }

        public int exitCode() {
            return ExitCodes.COMMANDLINE_SYNTAX_ERROR;
        }
    }
}
