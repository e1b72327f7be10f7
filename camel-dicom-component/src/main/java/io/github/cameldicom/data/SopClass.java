package io.github.cameldicom.data;

/**
 * A Storage SOP Class (PS3.4 Annex B.5, Table B.5-1; UIDs and keywords from PS3.6 Table A-1).
 *
 * @param uid            the SOP Class UID
 * @param keyword        the keyword of PS3.6 Table A-1, e.g. {@code CTImageStorage}
 * @param dcmtkName      DCMTK 3.6.7's symbolic name, e.g. {@code RETIRED_UltrasoundImageStorage}, or {@code null}
 *                       if DCMTK 3.6.7 does not know the class
 * @param modalityPrefix the short name DCMTK 3.6.7's {@code dcmSOPClassUIDToModality()} returns for the class (e.g.
 *                       {@code CT}, {@code MR}, {@code SRd}), which dcmrecv puts in file names, or {@code null} if
 *                       DCMTK 3.6.7 has none; see {@link StorageSopClasses#modalityPrefix(String)} for the fallback
 */
public record SopClass(String uid, String keyword, String dcmtkName, String modalityPrefix) {
}
