package io.github.cameldicom.profile;

import io.github.cameldicom.profile.ConfigFile.Entry;
import io.github.cameldicom.profile.ConfigFile.Section;
import io.github.cameldicom.profile.ConfigFile.Supersection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the five supersections of an association profile file (DCMTK {@code asconfig.txt} §2) in DCMTK's order and
 * with its checks ({@code DcmAssociationConfigurationFile} and {@code DcmAssociationConfiguration::addProfile}):
 * transfer syntax lists, presentation context lists, role selection lists, extended negotiation lists, profiles.
 * Transfer syntaxes, presentation contexts and profiles are mandatory. Sections of the same name within a supersection
 * add to the same list, as in DCMTK; other supersections are ignored with a warning, as DCMTK ignores them.
 */
final class ProfileFile {

    private static final String TRANSFER_SYNTAXES = "TransferSyntaxes";
    private static final String PRESENTATION_CONTEXTS = "PresentationContexts";
    private static final String ROLE_SELECTION = "SCPSCURoleSelection";
    private static final String EXTENDED_NEGOTIATION = "ExtendedNegotiation";
    private static final String PROFILES = "Profiles";

    /** DCMTK refuses more than 2047 hex digits of extended negotiation data (its buffer holds 1024 bytes). */
    private static final int MAX_EXTENDED_NEGOTIATION_HEX_DIGITS = 2047;

    /** One entry of a presentation context list, resolved. */
    record Context(String abstractSyntax, List<String> transferSyntaxes, String location) {
        Context {
            transferSyntaxes = List.copyOf(transferSyntaxes);
        }
    }

    /** A profile of {@code [[Profiles]]} with the lists it names. */
    record Profile(String name, String location, List<Context> contexts, Map<String, Role> roles,
                   Map<String, byte[]> extendedNegotiation) {
        Profile {
            contexts = List.copyOf(contexts);
            roles = Map.copyOf(roles);
            extendedNegotiation = Map.copyOf(extendedNegotiation);
        }
    }

    private final ConfigFile config;
    private final Map<String, List<String>> transferSyntaxLists = new LinkedHashMap<>();
    private final Map<String, List<Context>> contextLists = new LinkedHashMap<>();
    private final Map<String, Map<String, Role>> roleLists = new LinkedHashMap<>();
    private final Map<String, Map<String, byte[]>> extendedNegotiationLists = new LinkedHashMap<>();
    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final List<String> warnings;

    private ProfileFile(ConfigFile config, List<String> warnings) {
        this.config = config;
        this.warnings = warnings;
    }

    /**
     * The profiles of the file by their key ({@link ConfigFile#keyword}), in file order; what is ignored, as DCMTK
     * ignores it, is added to {@code warnings}.
     */
    static Map<String, Profile> read(ConfigFile config, List<String> warnings) throws ProfileException {
        List<String> known = List.of(TRANSFER_SYNTAXES, PRESENTATION_CONTEXTS, ROLE_SELECTION, EXTENDED_NEGOTIATION,
                PROFILES);
        for (Supersection supersection : config.supersections()) {
            if (known.stream().noneMatch(name -> ConfigFile.keyword(name).equals(supersection.key()))) {
                warnings.add(config.name() + " line " + supersection.line() + ": [[" + supersection.name()
                             + "]] is ignored, as DCMTK ignores it: it is none of [[" + String.join("]], [[", known)
                             + "]]");
            }
        }
        ProfileFile file = new ProfileFile(config, warnings);
        file.readTransferSyntaxes();
        // each list is made immutable once, so that every context and profile naming it shares it instead of
        // copying it (List.copyOf and Map.copyOf return an immutable argument as it is): copies made memory
        // quadratic in the size of the file
        file.transferSyntaxLists.replaceAll((name, list) -> List.copyOf(list));
        file.readPresentationContexts();
        file.contextLists.replaceAll((name, list) -> List.copyOf(list));
        file.readRoles();
        file.roleLists.replaceAll((name, roles) -> Map.copyOf(roles));
        file.readExtendedNegotiation();
        file.extendedNegotiationLists.replaceAll((name, data) -> Map.copyOf(data));
        file.readProfiles();
        return file.profiles;
    }

    private void readTransferSyntaxes() throws ProfileException {
        Supersection supersection = required(TRANSFER_SYNTAXES);
        for (Section section : supersection.sections()) {
            for (Entry entry : numbered(supersection, section, "TransferSyntax")) {
                String uid = DcmtkUids.resolve(entry.value()).orElseThrow(() -> error(supersection, section, entry,
                        quote(entry.value()) + " is neither a UID nor a DCMTK transfer syntax name"));
                transferSyntaxLists.computeIfAbsent(section.key(), k -> new ArrayList<>()).add(uid);
            }
        }
    }

