package io.github.cameldicom.receiver;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every option the receiver understands: all of dcmrecv 3.6.7 with its short and long names, value counts and help
 * wording, then our own. Messages name an option by its long name, as dcmrecv's do.
 */
enum Option implements HelpEntry {

    // general options
    HELP("--help", "-h", 0, "", "print this help text and exit", true),
    VERSION("--version", "", 0, "", "print version information and exit", true),
    ARGUMENTS("--arguments", "", 0, "", "print expanded command line arguments", false),
    QUIET("--quiet", "-q", 0, "", "quiet mode, print no warnings and errors", false),
    VERBOSE("--verbose", "-v", 0, "", "verbose mode, print processing details", false),
    DEBUG("--debug", "-d", 0, "", "debug mode, print debug information", false),
    LOG_LEVEL("--log-level", "-ll", 1, "[l]evel: string constant",
            "(fatal, error, warn, info, debug, trace)\nuse level l for the logger", false),
    LOG_CONFIG("--log-config", "-lc", 1, "[f]ilename: string", "use config file f for the logger", false),
    VERBOSE_PC("--verbose-pc", "+v", 0, "", "show presentation contexts in verbose mode", false),

    // network options
    CONFIG_FILE("--config-file", "-xf", 2, "[f]ilename, [p]rofile: string",
            "use profile p from configuration file f", false),
    AETITLE("--aetitle", "-aet", 1, "[a]etitle: string", "set my AE title (default: DCMRECV)", false),
    USE_CALLED_AETITLE("--use-called-aetitle", "-uca", 0, "", "always respond with called AE title", false),
    ACSE_TIMEOUT("--acse-timeout", "-ta", 1, "[s]econds: integer (default: 30)", "timeout for ACSE messages", false),
    DIMSE_TIMEOUT("--dimse-timeout", "-td", 1, "[s]econds: integer (default: unlimited)",
            "timeout for DIMSE messages", false),
    MAX_PDU("--max-pdu", "-pdu", 1, "[n]umber of bytes: integer (4096..131072)",
            "set max receive pdu to n bytes (default: 16384)", false),
    DISABLE_HOST_LOOKUP("--disable-host-lookup", "-dhl", 0, "", "disable hostname lookup", false),

    // transport layer security (TLS) options
    DISABLE_TLS("--disable-tls", "-tls", 0, "", "use normal TCP/IP connection (default)", false),
    ENABLE_TLS("--enable-tls", "+tls", 2, "[p]rivate key file, [c]ertificate file: string",
            "use authenticated secure TLS connection", false),
    STD_PASSWD("--std-passwd", "+ps", 0, "", "prompt user to type password on stdin (default)", false),
    // dcmrecv's value description really ends with a space
    USE_PASSWD("--use-passwd", "+pw", 1, "[p]assword: string ", "use specified password", false),
    NULL_PASSWD("--null-passwd", "-pw", 0, "", "use empty string as password", false),
    PEM_KEYS("--pem-keys", "-pem", 0, "", "read keys and certificates as PEM file (default)", false),
    DER_KEYS("--der-keys", "-der", 0, "", "read keys and certificates as DER file", false),
    ADD_CERT_FILE("--add-cert-file", "+cf", 1, "[f]ilename: string",
            "add certificate file to list of certificates", false),
    ADD_CERT_DIR("--add-cert-dir", "+cd", 1, "[d]irectory: string",
            "add certificates in d to list of certificates", false),
    ADD_CRL_FILE("--add-crl-file", "+crl", 1, "[f]ilename: string",
            "add certificate revocation list file\n(implies --enable-crl-vfy)", false),
    ENABLE_CRL_VFY("--enable-crl-vfy", "+crv", 0, "", "enable leaf CRL verification", false),
    ENABLE_CRL_ALL("--enable-crl-all", "+cra", 0, "", "enable full chain CRL verification", false),
    PROFILE_BCP195_ND("--profile-bcp195-nd", "+py", 0, "", "Non-downgrading BCP 195 TLS Profile (default)", false),
    PROFILE_BCP195("--profile-bcp195", "+px", 0, "", "BCP 195 TLS Profile", false),
    PROFILE_BCP195_EX("--profile-bcp195-ex", "+pz", 0, "", "Extended BCP 195 TLS Profile", false),
    // man dcmrecv documents it; dcmrecv builds whose OpenSSL lacks 3DES hide it (and then reject it)
    PROFILE_BASIC("--profile-basic", "+pb", 0, "", "Basic TLS Secure Transport Connection Profile\n(retired)", false),
    PROFILE_AES("--profile-aes", "+pa", 0, "", "AES TLS Secure Transport Connection Profile\n(retired)", false),
    PROFILE_NULL("--profile-null", "+pn", 0, "",
            "Authenticated unencrypted communication\n(retired, was used in IHE ATNA)", false),
    LIST_CIPHERS("--list-ciphers", "+cc", 0, "", "show list of supported TLS ciphersuites and exit", true),
    CIPHER("--cipher", "+cs", 1, "[c]iphersuite name: string",
            "add ciphersuite to list of negotiated suites\n(not with --profile-bcp195-ex)", false),
    DHPARAM("--dhparam", "+dp", 1, "[f]ilename: string", "read DH parameters for DH/DSS ciphersuites", false),
    SEED("--seed", "+rs", 1, "[f]ilename: string", "seed random generator with contents of f", false),
    WRITE_SEED("--write-seed", "+ws", 0, "", "write back modified seed (only with --seed)", false),
    WRITE_SEED_FILE("--write-seed-file", "+wf", 1, "[f]ilename: string (only with --seed)",
            "write modified seed to file f", false),
    REQUIRE_PEER_CERT("--require-peer-cert", "-rc", 0, "", "verify peer certificate, fail if absent (default)", false),
    VERIFY_PEER_CERT("--verify-peer-cert", "-vc", 0, "", "verify peer certificate if present", false),
    IGNORE_PEER_CERT("--ignore-peer-cert", "-ic", 0, "", "don't verify peer certificate", false),

