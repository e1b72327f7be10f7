package io.github.cameldicom.dimse;

import java.util.Locale;

/**
 * Values of Status (0000,0900): the general statuses of PS3.7 Annex C and the C-STORE statuses of PS3.4 §B.2.3,
 * Table B.2-1, with their Status Class (PS3.7 Annex C: Success, Warning, Failure, Cancel, Pending).
 *
 * <p>Axxx, Bxxx and Cxxx values are assigned per service class, so the same value may mean something else in another
 * service (A900H is "Identifier does not match SOP Class" in C-FIND). {@link #describe(int)} uses the Storage meaning
 * because storage is what this project provides.
 */
public final class Status {

    /** Success, PS3.7 §C.1.1. */
    public static final int SUCCESS = 0x0000;

    // Warning class, PS3.7 §C.4 and PS3.4 Table B.2-1.

    /** Attribute List Error: warning, PS3.7 §C.4.2. */
    public static final int ATTRIBUTE_LIST_ERROR = 0x0107;
    /** Attribute Value Out of Range: warning, PS3.7 §C.4.3. */
    public static final int ATTRIBUTE_VALUE_OUT_OF_RANGE = 0x0116;
    /** C-STORE warning: Coercion of Data Elements, PS3.4 Table B.2-1. */
    public static final int COERCION_OF_DATA_ELEMENTS = 0xB000;
    /** C-STORE warning: Elements Discarded, PS3.4 Table B.2-1. */
    public static final int ELEMENTS_DISCARDED = 0xB006;
    /** C-STORE warning: Data Set does not match SOP Class, PS3.4 Table B.2-1. */
    public static final int DATA_SET_DOES_NOT_MATCH_SOP_CLASS_WARNING = 0xB007;

    // Failure class, general statuses of PS3.7 §C.5.

    /** No such attribute, PS3.7 §C.5. */
    public static final int NO_SUCH_ATTRIBUTE = 0x0105;
    /** Invalid attribute value, PS3.7 §C.5. */
    public static final int INVALID_ATTRIBUTE_VALUE = 0x0106;
    /** Processing failure, PS3.7 §C.5. */
    public static final int PROCESSING_FAILURE = 0x0110;
    /** Duplicate SOP Instance, PS3.7 §C.5. */
    public static final int DUPLICATE_SOP_INSTANCE = 0x0111;
    /** No such SOP Instance, PS3.7 §C.5. */
    public static final int NO_SUCH_SOP_INSTANCE = 0x0112;
    /** No such event type, PS3.7 §C.5. */
    public static final int NO_SUCH_EVENT_TYPE = 0x0113;
    /** No such argument, PS3.7 §C.5. */
    public static final int NO_SUCH_ARGUMENT = 0x0114;
    /** Invalid argument value, PS3.7 §C.5. */
    public static final int INVALID_ARGUMENT_VALUE = 0x0115;
    /** Invalid object instance, PS3.7 §C.5. */
    public static final int INVALID_OBJECT_INSTANCE = 0x0117;
    /** No such SOP Class, PS3.7 §C.5. */
    public static final int NO_SUCH_SOP_CLASS = 0x0118;
    /** Class-Instance conflict, PS3.7 §C.5. */
    public static final int CLASS_INSTANCE_CONFLICT = 0x0119;
    /** Missing attribute, PS3.7 §C.5. */
    public static final int MISSING_ATTRIBUTE = 0x0120;
    /** Missing attribute value, PS3.7 §C.5. */
    public static final int MISSING_ATTRIBUTE_VALUE = 0x0121;
    /** Refused: SOP Class not supported, PS3.7 §C.5. */
    public static final int SOP_CLASS_NOT_SUPPORTED = 0x0122;
    /** No such action type, PS3.7 §C.5. */
    public static final int NO_SUCH_ACTION_TYPE = 0x0123;
    /** Refused: not authorized, PS3.7 §C.5. */
    public static final int NOT_AUTHORIZED = 0x0124;
    /** Duplicate invocation, PS3.7 §C.5. */
    public static final int DUPLICATE_INVOCATION = 0x0210;
    /** Unrecognized operation, PS3.7 §C.5. */
    public static final int UNRECOGNIZED_OPERATION = 0x0211;
    /** Mistyped argument, PS3.7 §C.5. */
    public static final int MISTYPED_ARGUMENT = 0x0212;
    /** Resource limitation, PS3.7 §C.5. */
    public static final int RESOURCE_LIMITATION = 0x0213;

    // Failure class, C-STORE statuses of PS3.4 Table B.2-1; each stands for its whole range.

    /** C-STORE failure: Refused: Out of Resources (A7xx), PS3.4 Table B.2-1. */
    public static final int REFUSED_OUT_OF_RESOURCES = 0xA700;
    /** C-STORE failure: Error: Data Set does not match SOP Class (A9xx), PS3.4 Table B.2-1. */
    public static final int DATA_SET_DOES_NOT_MATCH_SOP_CLASS = 0xA900;
    /** C-STORE failure: Error: Cannot understand (Cxxx), PS3.4 Table B.2-1. */
    public static final int CANNOT_UNDERSTAND = 0xC000;