    private void readPresentationContexts() throws ProfileException {
        Supersection supersection = required(PRESENTATION_CONTEXTS);
        for (Section section : supersection.sections()) {
            for (Entry entry : numbered(supersection, section, "PresentationContext")) {
                String[] parts = split(supersection, section, entry, "transfer syntax list");
                List<String> transferSyntaxes = transferSyntaxLists.get(ConfigFile.reference(parts[1]));
                if (transferSyntaxes == null) {
                    throw error(supersection, section, entry, "transfer syntax list " + quote(parts[1])
                            + " is not a section of [[" + TRANSFER_SYNTAXES + "]]");
                }
                String abstractSyntax = abstractSyntax(supersection, section, entry, parts[0]);
                contextLists.computeIfAbsent(section.key(), k -> new ArrayList<>())
                        .add(new Context(abstractSyntax, transferSyntaxes, location(supersection, section, entry)));
            }
        }
    }

    private void readRoles() throws ProfileException {
        Optional<Supersection> optional = config.supersection(ConfigFile.keyword(ROLE_SELECTION), warnings);
        if (optional.isEmpty()) {
            return;
        }
        Supersection supersection = optional.get();
        for (Section section : supersection.sections()) {
            for (Entry entry : numbered(supersection, section, "Role")) {
                String[] parts = split(supersection, section, entry, "role");
                Role role = role(parts[1]).orElseThrow(() -> error(supersection, section, entry,
                        "role " + quote(parts[1]) + " is not SCU, SCP or BOTH"));
                String sopClass = abstractSyntax(supersection, section, entry, parts[0]);
                Map<String, Role> list = roleLists.computeIfAbsent(section.key(), k -> new LinkedHashMap<>());
                if (list.putIfAbsent(sopClass, role) != null) {
                    throw error(supersection, section, entry, "a role for " + sopClass + " is already defined");
                }
            }
        }
    }

    private void readExtendedNegotiation() throws ProfileException {
        Optional<Supersection> optional = config.supersection(ConfigFile.keyword(EXTENDED_NEGOTIATION), warnings);
        if (optional.isEmpty()) {
            return;
        }
        Supersection supersection = optional.get();
        for (Section section : supersection.sections()) {
            for (Entry entry : numbered(supersection, section, "ExtendedNegotiation")) {
                String[] parts = split(supersection, section, entry, "hex data");
                byte[] data = hex(supersection, section, entry, parts[1]);
                String sopClass = abstractSyntax(supersection, section, entry, parts[0]);
                Map<String, byte[]> list = extendedNegotiationLists.computeIfAbsent(section.key(),
                        k -> new LinkedHashMap<>());
                if (list.putIfAbsent(sopClass, data) != null) {
                    throw error(supersection, section, entry,
                            "extended negotiation for " + sopClass + " is already defined");
                }
            }
        }
    }

    private void readProfiles() throws ProfileException {
        Supersection supersection = required(PROFILES);
        for (Section section : supersection.sections()) {
            Entry contexts = section.entry(ConfigFile.keyword(PRESENTATION_CONTEXTS)).orElseThrow(
                    () -> new ProfileException(config.name() + ": [[" + supersection.name() + "]] ["
                            + section.name() + "] (line " + section.line() + ") has no " + PRESENTATION_CONTEXTS
                            + " entry"));
            List<Context> contextList = lookUp(contextLists, supersection, section, contexts, PRESENTATION_CONTEXTS);
            Map<String, Role> roles = Map.of();
            Optional<Entry> roleEntry = section.entry(ConfigFile.keyword(ROLE_SELECTION));
            if (roleEntry.isPresent()) {
                roles = lookUp(roleLists, supersection, section, roleEntry.get(), ROLE_SELECTION);
                requireInContexts(roles.keySet(), contextList, supersection, section, roleEntry.get(), contexts);
            }
            Map<String, byte[]> extendedNegotiation = Map.of();
            Optional<Entry> extendedEntry = section.entry(ConfigFile.keyword(EXTENDED_NEGOTIATION));
            if (extendedEntry.isPresent()) {
                extendedNegotiation = lookUp(extendedNegotiationLists, supersection, section, extendedEntry.get(),
                        EXTENDED_NEGOTIATION);
                requireInContexts(extendedNegotiation.keySet(), contextList, supersection, section,
                        extendedEntry.get(), contexts);
            }
            List<Entry> used = new ArrayList<>(List.of(contexts));
            roleEntry.ifPresent(used::add);
            extendedEntry.ifPresent(used::add);
            warnIgnored(supersection, section, used);
            Profile profile = new Profile(section.name(), config.name() + ": [[" + supersection.name() + "]] ["
                    + section.name() + "] (line " + section.line() + ")", contextList, roles, extendedNegotiation);
            if (profiles.putIfAbsent(section.key(), profile) != null) {
                throw new ProfileException(profile.location() + ": a profile named " + section.key()
                        + " is already defined");
            }
        }
    }

