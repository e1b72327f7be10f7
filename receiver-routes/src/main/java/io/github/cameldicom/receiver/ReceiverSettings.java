package io.github.cameldicom.receiver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a dcmrecv command line asks of the receiver, as typed values and as the Camel properties the
 * receiver's YAML routes read.
 *
 * @param network port, AE title, timeouts, PDU size, association limit
 * @param acceptance which presentation contexts are accepted
 * @param output output directory, subdirectory and file name schemes, storage mode
 * @param tls the TLS options, present only with {@code +tls}
 * @param logging log level, logger configuration file, {@code +v}
 * @param routes YAML route files to run instead of the default folder route ({@code --routes}); empty for the
 *     default route
 */
public record ReceiverSettings(
        NetworkSettings network,
        Acceptance acceptance,
        OutputSettings output,
        Optional<TlsSettings> tls,
        LogSettings logging,
        List<Path> routes) {

    /** dcmrecv's words when it accepts Verification only. */
    static final String VERIFICATION_ONLY_WARNING =
            "no configuration file specified, SCP will only support the Verification SOP Class";

    public ReceiverSettings {
        routes = List.copyOf(routes);
    }

    /**
     * The settings as Camel properties, for {@code {{dicom.…}}} placeholders; see {@link ReceiverProperties} for the
     * keys. Relative paths are resolved against the current directory now.
     */
    public Map<String, String> toProperties() {
        return ReceiverProperties.of(this);
    }

    /**
     * The checks dcmrecv makes at start-up that need the file system: the output directory must exist and be
     * writable (exit code 45). Run it after parsing, before listening.
     */
    public Optional<StartupFailure> validate() {
        return OutputDirectoryCheck.standard().check(output.directory());
    }

    /** Warnings dcmrecv logs at start-up for these settings: Verification only without {@code -xf}. */
    public List<String> startupWarnings() {
        return acceptance instanceof Acceptance.VerificationOnly ? List.of(VERIFICATION_ONLY_WARNING) : List.of();
    }
}
