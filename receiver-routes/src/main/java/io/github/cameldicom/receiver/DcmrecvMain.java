package io.github.cameldicom.receiver;

import io.github.cameldicom.DicomComponent;
import io.github.cameldicom.profile.AssociationProfiles;
import io.github.cameldicom.profile.ProfileException;
import io.github.cameldicom.tls.DicomTlsException;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code dcmrecv [options] port}: DCMTK's dcmrecv, as a camel-main application whose behaviour is the
 * {@code receive-to-folder} YAML route, or the user's own routes ({@code --routes}).
 */
public final class DcmrecvMain {

    static final String DEFAULT_ROUTE = "classpath:routes/receive-to-folder.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(DcmrecvMain.class);
    /** Start-up failures are logged at level fatal ({@code F:}), as dcmrecv does, so that they show even with -q. */
    private static final org.apache.logging.log4j.Logger FATAL = LogManager.getLogger(DcmrecvMain.class);

    private DcmrecvMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the receiver until it is stopped (SIGTERM, Ctrl-C) and returns dcmrecv's exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLineResult result = DcmrecvCommandLine.parse(args);
        if (result instanceof CommandLineResult.PrintAndExit print) {
            out.print(print.standardOutput());
            out.flush();
            return print.exitCode();
        }
        if (result instanceof CommandLineResult.SyntaxError error) {
            err.print(error.standardError());
            err.flush();
            return error.exitCode();
        }
        CommandLineResult.Run run = (CommandLineResult.Run) result;
        err.print(run.standardError());
        err.flush();
        ReceiverSettings settings = run.settings();
        ReceiverLogging.apply(settings.logging());
        // dcmrecv's order: the association profile (66), the output directory (45), then listening (64)
        var failure = checkProfile(settings.acceptance());
        if (failure.isEmpty()) {
            settings.startupWarnings().forEach(LOG::warn);
            failure = settings.validate();
        }
        if (failure.isPresent()) {
            FATAL.fatal(failure.get().message());
            return failure.get().exitCode();
        }
        return runCamel(settings);
    }

    /**
     * Loads the {@code -xf} profile before anything else, as dcmrecv does, so that a file that is missing, unreadable
     * or invalid, or a profile it does not have, ends with exit code 66 whatever the route does with it.
     */
    static Optional<StartupFailure> checkProfile(Acceptance acceptance) {
        if (!(acceptance instanceof Acceptance.Profile profile)) {
            return Optional.empty();
        }
        String reason;
        try {
            AssociationProfiles.load(profile.file()).policy(profile.name());
            return Optional.empty();
        } catch (ProfileException e) {
            reason = e.getMessage();
        } catch (IOException e) {
            reason = "unable to open configuration file: " + profile.file();
        }
        return Optional.of(new StartupFailure(ExitCodes.INVALID_ASSOCIATION_CONFIG,
                "cannot load association configuration: " + reason));
    }

    private static int runCamel(ReceiverSettings settings) {
        Main main = new Main();
        // JMX costs a quarter of the start-up time and a performance counter update per exchange. Stream caching
        // costs a type conversion attempt per exchange and has nothing to cache: the body, a DicomInstance, can be read
        // any number of times. Whoever wants either turns it on with -Dcamel.main.jmxEnabled=true or
        // -Dcamel.main.streamCachingEnabled=true (system properties override what is configured here).
        main.configure().withName("dcmrecv").withJmxEnabled(false).withStreamCachingEnabled(false);
        if (settings.tls().isPresent()) {
            // +tls applies to every dicom: endpoint, the default route's and the user's (--routes).
            DicomComponent dicom = new DicomComponent();
            try {
                dicom.getConfiguration().setSslContextParameters(ReceiverTls.parameters(settings.tls().get()));
            } catch (DicomTlsException e) {
                FATAL.fatal("cannot create TLS transport layer: {}", e.getMessage());
                return ExitCodes.CANNOT_CREATE_TRANSPORT_LAYER;
            }
            main.bind("dicom", dicom);
        }
        main.configure().withRoutesIncludePattern(routes(settings));
        if (settings.logging().level().compareTo(LogLevel.DEBUG) > 0) {
            main.configure().addRoutesBuilder(oneLineFailures());
        }
        properties(settings).forEach(main::addInitialProperty);
        main.addMainListener(new StartupGarbageCollection());
        try {
            main.run();
            return main.getExitCode() == 0 ? ExitCodes.NO_ERROR : ExitCodes.CANNOT_START_SCP_AND_LISTEN;
        } catch (Exception e) {
            int code = exitCode(e);
            FATAL.fatal("{}{}", code == ExitCodes.INVALID_ASSOCIATION_CONFIG ? "cannot load association configuration: "
                    : "cannot start SCP and listen on port " + settings.network().port() + ": ", rootMessage(e));
            LOG.debug("start-up failure", e);
            return code;
        }
    }

    /**
     * A route configuration for every route, the user's too: a failed instance is logged as one error line with the
     * exception's message, not with Camel's message history and stack trace, which during an outage would bury the
     * receiver's own lines (each failure is also answered and logged with its C-STORE status). {@code -d} keeps them.
     */
    static RouteConfigurationBuilder oneLineFailures() {
        return new RouteConfigurationBuilder() {
            @Override
            public void configuration() {
                routeConfiguration().errorHandler(defaultErrorHandler().logStackTrace(false)
                        .logExhaustedMessageHistory(false));
            }
        };
    }

    /** The Camel properties the routes read: the command line's, plus what follows from them. */
    static Map<String, String> properties(ReceiverSettings settings) {
        Map<String, String> properties = new java.util.LinkedHashMap<>(settings.toProperties());
        // dcmrecv overwrites an instance received again only with its default names; the unique schemes must never
        // overwrite, so the file endpoint fails rather than replace a file that appeared meanwhile.
        properties.put("dicom.fileExist",
                settings.output().fileNameScheme() == FileNameScheme.SOP_INSTANCE ? "Override" : "Fail");
        // Spool files on the output's file system become the stored files by a rename (see SpoolFileHandover); they
        // are hidden, and deleted when their instance is done.
        properties.put("dicom.spoolDirectory", properties.get("dicom.outputDirectory"));
        return properties;
    }

    private static String routes(ReceiverSettings settings) {
        if (settings.routes().isEmpty()) {
            return DEFAULT_ROUTE;
        }
        return settings.routes().stream().map(DcmrecvMain::routeLocation).collect(Collectors.joining(","));
    }

    /**
     * Where a {@code --routes} argument is read from: the file when it exists, else the route of that name shipped
     * in the receiver ({@code --routes receive-to-s3}), so that the shipped routes run without unpacking the jar.
     */
    static String routeLocation(Path route) {
        if (Files.exists(route)) {
            return "file:" + route.toAbsolutePath();
        }
        String name = route.toString().endsWith(".yaml") ? route.toString() : route + ".yaml";
        if (!name.contains("/") && DcmrecvMain.class.getResource("/routes/" + name) != null) {
            return "classpath:routes/" + name;
        }
        // Camel reports the missing file when it loads the routes; the receiver then exits with 64.
        return "file:" + route.toAbsolutePath();
    }

    /** dcmrecv's exit codes for what can go wrong while starting (man dcmrecv, EXIT CODES). */
    static int exitCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ProfileException) {
                return ExitCodes.INVALID_ASSOCIATION_CONFIG;
            }
            if (t instanceof GeneralSecurityException || t instanceof javax.net.ssl.SSLException
                || t instanceof DicomTlsException) {
                return ExitCodes.CANNOT_CREATE_TRANSPORT_LAYER;
            }
            if (t instanceof BindException) {
                return ExitCodes.CANNOT_START_SCP_AND_LISTEN;
            }
        }
        return ExitCodes.CANNOT_START_SCP_AND_LISTEN;
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
