package io.github.cameldicom.receiver;

import io.github.cameldicom.receiver.HelpEntry.Group;
import io.github.cameldicom.receiver.HelpEntry.Note;
import io.github.cameldicom.receiver.HelpEntry.SubGroup;
import java.util.List;

/**
 * The text of {@code dcmrecv --help}, laid out as DCMTK lays it out (columns, indents, continuation lines), with our
 * own options in a last section so that everything above it reads exactly as dcmrecv's help.
 */
final class HelpText {

    private static final int LONG_COLUMNS = 21;
    private static final int SHORT_COLUMNS = 4;
    private static final int COLUMN_SPACE = 2;
    private static final int GROUP_INDENT = 2;
    private static final int SUB_GROUP_INDENT = 4;
    private static final int PARAMETER_COLUMNS = LONG_COLUMNS + SHORT_COLUMNS + 4;

    private static final List<HelpEntry> ENTRIES = List.of(
            new Group("general options:", SHORT_COLUMNS + 2),
            Option.HELP, Option.VERSION, Option.ARGUMENTS, Option.QUIET, Option.VERBOSE, Option.DEBUG,
            Option.LOG_LEVEL, Option.LOG_CONFIG, Option.VERBOSE_PC,
            new Group("network options:", SHORT_COLUMNS),
            new SubGroup("association negotiation profile from configuration file:"),
            Option.CONFIG_FILE,
            new SubGroup("application entity title:"),
            Option.AETITLE, Option.USE_CALLED_AETITLE,
            new SubGroup("other network options:"),
            Option.ACSE_TIMEOUT, Option.DIMSE_TIMEOUT, Option.MAX_PDU, Option.DISABLE_HOST_LOOKUP,
            new Group("transport layer security (TLS) options:", SHORT_COLUMNS),
            new SubGroup("transport protocol stack:"),
            Option.DISABLE_TLS, Option.ENABLE_TLS,
            new SubGroup("private key password (only with --enable-tls):"),
            Option.STD_PASSWD, Option.USE_PASSWD, Option.NULL_PASSWD,
            new SubGroup("key and certificate file format:"),
            Option.PEM_KEYS, Option.DER_KEYS,
            new SubGroup("certification authority:"),
            Option.ADD_CERT_FILE, Option.ADD_CERT_DIR, Option.ADD_CRL_FILE, Option.ENABLE_CRL_VFY,
            Option.ENABLE_CRL_ALL,
            new SubGroup("security profile:"),
            Option.PROFILE_BCP195_ND, Option.PROFILE_BCP195, Option.PROFILE_BCP195_EX, Option.PROFILE_AES,
            Option.PROFILE_NULL,
            new SubGroup("ciphersuite:"),
            Option.LIST_CIPHERS, Option.CIPHER, Option.DHPARAM,
            new SubGroup("pseudo random generator:"),
            Option.SEED, Option.WRITE_SEED, Option.WRITE_SEED_FILE,
            new SubGroup("peer authentication:"),
            Option.REQUIRE_PEER_CERT, Option.VERIFY_PEER_CERT, Option.IGNORE_PEER_CERT,
            new Group("output options:", SHORT_COLUMNS),
            new SubGroup("general:"),
            Option.OUTPUT_DIRECTORY,
            new SubGroup("subdirectory generation:"),
            Option.NO_SUBDIR, Option.SERIES_DATE_SUBDIR,
            new SubGroup("filename generation:"),
            Option.DEFAULT_FILENAMES, Option.UNIQUE_FILENAMES, Option.SHORT_UNIQUE_NAMES, Option.SYSTEM_TIME_NAMES,
            Option.FILENAME_EXTENSION,
            new SubGroup("storage mode:"),
            Option.NORMAL, Option.BIT_PRESERVING, Option.IGNORE,
            new Group("camel-dicom options (not in dcmrecv):", SHORT_COLUMNS),
            new SubGroup("Camel routes:"),
            Option.ROUTES,
            new SubGroup("association negotiation:"),
            Option.ACCEPT_ALL, Option.MAX_ASSOCIATIONS,
            new SubGroup("security profile:"),
            Option.PROFILE_BASIC,
            new SubGroup("dcmrecv limitations lifted:"),
            new Note("several associations are served at the same time (dcmrecv serves"),
            new Note("one at a time); see --max-associations"),
            new Note("--bit-preserving works with --series-date-subdir: the Series Date"),
            new Note("is read while the data set streams into its file"));

    private HelpText() {
    }

    /** The whole help text: the program header, the usage line, the parameter and the options. */
    static String render() {
        StringBuilder text = new StringBuilder(ProgramInfo.header());
        text.append("usage: ").append(ProgramInfo.NAME).append(" [options] port\n");
        text.append('\n');
        text.append("parameters:\n");
        text.append(" ".repeat(GROUP_INDENT)).append(pad("port", PARAMETER_COLUMNS + COLUMN_SPACE))
                .append("tcp/ip port number to listen on\n");
        text.append('\n');
        appendOptions(text);
        text.append('\n');
        return text.toString();
    }

    private static void appendOptions(StringBuilder text) {
        int indent = 0;
        int shortColumns = SHORT_COLUMNS;
        for (HelpEntry entry : ENTRIES) {
            if (entry instanceof Group) {
                Group group = (Group) entry;
                text.append(group.title()).append('\n');
                indent = GROUP_INDENT;
                shortColumns = group.shortColumns();
            } else if (entry instanceof SubGroup) {
                text.append(" ".repeat(GROUP_INDENT)).append(((SubGroup) entry).title()).append('\n');
                indent = SUB_GROUP_INDENT;
                shortColumns = SHORT_COLUMNS;
            } else if (entry instanceof Note) {
                text.append(" ".repeat(SUB_GROUP_INDENT)).append(((Note) entry).text()).append('\n');
            } else {
                appendOption(text, (Option) entry, indent, shortColumns);
            }
        }
    }

    private static void appendOption(StringBuilder text, Option option, int indent, int shortColumns) {
        int descriptionColumn = indent + shortColumns + LONG_COLUMNS + 2 * COLUMN_SPACE;
        String continuation = "\n" + " ".repeat(descriptionColumn);
        text.append(" ".repeat(indent))
                .append(pad(option.shortName(), shortColumns + COLUMN_SPACE))
                .append(pad(option.longName(), LONG_COLUMNS + COLUMN_SPACE));
        if (!option.valueDescription().isEmpty()) {
            text.append(option.valueDescription()).append(continuation);
        }
        text.append(option.description().replace("\n", continuation)).append('\n');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
