package io.github.cameldicom.data;

/**
 * The header of one data element (PS3.5 §7.1), item or delimiter (PS3.5 §7.5) as the reader met it.
 *
 * @param tag    the tag, {@code (group << 16) | element}
 * @param vr     the VR: explicit from the stream, or from the reader's dictionary in Implicit VR (UN when unknown;
 *               SQ for an undefined length other than Pixel Data); {@code null} for items and delimiters, which have
 *               no VR (PS3.5 §7.5)
 * @param length the value length in bytes, or {@link #UNDEFINED_LENGTH} for an undefined length (0xFFFFFFFF on the
 *               wire)
 */
public record ElementHeader(int tag, VR vr, long length) {

    /** The {@code length} of an element, item or sequence whose length is undefined. */
    public static final long UNDEFINED_LENGTH = -1;

    /** Whether the length is undefined: a sequence or item closed by a delimiter, or encapsulated Pixel Data. */
    public boolean undefinedLength() {
        return length == UNDEFINED_LENGTH;
    }

    /** Whether this is an Item (FFFE,E000): a sequence item or an encapsulated Pixel Data fragment. */
    public boolean isItem() {
        return tag == Tag.Item;
    }

    /** Whether this is an Item Delimitation Item (FFFE,E00D). */
    public boolean isItemDelimitation() {
        return tag == Tag.ItemDelimitationItem;
    }

    /** Whether this is a Sequence Delimitation Item (FFFE,E0DD). */
    public boolean isSequenceDelimitation() {
        return tag == Tag.SequenceDelimitationItem;
    }

    @Override
    public String toString() {
        return Tag.toString(tag) + (vr == null ? "" : " " + vr) + " "
                + (undefinedLength() ? "undefined length" : "#" + length);
    }
}
