package io.github.cameldicom.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registry of every Storage SOP Class of the standard (PS3.4 Annex B.5, PS3.6 Table A-1), retired ones included,
 * joined with what DCMTK 3.6.7 knows of each: its symbolic name and the modality prefix dcmrecv uses in file names.
 * Loaded once from {@code storage-sop-classes.tsv} and {@code dcmtk-uid-names.tsv}.
 */
public final class StorageSopClasses {

    /** The prefix dcmrecv 3.6.7 uses in default, {@code +fu} and {@code +fst} file names when DCMTK has none. */
    public static final String UNKNOWN_MODALITY_PREFIX = "UNKNOWN";

    private static final Map<String, SopClass> BY_UID;
    private static final Map<String, String> DCMTK_NAME_BY_UID;
    private static final Map<String, String> UID_BY_DCMTK_NAME;
    private static final Map<String, String> DCMTK_MODALITY_BY_UID;

    static {
        Map<String, String> nameByUid = new LinkedHashMap<>();
        Map<String, String> uidByName = new LinkedHashMap<>();
        Map<String, String> modalityByUid = new LinkedHashMap<>();
        for (String[] row : TsvResource.read("dcmtk-uid-names.tsv", 3)) {
            nameByUid.put(row[0], row[1]);
            if (uidByName.put(row[1], row[0]) != null) {
                throw new IllegalStateException("duplicate DCMTK name " + row[1]);
            }
            String modality = TsvResource.optional(row[2]);
            if (modality != null) {
                modalityByUid.put(row[0], modality);
            }
        }
        for (TransferSyntax ts : TransferSyntaxes.all()) {
            if (ts.dcmtkName() != null) {
                nameByUid.put(ts.uid(), ts.dcmtkName());
            }
        }
        Map<String, SopClass> byUid = new LinkedHashMap<>();
        for (String[] row : TsvResource.read("storage-sop-classes.tsv", 3)) {
            SopClass sopClass = new SopClass(row[0], row[1], nameByUid.get(row[0]), modalityByUid.get(row[0]));
            if (byUid.put(sopClass.uid(), sopClass) != null) {
                throw new IllegalStateException("duplicate storage SOP class " + sopClass.uid());
            }
        }
        BY_UID = Collections.unmodifiableMap(byUid);
        DCMTK_NAME_BY_UID = Collections.unmodifiableMap(nameByUid);
        UID_BY_DCMTK_NAME = Collections.unmodifiableMap(uidByName);
        DCMTK_MODALITY_BY_UID = Collections.unmodifiableMap(modalityByUid);
    }

    private StorageSopClasses() {
    }

    /** Every Storage SOP Class of the standard, in UID order. */
    public static List<SopClass> all() {
        return List.copyOf(BY_UID.values());
    }

    /** Whether the UID names a Storage SOP Class of the standard. */
    public static boolean isStorage(String uid) {
        return BY_UID.containsKey(uid);
    }

    /** The Storage SOP Class with this UID. */
    public static Optional<SopClass> lookup(String uid) {
        return Optional.ofNullable(BY_UID.get(uid));
    }

    /**
     * The modality prefix dcmrecv 3.6.7 puts in default, {@code +fu} and {@code +fst} file names: what DCMTK's
     * {@code dcmSOPClassUIDToModality()} returns, or {@value #UNKNOWN_MODALITY_PREFIX} for a UID DCMTK 3.6.7 has no
     * prefix for (unknown, private, non-storage or newer than DCMTK 3.6.7).
     */
    public static String modalityPrefix(String sopClassUid) {
        return modalityPrefix(sopClassUid, UNKNOWN_MODALITY_PREFIX);
    }

    /**
     * The modality prefix with a caller-chosen fallback; dcmrecv's {@code +fsu} short names use {@code XX}.
     */
    public static String modalityPrefix(String sopClassUid, String fallback) {
        String prefix = sopClassUid == null ? null : DCMTK_MODALITY_BY_UID.get(sopClassUid);
        return prefix == null ? fallback : prefix;
    }

    /**
     * The UID for a DCMTK 3.6.7 symbolic SOP Class name as used in association profiles ({@code storescp.cfg}
     * PresentationContexts), e.g. {@code VerificationSOPClass} or {@code CTImageStorage}. Covers every name of
     * DCMTK 3.6.7's UID dictionary except transfer syntaxes (see {@link TransferSyntaxes#byDcmtkName(String)}).
     * Names are case-sensitive, as in DCMTK.
     */
    public static Optional<String> uidByDcmtkName(String name) {
        return Optional.ofNullable(UID_BY_DCMTK_NAME.get(name));
    }

    /** DCMTK 3.6.7's symbolic name for any UID it knows (SOP classes, transfer syntaxes, well-known instances). */
    public static Optional<String> dcmtkName(String uid) {
        return Optional.ofNullable(DCMTK_NAME_BY_UID.get(uid));
    }
}
