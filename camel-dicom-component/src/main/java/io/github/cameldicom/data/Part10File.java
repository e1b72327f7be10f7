package io.github.cameldicom.data;

import java.io.InputStream;

/**
 * A Part 10 file opened by {@link Part10Reader}: its File Meta Information and the stream positioned at the first
 * byte of the data set (PS3.10 §7.1).
 *
 * @param meta    the File Meta Information
 * @param dataSet the rest of the file: the data set, encoded in the syntax {@code meta} names
 */
public record Part10File(FileMetaInformation meta, InputStream dataSet) {

    /**
     * The Transfer Syntax of the data set.
     *
     * @throws DicomDataException if the meta information names none, or one the standard does not define
     */
    public TransferSyntax transferSyntax() throws DicomDataException {
        String uid = meta.transferSyntaxUid();
        if (uid == null) {
            throw new DicomDataException("the File Meta Information has no (0002,0010) Transfer Syntax UID");
        }
        return TransferSyntaxes.lookup(uid)
                .orElseThrow(() -> new DicomDataException("unknown Transfer Syntax UID " + uid));
    }
}
