package io.github.cameldicom.receiver;

/**
 * A command line dcmrecv would refuse. The message is the text dcmrecv prints after {@code "error: "}, so that users
 * see the same words from both programs.
 */
final class CommandLineException extends Exception {

    private static final long serialVersionUID = 1L;

    CommandLineException(String message) {
        super(message);
    }

    CommandLineException(String message, Throwable cause) {
        super(message, cause);
    }

    /** dcmrecv's {@code checkDependence}: an option that needs another one. */
    static CommandLineException onlyAllowedWith(String option, String requirement) {
        return new CommandLineException(option + " only allowed with " + requirement);
    }

    /** dcmrecv's {@code checkConflict}: two options that exclude each other. */
    static CommandLineException notAllowedWith(String option, String other) {
        return new CommandLineException(option + " not allowed with " + other);
    }
}
