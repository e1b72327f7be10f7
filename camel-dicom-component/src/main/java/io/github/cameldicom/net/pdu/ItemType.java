package io.github.cameldicom.net.pdu;

/**
 * Item-type values of the items and sub-items inside A-ASSOCIATE-RQ and A-ASSOCIATE-AC PDUs.
 * PS3.8 §9.3.2.1 to §9.3.3.3 and Annex D.1; PS3.7 Annex D.3.3 (user information sub-items, item types 52H-59H).
 */
public final class ItemType {

    /** Application Context Item, PS3.8 §9.3.2.1, Table 9-12. */
    public static final int APPLICATION_CONTEXT = 0x10;
    /** Presentation Context Item of an A-ASSOCIATE-RQ, PS3.8 §9.3.2.2, Table 9-13. */
    public static final int PRESENTATION_CONTEXT_RQ = 0x20;
    /** Presentation Context Item of an A-ASSOCIATE-AC, PS3.8 §9.3.3.2, Table 9-18. */
    public static final int PRESENTATION_CONTEXT_AC = 0x21;
    /** Abstract Syntax Sub-Item, PS3.8 §9.3.2.2.1, Table 9-14. */
    public static final int ABSTRACT_SYNTAX = 0x30;
    /** Transfer Syntax Sub-Item, PS3.8 §9.3.2.2.2, Table 9-15 (RQ) and §9.3.3.2.1, Table 9-19 (AC). */
    public static final int TRANSFER_SYNTAX = 0x40;
    /** User Information Item, PS3.8 §9.3.2.3, Table 9-16 (RQ) and §9.3.3.3, Table 9-20 (AC). */
    public static final int USER_INFORMATION = 0x50;
    /** Maximum Length Sub-Item, PS3.8 Annex D.1, Table D.1-1 and D.1-2. */
    public static final int MAXIMUM_LENGTH = 0x51;
    /** Implementation Class UID Sub-Item, PS3.7 Annex D.3.3.2.1, Table D.3-1 and D.3-2. */
    public static final int IMPLEMENTATION_CLASS_UID = 0x52;
    /** Asynchronous Operations Window Sub-Item, PS3.7 Annex D.3.3.3, Table D.3-7 and D.3-8. */
    public static final int ASYNCHRONOUS_OPERATIONS_WINDOW = 0x53;
    /** SCP/SCU Role Selection Sub-Item, PS3.7 Annex D.3.3.4, Table D.3-9 and D.3-10. */
    public static final int ROLE_SELECTION = 0x54;
    /** Implementation Version Name Sub-Item, PS3.7 Annex D.3.3.2.3, Table D.3-3 and D.3-4. */
    public static final int IMPLEMENTATION_VERSION_NAME = 0x55;
    /** SOP Class Extended Negotiation Sub-Item, PS3.7 Annex D.3.3.5, Table D.3-11. */
    public static final int SOP_CLASS_EXTENDED_NEGOTIATION = 0x56;
    /** SOP Class Common Extended Negotiation Sub-Item, PS3.7 Annex D.3.3.6, Table D.3-12. */
    public static final int SOP_CLASS_COMMON_EXTENDED_NEGOTIATION = 0x57;
    /** User Identity Sub-Item of an A-ASSOCIATE-RQ, PS3.7 Annex D.3.3.7.1, Table D.3-14. */
    public static final int USER_IDENTITY_RQ = 0x58;
    /** User Identity Sub-Item of an A-ASSOCIATE-AC, PS3.7 Annex D.3.3.7.2, Table D.3-15. */
    public static final int USER_IDENTITY_AC = 0x59;

    private ItemType() {
    }

    /**
     * Whether the standard defines this item type somewhere in an A-ASSOCIATE PDU. A known type in the wrong place
     * is an unexpected PDU parameter; an unknown one is an unrecognized PDU parameter (PS3.8 Table 9-26).
     */
    static boolean isKnown(int itemType) {
        return switch (itemType) {
            case APPLICATION_CONTEXT, PRESENTATION_CONTEXT_RQ, PRESENTATION_CONTEXT_AC, ABSTRACT_SYNTAX,
                    TRANSFER_SYNTAX, USER_INFORMATION -> true;
            default -> itemType >= MAXIMUM_LENGTH && itemType <= USER_IDENTITY_AC;
        };
    }
}
