package io.github.cameldicom.receiver;

/**
 * The exit codes of the receiver, the same numbers as dcmrecv's ({@code man dcmrecv}, "EXIT CODES"), so that scripts
 * written for dcmrecv keep working.
 */
public final class ExitCodes {

    /** Normal end, also after printing the help text, the version or the cipher suite list. */
    public static final int NO_ERROR = 0;
    /** The command line could not be understood. */
    public static final int COMMANDLINE_SYNTAX_ERROR = 1;
    /** The output directory ({@code -od}) does not exist or is not writable. */
    public static final int INVALID_OUTPUT_DIRECTORY = 45;
    /** The port could not be opened. */
    public static final int CANNOT_START_SCP_AND_LISTEN = 64;
    /** The association profile ({@code -xf}) could not be loaded. */
    public static final int INVALID_ASSOCIATION_CONFIG = 66;
    /** The TLS layer ({@code +tls}) could not be set up: key, certificate, password, cipher suites. */
    public static final int CANNOT_CREATE_TRANSPORT_LAYER = 71;

    private ExitCodes() {
    }
}
