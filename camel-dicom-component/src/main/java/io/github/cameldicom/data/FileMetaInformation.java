package io.github.cameldicom.data;

/**
 * The File Meta Information of a Part 10 file, group 0002 (PS3.10 §7.1, Table 7.1-1). Values are without padding;
 * a value the file lacks is {@code null}.
 *
 * @param mediaStorageSopClassUid        (0002,0002) Media Storage SOP Class UID
 * @param mediaStorageSopInstanceUid     (0002,0003) Media Storage SOP Instance UID
 * @param transferSyntaxUid              (0002,0010) Transfer Syntax UID of the data set that follows
 * @param implementationClassUid         (0002,0012) Implementation Class UID of the writer
 * @param implementationVersionName      (0002,0013) Implementation Version Name of the writer (optional)
 * @param sourceApplicationEntityTitle   (0002,0016) Source Application Entity Title: the AE that sent the instance
 *                                       (optional)
 */
public record FileMetaInformation(String mediaStorageSopClassUid, String mediaStorageSopInstanceUid,
        String transferSyntaxUid, String implementationClassUid, String implementationVersionName,
        String sourceApplicationEntityTitle) {

    /**
     * The meta information this implementation writes for a received instance: our Implementation Class UID and
     * Version Name ({@link Uids}), and the calling AE title as Source Application Entity Title ({@code null} to omit
     * it).
     */
    public static FileMetaInformation of(String sopClass, String sopInstance, String transferSyntax,
            String sourceAe) {
        return new FileMetaInformation(sopClass, sopInstance, transferSyntax, Uids.IMPLEMENTATION_CLASS_UID,
                Uids.IMPLEMENTATION_VERSION_NAME, sourceAe);
    }
}
