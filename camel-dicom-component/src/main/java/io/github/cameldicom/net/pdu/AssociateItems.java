package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.ToIntFunction;

/**
 * The parts A-ASSOCIATE-RQ and A-ASSOCIATE-AC share: the 68 fixed bytes after the PDU header and the variable items
 * (one Application Context Item, one or more Presentation Context Items, one User Information Item).
 * PS3.8 §9.3.2, Table 9-11 and §9.3.3, Table 9-17.
 */
final class AssociateItems {

    /** Protocol-version, reserved, two AE titles and 32 reserved bytes. */
    static final int FIXED_LENGTH = 2 + 2 + 16 + 16 + 32;

    static final int AE_TITLE_LENGTH = 16;

    private AssociateItems() {
    }

    /** The fields a PDU decoder reads from the fixed part. */
    record Fixed(int protocolVersion, String calledAeTitle, String callingAeTitle) {
    }

    /** The variable items of one PDU. */
    record Variable<T>(String applicationContextName, List<T> presentationContexts, UserInformation userInformation) {
    }

    @FunctionalInterface
    interface ItemDecoder<T> {
        T decode(PduReader value) throws PduException;
    }

    /**
     * Reads the fixed part. In an A-ASSOCIATE-RQ the AE titles must be ISO 646 G0 text and not all spaces
     * (Table 9-11); in an A-ASSOCIATE-AC they are reserved fields echoed from the RQ and "shall not be tested"
     * (Table 9-17), so they are only decoded.
     */
    static Fixed decodeFixed(PduReader r, boolean testAeTitles) throws PduException {
        int protocolVersion = r.u16("Protocol-version");
        r.skip(2, "Reserved");
        String called = aeTitle(r, "Called-AE-title", testAeTitles);
        String calling = aeTitle(r, "Calling-AE-title", testAeTitles);
        r.skip(32, "Reserved");
        return new Fixed(protocolVersion, called, calling);
    }

