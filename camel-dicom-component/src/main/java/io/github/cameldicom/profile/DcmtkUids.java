package io.github.cameldicom.profile;

import io.github.cameldicom.data.StorageSopClasses;
import io.github.cameldicom.data.TransferSyntax;
import io.github.cameldicom.data.TransferSyntaxes;

import java.util.Optional;

/**
 * UID values of association profiles as DCMTK 3.6.7 reads them ({@code DcmUIDHandler}): a value that starts with a
 * digit is a UID; anything else is a symbolic name of DCMTK's UID dictionary, optionally after a leading {@code =}
 * (as in {@code dump2dcm}), looked up case-sensitively, plus {@code LocalEndianExplicit} and
 * {@code OppositeEndianExplicit}. DCMTK has one dictionary for all UIDs, so a SOP class name is accepted in a transfer
 * syntax list and the other way round; this class does the same. The result must be made of digits and dots only,
 * which is all DCMTK checks.
 */
final class DcmtkUids {

    private DcmtkUids() {
    }

    /** The UID the value stands for, or empty when it is neither a UID nor a DCMTK name. */
    static Optional<String> resolve(String value) {
        String uid = value;
        if (!value.isEmpty() && (value.charAt(0) < '0' || value.charAt(0) > '9')) {
            String name = value.startsWith("=") ? value.substring(1) : value;
            uid = TransferSyntaxes.byDcmtkName(name).map(TransferSyntax::uid)
                    .or(() -> StorageSopClasses.uidByDcmtkName(name))
                    .orElse(value);
        }
        return isUid(uid) ? Optional.of(uid) : Optional.empty();
    }

    private static boolean isUid(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.');
    }
}
