package io.github.cameldicom.profile;

import io.github.cameldicom.profile.ProfileFile.Context;
import io.github.cameldicom.profile.ProfileFile.Profile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The association negotiation profiles of one DCMTK configuration file, as {@code dcmrecv -xf FILE PROFILE} and
 * {@code storescp -xf} load it (format: DCMTK 3.6.7 {@code asconfig.txt}; example: {@code /etc/dcmtk/storescp.cfg}).
 * The whole file is checked when it is loaded, as DCMTK checks it; whether a profile suits an acceptor is checked when
 * its policy is asked for. Profile names ignore case and white space, as in DCMTK.
 *
 * <p>Immutable.
 */
public final class AssociationProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(AssociationProfiles.class);

    private final String file;
    private final Map<String, Profile> profiles;
    private final List<String> warnings;

    private AssociationProfiles(String file, Map<String, Profile> profiles, List<String> warnings) {
        this.file = file;
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads and checks a profile file. Bytes are read as ISO 8859-1, so any byte is a character; the format itself
     * is ASCII.
     *
     * @throws IOException      when the file cannot be read
     * @throws ProfileException when the file is not a valid association configuration (dcmrecv exit code 66)
     */
    public static AssociationProfiles load(Path file) throws IOException, ProfileException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        String name = file.toString();
        List<String> warnings = new ArrayList<>();
        Map<String, Profile> profiles = ProfileFile.read(ConfigFile.parse(name, lines, warnings), warnings);
        LOG.debug("Loaded association profiles {} from {}", profiles.keySet(), name);
        return new AssociationProfiles(name, profiles, warnings);
    }

    /**
     * What the file has that DCMTK ignores, and so is ignored here too, one message per thing: for the loader to
     * log once, however often the file is read.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** The profile names as written in the {@code [[Profiles]]} section headings, in file order. */
    public Set<String> profileNames() {
        Set<String> names = new LinkedHashSet<>();
        profiles.values().forEach(profile -> names.add(profile.name()));
        return Collections.unmodifiableSet(names);
    }

    /**
     * The acceptance policy of a profile. Like DCMTK's {@code DcmSCPConfig::checkAssociationProfile}, this refuses a
     * profile an acceptor cannot use: one whose presentation context list has the same abstract syntax twice
     * ({@code isValidSCPProfile}), whatever the transfer syntaxes of the two entries.
     *
     * @param profileName the profile, in any case and spacing ({@code default} finds {@code [Default]})
     * @throws ProfileException when the file has no such profile or the profile is not valid for an acceptor
     */
    public ProfileAcceptancePolicy policy(String profileName) throws ProfileException {
        Profile profile = profiles.get(ConfigFile.reference(profileName));
        if (profile == null) {
            throw new ProfileException(file + ": [[Profiles]] has no profile '" + profileName + "'; it has "
                    + String.join(", ", profileNames()));
        }
        Map<String, List<String>> transferSyntaxes = new LinkedHashMap<>();
        Map<String, Context> first = new LinkedHashMap<>();
        for (Context context : profile.contexts()) {
            Context earlier = first.putIfAbsent(context.abstractSyntax(), context);
            if (earlier != null) {
                throw new ProfileException(profile.location() + ": not valid for an acceptor, which must list each"
                        + " abstract syntax once: " + context.abstractSyntax() + " is listed by "
                        + earlier.location() + " and by " + context.location());
            }
            transferSyntaxes.put(context.abstractSyntax(), context.transferSyntaxes());
        }
        return new ProfileAcceptancePolicy(profile.name(), transferSyntaxes, profile.roles(),
                profile.extendedNegotiation());
    }

    @Override
    public String toString() {
        return "AssociationProfiles[" + file + ", " + profileNames() + "]";
    }
}