    /**
     * Leading and trailing spaces are not significant (Table 9-11, and PS3.5 §6.2 for the AE VR), so they are
     * stripped.
     */
    private static String aeTitle(PduReader r, String field, boolean test) throws PduException {
        int offset = r.bodyOffset();
        byte[] raw = r.bytes(AE_TITLE_LENGTH, field);
        int start = 0;
        int end = raw.length;
        while (start < end && raw[start] == ' ') {
            start++;
        }
        while (end > start && raw[end - 1] == ' ') {
            end--;
        }
        if (test) {
            if (start == end) {
                throw r.invalid(field + " at offset " + offset + " is all spaces");
            }
            for (int i = start; i < end; i++) {
                int c = raw[i] & 0xFF;
                if (c < 0x20 || c > 0x7E) {
                    throw r.invalid(String.format("%s has byte 0x%02X at offset %d, outside ISO 646 G0", field, c,
                            offset + i));
                }
            }
        }
        return new String(raw, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /**
     * Reads the variable items up to the end of the PDU. Presence rules (PS3.8 §9.3.2 and §9.3.3): exactly one
     * Application Context Item, at least one Presentation Context Item, exactly one User Information Item, and in it
     * the Maximum Length Sub-Item, which PS3.8 Annex D.1 requires of every implementation and PS3.7 Annex D.3.3.1
     * calls required. Item order is not checked. Presentation context ids must be unique (PS3.8 §7.1.1.13).
     */
    static <T> Variable<T> decodeVariable(PduReader r, String pdu, int presentationContextType,
                                          ItemDecoder<T> presentationContextDecoder, ToIntFunction<T> idOf)
            throws PduException {
        String applicationContext = null;
        List<T> presentationContexts = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        UserInformation userInformation = null;
        while (r.hasRemaining()) {
            int type = r.u8("Item-type");
            PduReader item = WireFormat.item(r, type, "Item");
            if (type == ItemType.APPLICATION_CONTEXT) {
                if (applicationContext != null) {
                    throw new PduException(AAbort.Reason.UNEXPECTED_PDU_PARAMETER,
                            pdu + " has a second Application Context Item");
                }
                applicationContext = item.text("Application-context-name");
            } else if (type == presentationContextType) {
                T presentationContext = presentationContextDecoder.decode(item);
                if (!ids.add(idOf.applyAsInt(presentationContext))) {
                    throw r.invalid(pdu + " has presentation context id " + idOf.applyAsInt(presentationContext)
                            + " twice");
                }
                presentationContexts.add(presentationContext);
            } else if (type == ItemType.USER_INFORMATION) {
                if (userInformation != null) {
                    throw new PduException(AAbort.Reason.UNEXPECTED_PDU_PARAMETER,
                            pdu + " has a second User Information Item");
                }
                userInformation = UserInformation.decode(item);
            } else {
                throw misplaced(type, pdu);
            }
        }
        if (applicationContext == null) {
            throw r.invalid(pdu + " has no Application Context Item");
        }
        if (presentationContexts.isEmpty()) {
            throw r.invalid(pdu + " has no Presentation Context Item");
        }
        if (userInformation == null) {
            throw r.invalid(pdu + " has no User Information Item");
        }
        if (userInformation.maxPduLength().isEmpty()) {
            throw r.invalid(pdu + " has no Maximum Length Sub-Item");
        }
        return new Variable<>(applicationContext, presentationContexts, userInformation);
    }

    /** Presentation-context-ID of a presentation context item: odd, 1-255 (PS3.8 Table 9-13 and 9-18). */
    static int presentationContextId(PduReader value) throws PduException {
        int id = value.u8("Presentation-context-ID");
        if (!WireFormat.isPresentationContextId(id)) {
            throw value.invalid("Presentation-context-ID " + id + " is not an odd integer 1-255");
        }
        return id;
    }

    /**
     * An item where it does not belong: a type the standard defines elsewhere is an unexpected PDU parameter, any
     * other an unrecognized one (PS3.8 Table 9-26).
     */
    static PduException misplaced(int itemType, String where) {
        return ItemType.isKnown(itemType)
                ? new PduException(AAbort.Reason.UNEXPECTED_PDU_PARAMETER,
                        String.format("%s has item %02XH, which does not belong there", where, itemType))
                : new PduException(AAbort.Reason.UNRECOGNIZED_PDU_PARAMETER,
                        String.format("%s has unknown item type %02XH", where, itemType));
    }

    /** Body length of an A-ASSOCIATE-RQ or -AC; validates what it measures. */
    static <T> long bodyLength(String applicationContextName, List<T> presentationContexts,
                               ToIntFunction<T> itemLength, UserInformation userInformation) {
        long length = FIXED_LENGTH
                + WireFormat.textItemLength("Application-context-name", applicationContextName)
                + WireFormat.ITEM_HEADER_LENGTH + userInformation.itemLength();
        for (T presentationContext : presentationContexts) {
            length += WireFormat.ITEM_HEADER_LENGTH + itemLength.applyAsInt(presentationContext);
        }
        return length;
    }

    /**
     * Writes the body of an A-ASSOCIATE-RQ or -AC after checking the presence rules of {@link #decodeVariable}: the
     * fixed part, then the Application Context, Presentation Context and User Information Items.
     */
    static <T> void encodeBody(ByteBuffer dst, String pdu, int protocolVersion, String calledAeTitle,
                               String callingAeTitle, String applicationContextName, List<T> presentationContexts,
                               BiConsumer<T, ByteBuffer> encoder, UserInformation userInformation) {
        if (presentationContexts.isEmpty()) {
            throw new IllegalArgumentException(pdu + " needs at least one presentation context");
        }
        if (userInformation.maxPduLength().isEmpty()) {
            throw new IllegalArgumentException(pdu + " needs a Maximum Length Sub-Item (PS3.8 Annex D.1)");
        }
        encodeFixed(dst, protocolVersion, calledAeTitle, callingAeTitle);
        WireFormat.putTextItem(dst, ItemType.APPLICATION_CONTEXT, applicationContextName);
        for (T presentationContext : presentationContexts) {
            encoder.accept(presentationContext, dst);
        }
        userInformation.encode(dst);
    }

    private static void encodeFixed(ByteBuffer dst, int protocolVersion, String calledAeTitle, String callingAeTitle) {
        dst.putShort((short) WireFormat.checkUnsigned16("Protocol-version", protocolVersion));
        dst.putShort((short) 0);
        putAeTitle(dst, "Called-AE-title", calledAeTitle);
        putAeTitle(dst, "Calling-AE-title", callingAeTitle);
        dst.put(new byte[32]);
    }

    /** 1 to 16 ISO 646 G0 characters, not all spaces, padded with trailing spaces (PS3.8 Table 9-11). */
    private static void putAeTitle(ByteBuffer dst, String field, String aeTitle) {
        int length = WireFormat.textLength(field, aeTitle);
        if (length > AE_TITLE_LENGTH || aeTitle.isBlank()) {
            throw new IllegalArgumentException(field + " '" + aeTitle + "' is not 1 to 16 characters, not all "
                    + "spaces");
        }
        WireFormat.putText(dst, aeTitle);
        for (int i = length; i < AE_TITLE_LENGTH; i++) {
            dst.put((byte) ' ');
        }
    }
}
