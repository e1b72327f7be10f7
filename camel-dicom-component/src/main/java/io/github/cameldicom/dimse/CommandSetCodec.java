package io.github.cameldicom.dimse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Implicit VR Little Endian codec of a {@link CommandSet}, PS3.7 §6.3.1 and Annex E, with the data element layout of
 * PS3.5 §7.1.3, Table 7.1-3 (all fields little endian):
 *
 * <pre>
 * offset length field
 *      0      2 group number (always 0000H here)
 *      2      2 element number
 *      4      4 value length (even; FFFFFFFFH undefined length is not allowed in a command set)
 *      8      n value
 * </pre>
 */
final class CommandSetCodec {

    private static final Logger LOG = LoggerFactory.getLogger(CommandSetCodec.class);

    private static final int HEADER_LENGTH = 8;
    private static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;

    /** Value representations used by group 0000, PS3.5 Table 6.2-1. */
    private enum Vr {
        UL, US, UI, AE, LO, AT
    }

    /** The command elements of PS3.7 Table E.1-1, in ascending tag order (the order {@link #encode} writes). */
    private enum Element {
        COMMAND_GROUP_LENGTH(0x0000, Vr.UL, "CommandGroupLength"),
        AFFECTED_SOP_CLASS_UID(0x0002, Vr.UI, "AffectedSOPClassUID"),
        REQUESTED_SOP_CLASS_UID(0x0003, Vr.UI, "RequestedSOPClassUID"),
        COMMAND_FIELD(0x0100, Vr.US, "CommandField"),
        MESSAGE_ID(0x0110, Vr.US, "MessageID"),
        MESSAGE_ID_BEING_RESPONDED_TO(0x0120, Vr.US, "MessageIDBeingRespondedTo"),
        MOVE_DESTINATION(0x0600, Vr.AE, "MoveDestination"),
        PRIORITY(0x0700, Vr.US, "Priority"),
        COMMAND_DATA_SET_TYPE(0x0800, Vr.US, "CommandDataSetType"),
        STATUS(0x0900, Vr.US, "Status"),
        OFFENDING_ELEMENT(0x0901, Vr.AT, "OffendingElement"),
        ERROR_COMMENT(0x0902, Vr.LO, "ErrorComment"),
        ERROR_ID(0x0903, Vr.US, "ErrorID"),
        AFFECTED_SOP_INSTANCE_UID(0x1000, Vr.UI, "AffectedSOPInstanceUID"),
        REQUESTED_SOP_INSTANCE_UID(0x1001, Vr.UI, "RequestedSOPInstanceUID"),
        EVENT_TYPE_ID(0x1002, Vr.US, "EventTypeID"),
        ATTRIBUTE_IDENTIFIER_LIST(0x1005, Vr.AT, "AttributeIdentifierList"),
        ACTION_TYPE_ID(0x1008, Vr.US, "ActionTypeID"),
        NUMBER_OF_REMAINING_SUBOPERATIONS(0x1020, Vr.US, "NumberOfRemainingSuboperations"),
        NUMBER_OF_COMPLETED_SUBOPERATIONS(0x1021, Vr.US, "NumberOfCompletedSuboperations"),
        NUMBER_OF_FAILED_SUBOPERATIONS(0x1022, Vr.US, "NumberOfFailedSuboperations"),
        NUMBER_OF_WARNING_SUBOPERATIONS(0x1023, Vr.US, "NumberOfWarningSuboperations"),
        MOVE_ORIGINATOR_APPLICATION_ENTITY_TITLE(0x1030, Vr.AE, "MoveOriginatorApplicationEntityTitle"),
        MOVE_ORIGINATOR_MESSAGE_ID(0x1031, Vr.US, "MoveOriginatorMessageID");

        /** {@link #values()} copies its array on every call; {@link #of} runs once per decoded element. */
        private static final Element[] VALUES = values();

        private final int number;
        private final Vr vr;
        private final String keyword;

        Element(int number, Vr vr, String keyword) {
            this.number = number;
            this.vr = vr;
            this.keyword = keyword;
        }

