package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * User Identity Sub-Item of an A-ASSOCIATE-AC (59H). PS3.7 Annex D.3.3.7.2, Table D.3-15.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 59H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      2 Server-response-length
 *      6      n Server-response: Kerberos server ticket, SAML response or JWT; empty for types 1 and 2
 * </pre>
 *
 * <p>The response may be a credential: {@link #toString()} shows only its length, and the array is copied in and
 * out.
 *
 * @param serverResponse the server response bytes
 */
public record UserIdentityAc(byte[] serverResponse) implements UserInformationSubItem {

    public UserIdentityAc {
        serverResponse = serverResponse.clone();
    }

    @Override
    public byte[] serverResponse() {
        return serverResponse.clone();
    }

    @Override
    public int itemType() {
        return ItemType.USER_IDENTITY_AC;
    }

    @Override
    public int itemLength() {
        return WireFormat.checkItemLength("User Identity Sub-Item", 2 + serverResponse.length);
    }

    @Override
    public void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, itemType(), itemLength());
        dst.putShort((short) serverResponse.length).put(serverResponse);
    }

    static UserIdentityAc decode(PduReader value) throws PduException {
        byte[] response = WireFormat.lengthPrefixedBytes(value, "Server-response");
        value.requireEnd("User Identity Sub-Item");
        return new UserIdentityAc(response);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserIdentityAc other && Arrays.equals(serverResponse, other.serverResponse);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(serverResponse);
    }

    @Override
    public String toString() {
        return "UserIdentityAc[serverResponseLength=" + serverResponse.length + "]";
    }
}
