package io.github.cameldicom.data;

/**
 * A Transfer Syntax: how a data set is encoded (PS3.5 §10 and Annex A; UIDs from PS3.6 Table A-1).
 *
 * @param uid          the Transfer Syntax UID
 * @param name         the UID name from PS3.6 Table A-1
 * @param dcmtkName    DCMTK 3.6.7's symbolic name (as used in {@code storescp.cfg}), or {@code null} if DCMTK 3.6.7
 *                     does not know this syntax
 * @param explicitVr   whether data elements carry their VR (PS3.5 §7.1.2) rather than relying on the dictionary
 *                     (PS3.5 §7.1.3)
 * @param bigEndian    whether binary values and headers are big endian (PS3.5 §7.3)
 * @param deflated     whether the data set after the File Meta Information is compressed with raw deflate, RFC 1951
 *                     (PS3.5 §10 and Annex A.5)
 * @param encapsulated whether Pixel Data is encapsulated in fragments (PS3.5 §A.4)
 * @param retired      whether the standard has retired the syntax
 */
public record TransferSyntax(String uid, String name, String dcmtkName, boolean explicitVr, boolean bigEndian,
        boolean deflated, boolean encapsulated, boolean retired) {
}
