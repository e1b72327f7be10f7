package io.github.cameldicom.receiver;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Shortcuts for tests: parse and insist on one kind of result. */
final class Parsing {

    private Parsing() {
    }

    static ReceiverSettings settings(String... args) {
        return run(args).settings();
    }

    static CommandLineResult.Run run(String... args) {
        CommandLineResult result = DcmrecvCommandLine.parse(args);
        return assertInstanceOf(CommandLineResult.Run.class, result, () -> String.join(" ", args) + " -> " + result);
    }

    static String property(String key, String... args) {
        return settings(args).toProperties().get(key);
    }

    static CommandLineResult.SyntaxError syntaxError(String... args) {
        CommandLineResult result = DcmrecvCommandLine.parse(args);
        return assertInstanceOf(CommandLineResult.SyntaxError.class, result,
                () -> String.join(" ", args) + " -> " + result);
    }

    static String error(String... args) {
        return syntaxError(args).message();
    }

    static CommandLineResult.PrintAndExit printAndExit(String... args) {
        CommandLineResult result = DcmrecvCommandLine.parse(args);
        return assertInstanceOf(CommandLineResult.PrintAndExit.class, result,
                () -> String.join(" ", args) + " -> " + result);
    }
}
