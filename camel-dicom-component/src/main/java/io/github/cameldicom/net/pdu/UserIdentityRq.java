package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * User Identity Sub-Item of an A-ASSOCIATE-RQ (58H). PS3.7 Annex D.3.3.7.1, Table D.3-14.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 58H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      1 User-Identity-Type: 1 username, 2 username and passcode, 3 Kerberos, 4 SAML, 5 JWT
 *      5      1 Positive-response-requested: 0 no, 1 yes
 *      6      2 Primary-field-length
 *      8      n Primary-field
 *    8+n      2 Secondary-field-length (non-zero only for type 2)
 *   10+n      m Secondary-field
 * </pre>
 *
 * <p>Decoding accepts any User-Identity-Type (new editions add types, and which to accept is the acceptor's
 * decision) but rejects a Positive-response-requested other than 0 or 1. The fields are credentials:
 * {@link #toString()} shows only their lengths, and the arrays are copied in and out.
 *
 * @param userIdentityType           the kind of identity in the fields
 * @param positiveResponseRequested  whether the requestor asks for a User Identity AC sub-item
 * @param primaryField               user name, Kerberos ticket, SAML assertion or JWT
 * @param secondaryField             the passcode for type 2, else empty
 */
public record UserIdentityRq(int userIdentityType, boolean positiveResponseRequested, byte[] primaryField,
                             byte[] secondaryField) implements UserInformationSubItem {

    public static final int USERNAME = 1;
    public static final int USERNAME_AND_PASSCODE = 2;
    public static final int KERBEROS = 3;
    public static final int SAML = 4;
    public static final int JWT = 5;

    public UserIdentityRq {
        if (userIdentityType < 0 || userIdentityType > 0xFF) {
            throw new IllegalArgumentException("User-Identity-Type " + userIdentityType + " is not one byte");
        }
        primaryField = primaryField.clone();
        secondaryField = secondaryField.clone();
    }

    @Override
    public byte[] primaryField() {
        return primaryField.clone();
    }

    @Override
    public byte[] secondaryField() {
        return secondaryField.clone();
    }

    @Override
    public int itemType() {
        return ItemType.USER_IDENTITY_RQ;
    }

    @Override
    public int itemLength() {
        if (primaryField.length > 0xFFFF || secondaryField.length > 0xFFFF) {
            throw new IllegalArgumentException("User Identity field longer than its 16-bit length allows");
        }
        return WireFormat.checkItemLength("User Identity Sub-Item",
                2 + 2 + primaryField.length + 2 + secondaryField.length);
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType(), itemLength());
        dst.put((byte) userIdentityType).put((byte) (positiveResponseRequested ? 1 : 0));
        dst.putShort((short) primaryField.length).put(primaryField);
        dst.putShort((short) secondaryField.length).put(secondaryField);
    }

    static UserIdentityRq decode(PduReader value) throws PduException {
        int type = value.u8("User-Identity-Type");
        int response = value.u8("Positive-response-requested");
        if (response > 1) {
            throw value.invalid("Positive-response-requested " + response + " is neither 0 nor 1");
        }
        byte[] primary = WireFormat.lengthPrefixedBytes(value, "Primary-field");
        byte[] secondary = WireFormat.lengthPrefixedBytes(value, "Secondary-field");
        value.requireEnd("User Identity Sub-Item");
        return new UserIdentityRq(type, response == 1, primary, secondary);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserIdentityRq other
                && userIdentityType == other.userIdentityType
                && positiveResponseRequested == other.positiveResponseRequested
                && Arrays.equals(primaryField, other.primaryField)
                && Arrays.equals(secondaryField, other.secondaryField);
    }

    @Override
    public int hashCode() {
        return Objects.hash(userIdentityType, positiveResponseRequested, Arrays.hashCode(primaryField),
                Arrays.hashCode(secondaryField));
    }

    @Override
    public String toString() {
        return "UserIdentityRq[userIdentityType=" + userIdentityType + ", positiveResponseRequested="
                + positiveResponseRequested + ", primaryFieldLength=" + primaryField.length
                + ", secondaryFieldLength=" + secondaryField.length + "]";
    }
}
