package io.github.cameldicom.net;

import io.github.cameldicom.data.StorageSopClasses;
import io.github.cameldicom.data.TransferSyntax;
import io.github.cameldicom.data.TransferSyntaxes;
import io.github.cameldicom.data.Uids;
import io.github.cameldicom.net.pdu.PresentationContextAc;
import io.github.cameldicom.net.pdu.PresentationContextRq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The built-in acceptance policies: Verification only (dcmrecv without {@code -xf}), and every Storage SOP Class in
 * every transfer syntax this receiver can store.
 */
public final class AcceptancePolicies {

    /** Verification SOP Class, PS3.4 Annex A.4. */
    public static final String VERIFICATION = "1.2.840.10008.1.1";

    /**
     * Uncompressed syntaxes in dcmrecv's order for Verification: explicit little endian first (the local byte order),
     * then big endian, then implicit.
     */
    private static final List<String> UNCOMPRESSED = List.of(
            TransferSyntaxes.EXPLICIT_VR_LITTLE_ENDIAN.uid(),
            TransferSyntaxes.EXPLICIT_VR_BIG_ENDIAN.uid(),
            TransferSyntaxes.IMPLICIT_VR_LITTLE_ENDIAN.uid());

    private AcceptancePolicies() {
    }

    /** Accepts only the Verification SOP Class, as dcmrecv does without a profile. */
    public static AcceptancePolicy verificationOnly() {
        return new Policy(VERIFICATION::equals, storagePreference());
    }

    /**
     * Accepts Verification and every Storage SOP Class of the standard, each in the transfer syntax first in
     * {@link #storagePreference()} among those proposed.
     *
     * @param acceptUnknownSopClasses also accept abstract syntaxes this receiver does not know, as long as they
     *                                are valid UIDs (private or newer storage classes)
     */
    public static AcceptancePolicy allStorage(boolean acceptUnknownSopClasses) {
        Predicate<String> abstractSyntaxes = uid -> VERIFICATION.equals(uid) || StorageSopClasses.isStorage(uid)
                                                    || acceptUnknownSopClasses && Uids.isValid(uid);
        return new Policy(abstractSyntaxes, storagePreference());
    }

    /**
     * The order in which this receiver prefers transfer syntaxes, like DCMTK's storescp.cfg "AnyTransferSyntax": an
     * encapsulated (compressed) syntax first, so the SCU sends what it has without recompressing, then deflated,
     * explicit little endian, explicit big endian and implicit little endian.
     */
    public static List<String> storagePreference() {
        List<TransferSyntax> all = new ArrayList<>(TransferSyntaxes.all());
        all.sort(Comparator.comparingInt(AcceptancePolicies::rank));
        return all.stream().map(TransferSyntax::uid).toList();
    }

    private static int rank(TransferSyntax ts) {
        if (ts.encapsulated()) {
            return 0;
        } else if (ts.deflated()) {
            return 1;
        }
        int uncompressed = UNCOMPRESSED.indexOf(ts.uid());
        return uncompressed >= 0 ? 2 + uncompressed : 5;
    }

    private record Policy(Predicate<String> abstractSyntaxes, List<String> transferSyntaxes)
            implements AcceptancePolicy {

        @Override
        public PresentationContextAc negotiate(PresentationContextRq proposed) {
            int id = proposed.presentationContextId();
            String fallback = proposed.transferSyntaxes().isEmpty() ? "" : proposed.transferSyntaxes().get(0);
            if (!abstractSyntaxes.test(proposed.abstractSyntax())) {
                return new PresentationContextAc(id, PresentationContextAc.Result.ABSTRACT_SYNTAX_NOT_SUPPORTED,
                        fallback);
            }
            List<String> candidates = VERIFICATION.equals(proposed.abstractSyntax()) ? UNCOMPRESSED
                    : transferSyntaxes;
            for (String ts : candidates) {
                if (proposed.transferSyntaxes().contains(ts)) {
                    return new PresentationContextAc(id, PresentationContextAc.Result.ACCEPTANCE, ts);
                }
            }
            return new PresentationContextAc(id, PresentationContextAc.Result.TRANSFER_SYNTAXES_NOT_SUPPORTED,
                    fallback);
        }
    }
}
