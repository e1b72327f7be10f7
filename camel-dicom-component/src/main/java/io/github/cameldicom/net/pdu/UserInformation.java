package io.github.cameldicom.net.pdu;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * User Information Item (50H) of an A-ASSOCIATE-RQ or -AC: the list of user information sub-items in wire order.
 * PS3.8 §9.3.2.3, Table 9-16 (RQ) and §9.3.3.3, Table 9-20 (AC); sub-items in PS3.8 Annex D and PS3.7 Annex D.3.3.
 *
 * <pre>
 * offset length field
 *      0      1 Item-type 50H
 *      1      1 reserved
 *      2      2 Item-length
 *      4      n User-data: sub-items, see {@link UserInformationSubItem}
 * </pre>
 *
 * <p>The accessors return the first sub-item of a type when a peer sends more than one: PS3.7 allows only one of
 * each single-valued sub-item, and the first is what the sender most likely meant. Decoding keeps sub-items of
 * unknown type as {@link UnknownSubItem} (PS3.8 Annex D.2).
 *
 * @param items the sub-items in wire order
 */
public record UserInformation(List<UserInformationSubItem> items) {

    /** One decoder per sub-item type; other types become {@link UnknownSubItem}. */
    private static final Map<Integer, SubItemDecoder> DECODERS = Map.of(
            ItemType.MAXIMUM_LENGTH, MaximumLength::decode,
            ItemType.IMPLEMENTATION_CLASS_UID, ImplementationClassUid::decode,
            ItemType.ASYNCHRONOUS_OPERATIONS_WINDOW, AsynchronousOperationsWindow::decode,
            ItemType.ROLE_SELECTION, RoleSelection::decode,
            ItemType.IMPLEMENTATION_VERSION_NAME, ImplementationVersionName::decode,
            ItemType.SOP_CLASS_EXTENDED_NEGOTIATION, SopClassExtendedNegotiation::decode,
            ItemType.SOP_CLASS_COMMON_EXTENDED_NEGOTIATION, SopClassCommonExtendedNegotiation::decode,
            ItemType.USER_IDENTITY_RQ, UserIdentityRq::decode,
            ItemType.USER_IDENTITY_AC, UserIdentityAc::decode);

    public UserInformation {
        items = List.copyOf(items);
    }

    /** Maximum-length-received of the Maximum Length Sub-Item (PS3.8 Annex D.1); 0 means no maximum. */
    public OptionalLong maxPduLength() {
        return first(MaximumLength.class).map(m -> OptionalLong.of(m.maxPduLength())).orElse(OptionalLong.empty());
    }

    /** PS3.7 Annex D.3.3.2. */
    public Optional<String> implementationClassUid() {
        return first(ImplementationClassUid.class).map(ImplementationClassUid::uid);
    }

    /** PS3.7 Annex D.3.3.2. */
    public Optional<String> implementationVersionName() {
        return first(ImplementationVersionName.class).map(ImplementationVersionName::name);
    }

    /** PS3.7 Annex D.3.3.3. */
    public Optional<AsynchronousOperationsWindow> asynchronousOperationsWindow() {
        return first(AsynchronousOperationsWindow.class);
    }

    /** PS3.7 Annex D.3.3.4, one per SOP class. */
    public List<RoleSelection> roleSelections() {
        return all(RoleSelection.class);
    }

    /** PS3.7 Annex D.3.3.5, one per SOP class. */
    public List<SopClassExtendedNegotiation> extendedNegotiations() {
        return all(SopClassExtendedNegotiation.class);
    }

    /** PS3.7 Annex D.3.3.6, one per SOP class. */
    public List<SopClassCommonExtendedNegotiation> commonExtendedNegotiations() {
        return all(SopClassCommonExtendedNegotiation.class);
    }

    /** The requestor's identity, PS3.7 Annex D.3.3.7.1. */
    public Optional<UserIdentityRq> userIdentity() {
        return first(UserIdentityRq.class);
    }

    /** The acceptor's identity response, PS3.7 Annex D.3.3.7.2. */
    public Optional<UserIdentityAc> userIdentityResponse() {
        return first(UserIdentityAc.class);
    }

    /** Sub-items of types this codec does not define, for logging. */
    public List<UnknownSubItem> unknownSubItems() {
        return all(UnknownSubItem.class);
    }

    /**
     * The User Information an acceptor sends in its A-ASSOCIATE-AC with the sub-items every DICOM implementation
     * sends (PS3.8 Annex D.1, PS3.7 Annex D.3.3.2). Use {@link #builder()} for more.
     */
    public static UserInformation forAcceptor(long maxPduLength, String implementationClassUid,
                                              String implementationVersionName) {
        return builder()
                .maxPduLength(maxPduLength)
                .implementationClassUid(implementationClassUid)
                .implementationVersionName(implementationVersionName)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects sub-items and orders them by ascending item type, which PS3.8 §9.3.2.3 notes some older applications
     * expect. Single-valued sub-items replace an earlier one of the same type.
     */
    public static final class Builder {

        private final List<UserInformationSubItem> items = new ArrayList<>();

        private Builder() {
        }

        public Builder maxPduLength(long maxPduLength) {
            return single(new MaximumLength(maxPduLength));
        }

        public Builder implementationClassUid(String uid) {
            return single(new ImplementationClassUid(uid));
        }

        public Builder implementationVersionName(String name) {
            return single(new ImplementationVersionName(name));
        }

        public Builder asynchronousOperationsWindow(int maxOperationsInvoked, int maxOperationsPerformed) {
            return single(new AsynchronousOperationsWindow(maxOperationsInvoked, maxOperationsPerformed));
        }

        public Builder userIdentityResponse(UserIdentityAc response) {
            return single(response);
        }

        /** Adds a sub-item that may occur more than once (role selection, extended negotiation, unknown). */
        public Builder add(UserInformationSubItem item) {
            items.add(item);
            return this;
        }

        public UserInformation build() {
            List<UserInformationSubItem> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparingInt(UserInformationSubItem::itemType));
            return new UserInformation(sorted);
        }

        private Builder single(UserInformationSubItem item) {
            items.removeIf(existing -> existing.itemType() == item.itemType());
            items.add(item);
            return this;
        }
    }

    int itemLength() {
        int length = 0;
        for (UserInformationSubItem item : items) {
            length += WireFormat.ITEM_HEADER_LENGTH + item.itemLength();
        }
        return WireFormat.checkItemLength("User Information Item", length);
    }

    void encode(ByteBuffer dst) {
        WireFormat.putItemHeader(dst, ItemType.USER_INFORMATION, itemLength());
        for (UserInformationSubItem item : items) {
            item.encode(dst);
        }
    }

    static UserInformation decode(PduReader value) throws PduException {
        List<UserInformationSubItem> items = new ArrayList<>();
        while (value.hasRemaining()) {
            int type = value.u8("Item-type");
            PduReader item = WireFormat.item(value, type, "Sub-item");
            SubItemDecoder decoder = DECODERS.get(type);
            items.add(decoder != null ? decoder.decode(item) : new UnknownSubItem(type, item.bytes(item.remaining(),
                    "User-data")));
        }
        return new UserInformation(items);
    }

    private <T extends UserInformationSubItem> Optional<T> first(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private <T extends UserInformationSubItem> List<T> all(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @FunctionalInterface
    private interface SubItemDecoder {
        UserInformationSubItem decode(PduReader value) throws PduException;
    }
}