    /** Cancel, PS3.7 §C.3. */
    public static final int CANCEL = 0xFE00;
    /** Pending, PS3.7 §C.2. */
    public static final int PENDING = 0xFF00;
    /** Pending with a warning (e.g. C-FIND optional keys not supported), PS3.7 §C.2. */
    public static final int PENDING_WARNING = 0xFF01;

    /** Status Class, PS3.7 Annex C. */
    public enum Category {
        SUCCESS,
        WARNING,
        FAILURE,
        CANCEL,
        PENDING
    }

    private Status() {
    }

    /**
     * The Status Class of a status value by the ranges of PS3.7 Annex C: Success 0000; Warning 0001, Bxxx, 0107,
     * 0116; Cancel FE00; Pending FF00, FF01; Failure Axxx, Cxxx and the other 01xx and 02xx.
     *
     * <p>Annex C forbids any other value; those count as failure too, because an unexplained status must never be
     * taken for success.
     */
    public static Category category(int status) {
        if (status == SUCCESS) {
            return Category.SUCCESS;
        }
        if (status == 0x0001 || status == ATTRIBUTE_LIST_ERROR || status == ATTRIBUTE_VALUE_OUT_OF_RANGE
                || (status & 0xF000) == 0xB000) {
            return Category.WARNING;
        }
        if (status == CANCEL) {
            return Category.CANCEL;
        }
        if (status == PENDING || status == PENDING_WARNING) {
            return Category.PENDING;
        }
        return Category.FAILURE;
    }

    /**
     * A short English meaning of a status value for logs, e.g. "Refused: Out of Resources" for any A7xx. Ranged
     * C-STORE statuses use the wording of PS3.4 Table B.2-1; values the standard does not name are described by
     * their Status Class.
     */
    public static String describe(int status) {
        String named = named(status);
        if (named != null) {
            return named;
        }
        return switch (status & 0xFF00) {
            case 0xA700 -> "Refused: Out of Resources";
            case 0xA900 -> "Error: Data Set does not match SOP Class";
            default -> (status & 0xF000) == 0xC000 ? "Error: Cannot understand" : unnamed(status);
        };
    }

    /** The value as four upper-case hex digits with a {@code 0x} prefix, e.g. {@code 0xA700}. */
    public static String hex(int status) {
        return String.format(Locale.ROOT, "0x%04X", status & 0xFFFF);
    }

    private static String named(int status) {
        return switch (status) {
            case SUCCESS -> "Success";
            case 0x0001 -> "Warning: Requested optional Attributes are not supported";
            case ATTRIBUTE_LIST_ERROR -> "Warning: Attribute list error";
            case ATTRIBUTE_VALUE_OUT_OF_RANGE -> "Warning: Attribute Value Out of Range";
            case COERCION_OF_DATA_ELEMENTS -> "Warning: Coercion of Data Elements";
            case ELEMENTS_DISCARDED -> "Warning: Elements Discarded";
            case DATA_SET_DOES_NOT_MATCH_SOP_CLASS_WARNING -> "Warning: Data Set does not match SOP Class";
            case NO_SUCH_ATTRIBUTE -> "No such attribute";
            case INVALID_ATTRIBUTE_VALUE -> "Invalid attribute value";
            case PROCESSING_FAILURE -> "Processing failure";
            case DUPLICATE_SOP_INSTANCE -> "Duplicate SOP Instance";
            case NO_SUCH_SOP_INSTANCE -> "No such SOP Instance";
            case NO_SUCH_EVENT_TYPE -> "No such event type";
            case NO_SUCH_ARGUMENT -> "No such argument";
            case INVALID_ARGUMENT_VALUE -> "Invalid argument value";
            case INVALID_OBJECT_INSTANCE -> "Invalid object instance";
            case NO_SUCH_SOP_CLASS -> "No such SOP Class";
            case CLASS_INSTANCE_CONFLICT -> "Class-Instance conflict";
            case MISSING_ATTRIBUTE -> "Missing attribute";
            case MISSING_ATTRIBUTE_VALUE -> "Missing attribute value";
            case SOP_CLASS_NOT_SUPPORTED -> "Refused: SOP Class not supported";
            case NO_SUCH_ACTION_TYPE -> "No such action type";
            case NOT_AUTHORIZED -> "Refused: not authorized";
            case DUPLICATE_INVOCATION -> "Duplicate invocation";
            case UNRECOGNIZED_OPERATION -> "Unrecognized operation";
            case MISTYPED_ARGUMENT -> "Mistyped argument";
            case RESOURCE_LIMITATION -> "Resource limitation";
            case CANCEL -> "Cancel";
            case PENDING -> "Pending";
            case PENDING_WARNING -> "Pending with warning";
            default -> null;
        };
    }

    private static String unnamed(int status) {
        return switch (category(status)) {
            case WARNING -> "Warning";
            case FAILURE -> "Failure";
            default -> throw new IllegalStateException("every Success, Cancel and Pending value is named");
        };
    }
}
