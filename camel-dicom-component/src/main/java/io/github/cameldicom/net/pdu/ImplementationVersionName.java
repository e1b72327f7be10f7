package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Implementation Version Name Sub-Item (55H). PS3.7 Annex D.3.3.2.3, Table D.3-3 (RQ) and D.3.3.2.4, Table D.3-4
 * (AC).
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 55H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      n Implementation-version-name: 1 to 16 ISO 646 (basic G0) characters
 * </pre>
 *
 * <p>Encoding enforces 1 to 16 characters; decoding accepts any length, since a long name is harmless.
 *
 * @param name the implementation version name
 */
public record ImplementationVersionName(String name) implements UserInformationSubItem {

    static final int MAX_LENGTH = 16;

    public ImplementationVersionName {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int itemType() {
        return ItemType.IMPLEMENTATION_VERSION_NAME;
    }

    @Override
    public int itemLength() {
        int length = WireFormat.textLength("Implementation-version-name", name);
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("Implementation-version-name '" + name + "' is not 1 to "
                    + MAX_LENGTH + " characters");
        }
        return length;
    }

    @Override
    public void encode(ByteBuffer dst) {
        itemLength();
        WireFormat.putTextItem(dst, itemType(), name);
    }

    static ImplementationVersionName decode(PduReader value) throws PduException {
        return new ImplementationVersionName(value.text("Implementation-version-name"));
    }
}
