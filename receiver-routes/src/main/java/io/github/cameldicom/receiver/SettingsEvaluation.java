package io.github.cameldicom.receiver;

import io.github.cameldicom.receiver.ScannedArguments.Occurrence;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a scanned command line with exactly one parameter into {@link ReceiverSettings}, checking the options in
 * the order dcmrecv checks them, so that a command line with several mistakes gets dcmrecv's message for the first.
 */
final class SettingsEvaluation {

    static final String DEFAULT_AE_TITLE = "DCMRECV";
    static final Duration DEFAULT_ACSE_TIMEOUT = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_PDU_LENGTH = 16384;
    static final int MIN_MAX_PDU_LENGTH = 4096;
    static final int MAX_MAX_PDU_LENGTH = 131072;
    static final int DEFAULT_MAX_ASSOCIATIONS = 25;
    static final int MAX_MAX_ASSOCIATIONS = 65535;
    static final int MAX_PORT = 65535;
    /** dcmrecv cuts timeouts to 32 bits; we keep longer ones, up to what fits a long in milliseconds. */
    private static final long MAX_TIMEOUT_SECONDS = Long.MAX_VALUE / 1000;

    private SettingsEvaluation() {
    }

    static CommandLineResult evaluate(ScannedArguments arguments) {
        LoggingEvaluation.Logging logging;
        try {
            logging = LoggingEvaluation.evaluate(arguments);
        } catch (CommandLineException e) {
            return DcmrecvCommandLine.syntaxError(e.getMessage(), "", false);
        }
        // dcmrecv lists the arguments right after configuring its logger, before any later check can fail
        String standardError = arguments.has(Option.ARGUMENTS) ? argumentsListing(arguments) : "";
        try {
            return new CommandLineResult.Run(settings(arguments, logging), standardError);
        } catch (CommandLineException e) {
            return DcmrecvCommandLine.syntaxError(e.getMessage(), standardError, logging.quiet());
        }
    }

    private static ReceiverSettings settings(ScannedArguments arguments, LoggingEvaluation.Logging logging)
            throws CommandLineException {
        boolean verbosePresentationContexts = arguments.has(Option.VERBOSE_PC);
        if (verbosePresentationContexts && !logging.level().enables(LogLevel.INFO)) {
            throw CommandLineException.onlyAllowedWith(Option.VERBOSE_PC.longName(), "verbose mode");
        }
        Acceptance acceptance = acceptance(arguments);

        String aeTitle = DEFAULT_AE_TITLE;
        boolean useCalledAeTitle = false;
        for (Occurrence title : arguments.block(Option.AETITLE, Option.USE_CALLED_AETITLE)) {
            if (title.option() == Option.AETITLE) {
                aeTitle = title.value(0);
                useCalledAeTitle = false;
            } else {
                useCalledAeTitle = true;
            }
        }
        Duration acseTimeout = DEFAULT_ACSE_TIMEOUT;
        Optional<Occurrence> acse = arguments.rightmost(Option.ACSE_TIMEOUT);
        if (acse.isPresent()) {
            acseTimeout = seconds(number(acse.get(), 1, UnsignedNumber.UNBOUNDED));
        }
        Duration dimseTimeout = Duration.ZERO;
        Optional<Occurrence> dimse = arguments.rightmost(Option.DIMSE_TIMEOUT);
        if (dimse.isPresent()) {
            dimseTimeout = seconds(number(dimse.get(), 1, UnsignedNumber.UNBOUNDED));
        }
        int maxPduLength = DEFAULT_MAX_PDU_LENGTH;
        Optional<Occurrence> pdu = arguments.rightmost(Option.MAX_PDU);
        if (pdu.isPresent()) {
            maxPduLength = (int) number(pdu.get(), MIN_MAX_PDU_LENGTH, MAX_MAX_PDU_LENGTH);
        }
        int maxAssociations = DEFAULT_MAX_ASSOCIATIONS;
        Optional<Occurrence> associations = arguments.rightmost(Option.MAX_ASSOCIATIONS);
        if (associations.isPresent()) {
            maxAssociations = (int) number(associations.get(), 1, MAX_MAX_ASSOCIATIONS);
        }
        boolean hostnameLookup = !arguments.has(Option.DISABLE_HOST_LOOKUP);

        OutputSettings output = output(arguments);
        List<Path> routes = new ArrayList<>();
        for (Occurrence route : arguments.all(Option.ROUTES)) {
            routes.add(route.path(0));
        }
        int port = (int) UnsignedNumber.parameterValue(arguments.parameters().get(0), 1, MAX_PORT);
        Optional<TlsSettings> tls = TlsEvaluation.evaluate(arguments);

        return new ReceiverSettings(
                new NetworkSettings(port, aeTitle, useCalledAeTitle, acseTimeout, dimseTimeout, maxPduLength,
                        hostnameLookup, maxAssociations),
                acceptance,
                output,
                tls,
                new LogSettings(logging.level(), logging.configFile(), verbosePresentationContexts),
                routes);
    }

