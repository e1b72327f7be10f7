package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;

/**
 * One sub-item of the User Information Item (50H). PS3.8 §9.3.2.3 and Annex D; PS3.7 Annex D.3.3.
 *
 * <p>Every sub-item starts with the same 4-byte header (PS3.8 §9.3.1):
 * <pre>
 * offset length field
 *      0      1 Item-type (51H-FFH for user information sub-items, PS3.8 Annex D.2)
 *      1      1 reserved (Sub-Item-version for 57H)
 *      2      2 Item-length: bytes from the next field to the end of the sub-item
 *      4      n value
 * </pre>
 * Sub-items this codec does not know decode as {@link UnknownSubItem} and are kept, because PS3.8 Annex D.2 requires
 * acceptors to ignore unrecognized sub-items rather than reject the association.
 */
public sealed interface UserInformationSubItem permits MaximumLength, ImplementationClassUid,
        AsynchronousOperationsWindow, RoleSelection, ImplementationVersionName, SopClassExtendedNegotiation,
        SopClassCommonExtendedNegotiation, UserIdentityRq, UserIdentityAc, UnknownSubItem {

    /** The Item-type byte. */
    int itemType();

    /**
     * The Item-length field: the value's length without the 4-byte header.
     *
     * @throws IllegalArgumentException when the value cannot be encoded (see each sub-item)
     */
    int itemLength();

    /**
     * Writes the whole sub-item, header included, at the buffer's position (big endian).
     *
     * @throws IllegalArgumentException when the value cannot be encoded
     */
    void encode(ByteBuffer dst);
}