    // output options
    OUTPUT_DIRECTORY("--output-directory", "-od", 1, "[d]irectory: string (default: \".\")",
            "write received objects to existing directory d", false),
    NO_SUBDIR("--no-subdir", "-s", 0, "", "do not generate any subdirectories (default)", false),
    SERIES_DATE_SUBDIR("--series-date-subdir", "+ssd", 0, "", "generate subdirectories from series date", false),
    DEFAULT_FILENAMES("--default-filenames", "+fd", 0, "", "generate filename from instance UID (default)", false),
    UNIQUE_FILENAMES("--unique-filenames", "+fu", 0, "", "generate unique filename based on new UID", false),
    SHORT_UNIQUE_NAMES("--short-unique-names", "+fsu", 0, "", "generate short pseudo-random unique filename", false),
    SYSTEM_TIME_NAMES("--system-time-names", "+fst", 0, "", "generate filename from current system time", false),
    FILENAME_EXTENSION("--filename-extension", "-fe", 1, "[e]xtension: string (default: none)",
            "append e to all generated filenames", false),
    NORMAL("--normal", "-B", 0, "", "allow implicit format conversions (default)", false),
    BIT_PRESERVING("--bit-preserving", "+B", 0, "", "write dataset exactly as received", false),
    IGNORE("--ignore", "", 0, "", "ignore dataset, receive but do not store it", false),

    // ours
    ROUTES("--routes", "", 1, "[f]ilename: string",
            "run the YAML routes in file f instead of the\ndefault folder route (repeatable); f may name\na route shipped with the receiver, e.g.\nreceive-to-s3", false),
    ACCEPT_ALL("--accept-all", "", 0, "",
            "accept all Storage SOP Classes in all transfer\nsyntaxes (instead of --config-file)", false),
    MAX_ASSOCIATIONS("--max-associations", "", 1, "[n]umber: integer (1..65535, default: 25)",
            "serve up to n associations at the same time", false);

    private static final Map<String, Option> BY_NAME = Stream.concat(
                    Arrays.stream(values()).map(option -> Map.entry(option.longName, option)),
                    Arrays.stream(values()).filter(option -> !option.shortName.isEmpty())
                            .map(option -> Map.entry(option.shortName, option)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String longName;
    private final String shortName;
    private final int valueCount;
    private final String valueDescription;
    private final String description;
    private final boolean exclusive;

    Option(String longName, String shortName, int valueCount, String valueDescription, String description,
            boolean exclusive) {
        this.longName = longName;
        this.shortName = shortName;
        this.valueCount = valueCount;
        this.valueDescription = valueDescription;
        this.description = description;
        this.exclusive = exclusive;
    }

    /** The option a command line argument names, by its exact long or short name. */
    static Optional<Option> named(String argument) {
        return Optional.ofNullable(BY_NAME.get(argument));
    }

    String longName() {
        return longName;
    }

    String shortName() {
        return shortName;
    }

    int valueCount() {
        return valueCount;
    }

    String valueDescription() {
        return valueDescription;
    }

    String description() {
        return description;
    }

    /** Options that make dcmrecv ignore missing or extra parameters: help, version, cipher list. */
    boolean exclusive() {
        return exclusive;
    }
}