    private <T> T lookUp(Map<String, T> lists, Supersection supersection, Section section, Entry entry,
                         String listSupersection) throws ProfileException {
        T list = lists.get(ConfigFile.reference(entry.value()));
        if (list == null) {
            throw error(supersection, section, entry, quote(entry.value()) + " is not a section of [["
                    + listSupersection + "]]");
        }
        return list;
    }

    private void requireInContexts(Iterable<String> sopClasses, List<Context> contexts, Supersection supersection,
                                   Section section, Entry entry, Entry contextsEntry) throws ProfileException {
        Set<String> abstractSyntaxes = new HashSet<>();
        contexts.forEach(c -> abstractSyntaxes.add(c.abstractSyntax()));
        for (String sopClass : sopClasses) {
            if (!abstractSyntaxes.contains(sopClass)) {
                throw error(supersection, section, entry, quote(entry.value()) + " names " + sopClass
                        + ", which presentation context list " + quote(contextsEntry.value()) + " does not have");
            }
        }
    }

    private Supersection required(String name) throws ProfileException {
        return config.supersection(ConfigFile.keyword(name), warnings).orElseThrow(
                () -> new ProfileException(config.name() + ": no [[" + name + "]] supersection"));
    }

    /**
     * The entries {@code Prefix1}, {@code Prefix2}, ... up to the first number that is missing, as DCMTK reads them;
     * every other entry of the section is ignored with a warning.
     */
    private List<Entry> numbered(Supersection supersection, Section section, String prefix) {
        List<Entry> entries = new ArrayList<>();
        String keyPrefix = ConfigFile.keyword(prefix);
        Map<String, Entry> firstByKey = firstByKey(section);
        for (int n = 1; ; n++) {
            Entry entry = firstByKey.get(keyPrefix + n);
            if (entry == null) {
                break;
            }
            entries.add(entry);
        }
        warnIgnored(supersection, section, entries);
        return entries;
    }

    private void warnIgnored(Supersection supersection, Section section, List<Entry> used) {
        Set<Entry> usedEntries = Collections.newSetFromMap(new IdentityHashMap<>());
        usedEntries.addAll(used);
        Map<String, Entry> firstByKey = firstByKey(section);
        for (Entry entry : section.entries()) {
            if (!usedEntries.contains(entry)) {
                boolean repeated = firstByKey.get(entry.key()) != entry;
                warnings.add(location(supersection, section, entry) + ": ignored, as DCMTK ignores it: "
                             + (repeated ? "the key is repeated and only its first entry counts"
                                     : "the key is unknown here or not in the numbered sequence"));
            }
        }
    }

    /**
     * Each key's first entry in the section, the one DCMTK uses (see {@link Section#entry}); one pass, so that reading
     * a section stays linear in its number of entries.
     */
    private static Map<String, Entry> firstByKey(Section section) {
        Map<String, Entry> first = new HashMap<>();
        for (Entry entry : section.entries()) {
            first.putIfAbsent(entry.key(), entry);
        }
        return first;
    }

    private String[] split(Supersection supersection, Section section, Entry entry, String second)
            throws ProfileException {
        int separator = entry.value().indexOf('\\');
        if (separator < 0) {
            throw error(supersection, section, entry, quote(entry.value()) + " has no '\\' between SOP class and "
                    + second);
        }
        return new String[] {entry.value().substring(0, separator).strip(),
                entry.value().substring(separator + 1).strip()};
    }

    private String abstractSyntax(Supersection supersection, Section section, Entry entry, String value)
            throws ProfileException {
        return DcmtkUids.resolve(value).orElseThrow(() -> error(supersection, section, entry,
                quote(value) + " is neither a UID nor a DCMTK SOP class name"));
    }

    private static Optional<Role> role(String text) {
        String reference = ConfigFile.reference(text);
        for (Role role : Role.values()) {
            if (role.name().equals(reference)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private byte[] hex(Supersection supersection, Section section, Entry entry, String digits)
            throws ProfileException {
        if (digits.length() > MAX_EXTENDED_NEGOTIATION_HEX_DIGITS) {
            throw error(supersection, section, entry, "more than " + MAX_EXTENDED_NEGOTIATION_HEX_DIGITS
                    + " hex digits, which DCMTK cannot handle");
        }
        if (digits.length() % 2 != 0 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw error(supersection, section, entry, quote(digits) + " is not an even number of hex digits");
        }
        return HexFormat.of().parseHex(digits);
    }

    private ProfileException error(Supersection supersection, Section section, Entry entry, String problem) {
        return new ProfileException(location(supersection, section, entry) + ": " + problem);
    }

    private String location(Supersection supersection, Section section, Entry entry) {
        return config.name() + ": [[" + supersection.name() + "]] [" + section.name() + "] " + entry.name()
                + " (line " + entry.line() + ")";
    }

    private static String quote(String value) {
        return "'" + value.replace("\n", "\\n") + "'";
    }
}
