package io.github.cameldicom.dimse;

import io.github.cameldicom.dimse.Status.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Status Classes by the ranges of PS3.7 Annex C, and the log texts of PS3.4 Table B.2-1. */
class StatusTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "0000, SUCCESS",
            "0001, WARNING",
            "0107, WARNING",
            "0116, WARNING",
            "B000, WARNING",
            "B006, WARNING",
            "B007, WARNING",
            "BFFF, WARNING",
            "FE00, CANCEL",
            "FF00, PENDING",
            "FF01, PENDING",
            "0105, FAILURE",
            "0106, FAILURE",
            "0110, FAILURE",
            "0111, FAILURE",
            "0122, FAILURE",
            "0124, FAILURE",
            "0210, FAILURE",
            "0213, FAILURE",
            "A700, FAILURE",
            "A7FF, FAILURE",
            "A900, FAILURE",
            "C000, FAILURE",
            "CFFF, FAILURE",
            // Values Annex C does not allow are never taken for success.
            "0002, FAILURE",
            "FE01, FAILURE",
            "FF02, FAILURE",
            "D000, FAILURE"
    })
    void category(String hex, Category expected) {
        assertEquals(expected, Status.category(Integer.parseInt(hex, 16)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0000|Success",
            "A700|Refused: Out of Resources",
            "A7F3|Refused: Out of Resources",
            "A900|Error: Data Set does not match SOP Class",
            "A9FF|Error: Data Set does not match SOP Class",
            "C000|Error: Cannot understand",
            "C123|Error: Cannot understand",
            "B000|Warning: Coercion of Data Elements",
            "B006|Warning: Elements Discarded",
            "B007|Warning: Data Set does not match SOP Class",
            "0111|Duplicate SOP Instance",
            "0122|Refused: SOP Class not supported",
            "0211|Unrecognized operation",
            "FE00|Cancel",
            "FF01|Pending with warning",
            "B123|Warning",
            "A801|Failure",
            "0002|Failure"
    })
    void describe(String hex, String expected) {
        assertEquals(expected, Status.describe(Integer.parseInt(hex, 16)));
    }

    @Test
    void hexHasFourUpperCaseDigits() {
        assertEquals("0xA700", Status.hex(Status.REFUSED_OUT_OF_RESOURCES));
        assertEquals("0x0000", Status.hex(Status.SUCCESS));
        assertEquals("0x0122", Status.hex(0x122));
        assertEquals("0xFF01", Status.hex(Status.PENDING_WARNING));
    }

    @Test
    void constantsHaveTheValuesOfTheStandard() {
        assertEquals(0xB000, Status.COERCION_OF_DATA_ELEMENTS);
        assertEquals(0xB006, Status.ELEMENTS_DISCARDED);
        assertEquals(0xB007, Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS_WARNING);
        assertEquals(0xA700, Status.REFUSED_OUT_OF_RESOURCES);
        assertEquals(0xA900, Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS);
        assertEquals(0xC000, Status.CANNOT_UNDERSTAND);
        assertEquals(0x0110, Status.PROCESSING_FAILURE);
        assertEquals(0x0111, Status.DUPLICATE_SOP_INSTANCE);
        assertEquals(0x0122, Status.SOP_CLASS_NOT_SUPPORTED);
        assertEquals(0x0124, Status.NOT_AUTHORIZED);
        assertEquals(0x0211, Status.UNRECOGNIZED_OPERATION);
        assertEquals(0x0213, Status.RESOURCE_LIMITATION);
    }
}