        static Element of(int number) {
            for (Element element : VALUES) {
                if (element.number == number) {
                    return element;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return tag(number) + " " + keyword;
        }
    }

    private CommandSetCodec() {
    }

    static CommandSet decode(byte[] bytes) throws DimseException {
        Map<Element, Object> values = new EnumMap<>(Element.class);
        int offset = 0;
        while (offset < bytes.length) {
            if (bytes.length - offset < HEADER_LENGTH) {
                throw new DimseException(String.format(Locale.ROOT,
                        "command set truncated: element header at offset %d needs %d bytes, %d remain",
                        offset, HEADER_LENGTH, bytes.length - offset));
            }
            int group = uint16(bytes, offset);
            int number = uint16(bytes, offset + 2);
            long length = uint32(bytes, offset + 4);
            if (group != 0x0000) {
                throw new DimseException(String.format(Locale.ROOT,
                        "element (%04X,%04X) at offset %d is not a command element; a command set holds group 0000"
                                + " only (PS3.7 §6.3.1)", group, number, offset));
            }
            int valueOffset = offset + HEADER_LENGTH;
            if (length == UNDEFINED_LENGTH) {
                throw new DimseException(String.format(Locale.ROOT,
                        "%s at offset %d has undefined length, which Implicit VR Little Endian allows only for"
                                + " SQ and items (PS3.5 §7.1.3)", describe(number), offset));
            }
            if (length > bytes.length - valueOffset) {
                throw new DimseException(String.format(Locale.ROOT,
                        "value of %s at offset %d has length %d but only %d bytes remain",
                        describe(number), offset, length, bytes.length - valueOffset));
            }
            offset = valueOffset + (int) length;
            Element element = Element.of(number);
            if (element == null) {
                if (LOG.isDebugEnabled()) {
                    LOG.debug("Skipping unknown command element {} of length {}", tag(number), length);
                }
                continue;
            }
            if (values.containsKey(element)) {
                throw new DimseException("command element " + element + " occurs twice");
            }
            values.put(element, decodedValue(element, bytes, valueOffset, (int) length));
        }
        return toCommandSet(values);
    }

    static byte[] encode(CommandSet command) {
        // One slot per element, by ordinal; null where the element is absent.
        byte[][] encoded = new byte[Element.VALUES.length][];
        int groupLength = 0;
        for (Element element : Element.VALUES) {
            byte[] value = encodedValue(element, command);
            if (value != null) {
                encoded[element.ordinal()] = value;
                groupLength += HEADER_LENGTH + value.length;
            }
        }
        byte[] out = new byte[HEADER_LENGTH + 4 + groupLength];
        int offset = putHeader(out, 0, Element.COMMAND_GROUP_LENGTH, 4);
        putUint32(out, offset, groupLength);
        offset += 4;
        for (Element element : Element.VALUES) {
            byte[] value = encoded[element.ordinal()];
            if (value != null) {
                offset = putHeader(out, offset, element, value.length);
                System.arraycopy(value, 0, out, offset, value.length);
                offset += value.length;
            }
        }
        return out;
    }

    private static CommandSet toCommandSet(Map<Element, Object> values) throws DimseException {
        if (!values.containsKey(Element.COMMAND_FIELD)) {
            throw new DimseException("command set has no " + Element.COMMAND_FIELD);
        }
        if (!values.containsKey(Element.COMMAND_DATA_SET_TYPE)) {
            throw new DimseException("command set has no " + Element.COMMAND_DATA_SET_TYPE);
        }
        int commandField = (Integer) values.get(Element.COMMAND_FIELD);
        CommandField field = CommandField.of(commandField);
        // Table E.1-1 makes these mandatory per message type; C-CANCEL-RQ names the request it cancels instead of
        // having an ID of its own (PS3.7 §9.3.2.3).
        if (field != null && field.isRequest() && field != CommandField.C_CANCEL_RQ) {
            require(values, Element.MESSAGE_ID, field);
        } else if (field != null) {
            require(values, Element.MESSAGE_ID_BEING_RESPONDED_TO, field);
            if (!field.isRequest()) {
                require(values, Element.STATUS, field);
            }
        }
        return new CommandSet(
                commandField,
                intValue(values, Element.MESSAGE_ID),
                intValue(values, Element.MESSAGE_ID_BEING_RESPONDED_TO),
                (String) values.get(Element.AFFECTED_SOP_CLASS_UID),
                (String) values.get(Element.AFFECTED_SOP_INSTANCE_UID),
                (String) values.get(Element.REQUESTED_SOP_CLASS_UID),
                (String) values.get(Element.REQUESTED_SOP_INSTANCE_UID),
                intValue(values, Element.PRIORITY),
                intValue(values, Element.COMMAND_DATA_SET_TYPE),
                intValue(values, Element.STATUS),
                (String) values.get(Element.ERROR_COMMENT),
                intValue(values, Element.ERROR_ID),
                (String) values.get(Element.MOVE_ORIGINATOR_APPLICATION_ENTITY_TITLE),
                intValue(values, Element.MOVE_ORIGINATOR_MESSAGE_ID));
    }

    private static void require(Map<Element, Object> values, Element element, CommandField field)
            throws DimseException {
        if (!values.containsKey(element)) {
            throw new DimseException(field.messageName() + " has no " + element);
        }
    }

    private static int intValue(Map<Element, Object> values, Element element) {
        Object value = values.get(element);
        return value == null ? CommandSet.ABSENT : (Integer) value;
    }

    /**
     * Checks a value against its VR and returns what the record keeps: an Integer for US, a String without padding
     * for UI, AE and LO, and a placeholder for UL and AT, whose values no component holds.
     */
    private static Object decodedValue(Element element, byte[] bytes, int offset, int length) throws DimseException {
        return switch (element.vr) {
            case US -> {
                requireLength(element, length, length == 2, "2");
                yield uint16(bytes, offset);
            }
            case UL -> {
                // The group length is redundant with the PDV boundaries, so a wrong value is not an error.
                requireLength(element, length, length == 4, "4");
                yield Boolean.TRUE;
            }
            case AT -> {
                requireLength(element, length, length % 4 == 0, "a multiple of 4");
                yield Boolean.TRUE;
            }
            // Odd lengths break PS3.5 §7.1.1 but are tolerated, as DCMTK does, since the bytes are unambiguous.
            // A UI value over 64 bytes is no UID, but it is decoded (the association caps the whole command at
            // 64 KiB) so that the service can answer it with the status PS3.4 B.2.3 gives an invalid UID (0117H,
            // 0122H) instead of aborting the association.
            case UI -> string(bytes, offset, length, false);
            case AE -> {
                requireLength(element, length, length <= 16, "at most 16");
                yield string(bytes, offset, length, true);
            }
            case LO -> {
                requireLength(element, length, length <= 64, "at most 64");
                yield string(bytes, offset, length, true);
            }
        };
    }

    private static void requireLength(Element element, int length, boolean fits, String expected)
            throws DimseException {
        if (!fits) {
            throw new DimseException(String.format(Locale.ROOT, "%s has value length %d; its VR %s needs %s",
                    element, length, element.vr, expected));
        }
    }

    /** Removes the padding (NUL for UI, space for the others) and, for AE and LO, insignificant leading spaces. */
    private static String string(byte[] bytes, int offset, int length, boolean stripLeading) {
        int end = offset + length;
        while (end > offset && (bytes[end - 1] == 0 || bytes[end - 1] == ' ')) {
            end--;
        }
        int start = offset;
        while (stripLeading && start < end && bytes[start] == ' ') {
            start++;
        }
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private static byte[] encodedValue(Element element, CommandSet command) {
        return switch (element) {
            case COMMAND_GROUP_LENGTH -> null;
            case AFFECTED_SOP_CLASS_UID -> string(command.affectedSopClassUid(), (byte) 0);
            case REQUESTED_SOP_CLASS_UID -> string(command.requestedSopClassUid(), (byte) 0);
            case COMMAND_FIELD -> us(command.commandField());
            case MESSAGE_ID -> us(command.messageId());
            case MESSAGE_ID_BEING_RESPONDED_TO -> us(command.messageIdBeingRespondedTo());
            case PRIORITY -> us(command.priority());
            case COMMAND_DATA_SET_TYPE -> us(command.commandDataSetType());
            case STATUS -> us(command.status());
            case ERROR_COMMENT -> string(command.errorComment(), (byte) ' ');
            case ERROR_ID -> us(command.errorId());
            case AFFECTED_SOP_INSTANCE_UID -> string(command.affectedSopInstanceUid(), (byte) 0);
            case REQUESTED_SOP_INSTANCE_UID -> string(command.requestedSopInstanceUid(), (byte) 0);
            case MOVE_ORIGINATOR_APPLICATION_ENTITY_TITLE ->
                    string(command.moveOriginatorApplicationEntityTitle(), (byte) ' ');
            case MOVE_ORIGINATOR_MESSAGE_ID -> us(command.moveOriginatorMessageId());
            case MOVE_DESTINATION, OFFENDING_ELEMENT, EVENT_TYPE_ID, ATTRIBUTE_IDENTIFIER_LIST, ACTION_TYPE_ID,
                    NUMBER_OF_REMAINING_SUBOPERATIONS, NUMBER_OF_COMPLETED_SUBOPERATIONS,
                    NUMBER_OF_FAILED_SUBOPERATIONS, NUMBER_OF_WARNING_SUBOPERATIONS -> null;
        };
    }

    private static byte[] us(int value) {
        return value == CommandSet.ABSENT ? null : new byte[] {(byte) value, (byte) (value >>> 8)};
    }

    private static byte[] string(String value, byte padding) {
        if (value == null) {
            return null;
        }
        byte[] text = value.getBytes(StandardCharsets.ISO_8859_1);
        if (text.length % 2 == 0) {
            return text;
        }
        byte[] padded = new byte[text.length + 1];
        System.arraycopy(text, 0, padded, 0, text.length);
        padded[text.length] = padding;
        return padded;
    }

    private static int putHeader(byte[] out, int offset, Element element, int length) {
        out[offset] = 0;
        out[offset + 1] = 0;
        out[offset + 2] = (byte) element.number;
        out[offset + 3] = (byte) (element.number >>> 8);
        putUint32(out, offset + 4, length);
        return offset + HEADER_LENGTH;
    }

    private static void putUint32(byte[] out, int offset, int value) {
        out[offset] = (byte) value;
        out[offset + 1] = (byte) (value >>> 8);
        out[offset + 2] = (byte) (value >>> 16);
        out[offset + 3] = (byte) (value >>> 24);
    }

    private static int uint16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    private static long uint32(byte[] bytes, int offset) {
        return uint16(bytes, offset) | (long) uint16(bytes, offset + 2) << 16;
    }

    private static String describe(int number) {
        Element element = Element.of(number);
        return element != null ? element.toString() : tag(number);
    }

    private static String tag(int number) {
        return String.format(Locale.ROOT, "(0000,%04X)", number);
    }
}
