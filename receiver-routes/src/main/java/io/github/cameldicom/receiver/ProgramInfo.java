package io.github.cameldicom.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.Properties;

/**
 * Who we are, in the words dcmrecv uses for itself: the identification line, the name and description, and the
 * texts of {@code --version} and {@code --list-ciphers}.
 */
final class ProgramInfo {

    /** The name messages and the help text use: the receiver stands in for dcmrecv. */
    static final String NAME = "dcmrecv";
    static final String DESCRIPTION = "Simple DICOM storage SCP (receiver)";
    /** Used when the classes do not come from the packaged jar (tests, IDE). */
    private static final String FALLBACK_VERSION = "0.1.0";
    private static final String POM_PROPERTIES = "/META-INF/maven/io.github.cameldicom/receiver-routes/pom.properties";
    private static final String CAMEL_POM_PROPERTIES = "/META-INF/maven/org.apache.camel/camel-api/pom.properties";

    private ProgramInfo() {
    }

    /** Our version, from the jar's Maven metadata. */
    static String version() {
        return mavenVersion(POM_PROPERTIES).orElse(FALLBACK_VERSION);
    }

    /** The first line of every header, where dcmrecv prints {@code $dcmtk: dcmrecv v3.6.7 2022-04-22 $}. */
    static String identification() {
        return NAME + " (camel-dicom) " + version();
    }

    /** dcmrecv's header: identification, an empty line, name and description. */
    static String header() {
        return identification() + "\n\n" + NAME + ": " + DESCRIPTION + "\n";
    }

    /** The header followed by the host lines, as dcmrecv prints it for {@code --version} and {@code +cc}. */
    static String headerWithHostInfo() {
        return header()
                + "\n"
                + "Host type: " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n"
                + "Character encoding: " + Charset.defaultCharset().name() + "\n"
                + "Java runtime: " + System.getProperty("java.vendor") + " " + System.getProperty("java.version")
                + "\n";
    }

    /** The text of {@code --version}. */
    static String versionText() {
        Optional<String> camel = mavenVersion(CAMEL_POM_PROPERTIES);
        return headerWithHostInfo() + "\n"
                + camel.map(version -> "External libraries used:\n- Apache Camel " + version + "\n")
                        .orElse("External libraries used: none\n");
    }

    /** The text of {@code --list-ciphers}: the cipher suites this Java runtime supports. */
    static String cipherSuitesText() {
        StringBuilder text = new StringBuilder(headerWithHostInfo());
        text.append("Supported TLS ciphersuites are:\n");
        for (String suite : CipherSuites.supported()) {
            text.append("  ").append(suite).append('\n');
        }
        return text.toString();
    }

    private static Optional<String> mavenVersion(String resource) {
        try (InputStream in = ProgramInfo.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