    /** {@code -xf} and {@code --accept-all}: the rightmost wins; neither means Verification only. */
    private static Acceptance acceptance(ScannedArguments arguments) throws CommandLineException {
        Acceptance acceptance = new Acceptance.VerificationOnly();
        for (Occurrence choice : arguments.block(Option.CONFIG_FILE, Option.ACCEPT_ALL)) {
            acceptance = choice.option() == Option.CONFIG_FILE
                    ? new Acceptance.Profile(choice.path(0), choice.value(1))
                    : new Acceptance.AllStorage();
        }
        return acceptance;
    }

    /**
     * The output options. dcmrecv refuses {@code +B} with {@code +ssd} because it writes the data set to the file
     * before it could read the Series Date; we read it while streaming, so we accept the pair.
     */
    private static OutputSettings output(ScannedArguments arguments) throws CommandLineException {
        Path directory = Path.of(".");
        Optional<Occurrence> outputDirectory = arguments.rightmost(Option.OUTPUT_DIRECTORY);
        if (outputDirectory.isPresent()) {
            directory = outputDirectory.get().path(0);
        }
        SubdirectoryScheme subdirectories = SubdirectoryScheme.NONE;
        for (Occurrence choice : arguments.block(Option.NO_SUBDIR, Option.SERIES_DATE_SUBDIR)) {
            subdirectories = choice.option() == Option.SERIES_DATE_SUBDIR
                    ? SubdirectoryScheme.SERIES_DATE
                    : SubdirectoryScheme.NONE;
        }
        FileNameScheme fileNames = FileNameScheme.SOP_INSTANCE;
        for (Occurrence choice : arguments.block(Option.DEFAULT_FILENAMES, Option.UNIQUE_FILENAMES,
                Option.SHORT_UNIQUE_NAMES, Option.SYSTEM_TIME_NAMES)) {
            fileNames = switch (choice.option()) {
                case UNIQUE_FILENAMES -> FileNameScheme.UNIQUE;
                case SHORT_UNIQUE_NAMES -> FileNameScheme.SHORT_UNIQUE;
                case SYSTEM_TIME_NAMES -> FileNameScheme.SYSTEM_TIME;
                default -> FileNameScheme.SOP_INSTANCE;
            };
        }
        String extension = arguments.rightmost(Option.FILENAME_EXTENSION).map(choice -> choice.value(0)).orElse("");
        StorageMode storageMode = StorageMode.NORMAL;
        for (Occurrence choice : arguments.block(Option.NORMAL, Option.BIT_PRESERVING, Option.IGNORE)) {
            storageMode = switch (choice.option()) {
                case BIT_PRESERVING -> StorageMode.BIT_PRESERVING;
                case IGNORE -> StorageMode.IGNORE;
                default -> StorageMode.NORMAL;
            };
        }
        return new OutputSettings(directory, subdirectories, fileNames, extension, storageMode);
    }

    private static long number(Occurrence occurrence, long min, long max) throws CommandLineException {
        return UnsignedNumber.optionValue(occurrence.option(), occurrence.value(0), min, max);
    }

    private static Duration seconds(long unsigned) {
        return Duration.ofSeconds(Long.compareUnsigned(unsigned, MAX_TIMEOUT_SECONDS) > 0
                ? MAX_TIMEOUT_SECONDS
                : unsigned);
    }

    /**
     * What {@code --arguments} prints: DCMTK logs it at level info whatever the log level, as one message ending
     * in a line break, hence the second, empty {@code I:} line.
     */
    private static String argumentsListing(ScannedArguments arguments) {
        StringBuilder line = new StringBuilder("I: calling '").append(ProgramInfo.NAME).append("' with ")
                .append(arguments.arguments().size()).append(" arguments: ");
        for (String argument : arguments.arguments()) {
            // DCMTK counts empty arguments but does not list them
            if (!argument.isEmpty()) {
                line.append('\'').append(argument).append("' ");
            }
        }
        return line.append("\nI: \n").toString();
    }
}
