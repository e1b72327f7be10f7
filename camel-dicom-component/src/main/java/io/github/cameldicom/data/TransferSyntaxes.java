package io.github.cameldicom.data;

import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registry of every Transfer Syntax in PS3.6 Table A-1 (PS3.5 Annex A), retired ones included, loaded once from
 * {@code transfer-syntaxes.tsv}.
 */
public final class TransferSyntaxes {

    private static final Map<String, TransferSyntax> BY_UID;
    private static final Map<String, TransferSyntax> BY_DCMTK_NAME;

    static {
        Map<String, TransferSyntax> byUid = new LinkedHashMap<>();
        Map<String, TransferSyntax> byName = new LinkedHashMap<>();
        for (String[] row : TsvResource.read("transfer-syntaxes.tsv", 8)) {
            TransferSyntax ts = new TransferSyntax(row[0], row[7], TsvResource.optional(row[1]),
                    TsvResource.bool(row[2]), TsvResource.bool(row[3]), TsvResource.bool(row[4]),
                    TsvResource.bool(row[5]), TsvResource.bool(row[6]));
            if (byUid.put(ts.uid(), ts) != null) {
                throw new IllegalStateException("duplicate transfer syntax " + ts.uid());
            }
            if (ts.dcmtkName() != null) {
                byName.put(ts.dcmtkName(), ts);
            }
        }
        BY_UID = Collections.unmodifiableMap(byUid);
        BY_DCMTK_NAME = Collections.unmodifiableMap(byName);
    }

    /** Implicit VR Little Endian, 1.2.840.10008.1.2, the default Transfer Syntax (PS3.5 §10.1, Annex A.1). */
    public static final TransferSyntax IMPLICIT_VR_LITTLE_ENDIAN = require("1.2.840.10008.1.2");
    /** Explicit VR Little Endian, 1.2.840.10008.1.2.1 (PS3.5 Annex A.2). */
    public static final TransferSyntax EXPLICIT_VR_LITTLE_ENDIAN = require("1.2.840.10008.1.2.1");
    /** Explicit VR Big Endian (retired), 1.2.840.10008.1.2.2 (PS3.5 Annex A.3). */
    public static final TransferSyntax EXPLICIT_VR_BIG_ENDIAN = require("1.2.840.10008.1.2.2");
    /** Deflated Explicit VR Little Endian, 1.2.840.10008.1.2.1.99 (PS3.5 Annex A.5). */
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN = require("1.2.840.10008.1.2.1.99");

    private TransferSyntaxes() {
    }

    /** The Transfer Syntax with this UID, if the standard defines it. */
    public static Optional<TransferSyntax> lookup(String uid) {
        return Optional.ofNullable(BY_UID.get(uid));
    }

    /**
     * The Transfer Syntax for one of DCMTK 3.6.7's symbolic names as written in association profiles such as
     * {@code /etc/dcmtk/storescp.cfg}: the names of DCMTK's UID dictionary ({@code LittleEndianImplicit},
     * {@code JPEGBaseline}, {@code JPEGExtended:Process2+4}, ...) plus the profile aliases
     * {@code LocalEndianExplicit} and {@code OppositeEndianExplicit}, which name Explicit VR in this machine's byte
     * order and in the other one. Names are case-sensitive, as in DCMTK.
     */
    public static Optional<TransferSyntax> byDcmtkName(String name) {
        boolean littleEndianHost = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
        switch (name) {
            case "LocalEndianExplicit":
                return Optional.of(littleEndianHost ? EXPLICIT_VR_LITTLE_ENDIAN : EXPLICIT_VR_BIG_ENDIAN);
            case "OppositeEndianExplicit":
                return Optional.of(littleEndianHost ? EXPLICIT_VR_BIG_ENDIAN : EXPLICIT_VR_LITTLE_ENDIAN);
            default:
                return Optional.ofNullable(BY_DCMTK_NAME.get(name));
        }
    }

    /** Every Transfer Syntax of the standard, in UID order. */
    public static List<TransferSyntax> all() {
        return List.copyOf(BY_UID.values());
    }

    private static TransferSyntax require(String uid) {
        return lookup(uid).orElseThrow(() -> new IllegalStateException("transfer-syntaxes.tsv lacks " + uid));
    }
}
