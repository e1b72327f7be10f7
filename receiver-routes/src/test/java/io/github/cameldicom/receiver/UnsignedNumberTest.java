package io.github.cameldicom.receiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers read as C's {@code sscanf("%lu")} reads them, as dcmrecv does. */
class UnsignedNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "104|104",
        "'  104'|104",
        "'\t104'|104",
        "+104|104",
        "104abc|104",
        "104.5|104",
        "0x1000|0",
        "007|7",
        "0|0",
        "-0|0",
        "-1|-1",
        "-18446744073709551615|1",
        "18446744073709551615|-1",
        "18446744073709551616|-1",
        "99999999999999999999999|-1",
        "-99999999999999999999999|-1",
    })
    void scansLikeSscanf(String text, long expectedBits) {
        assertEquals(OptionalLong.of(expectedBits), UnsignedNumber.scan(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "abc", "' '", "+", "-", "x1", "'- 1'"})
    void findsNoNumber(String text) {
        assertEquals(OptionalLong.empty(), UnsignedNumber.scan(text));
    }

    @Test
    void optionValuesMayNotBeNegative() {
        assertEquals("Invalid value for option --acse-timeout (-1)", optionError("-1"));
        assertEquals("Invalid value for option --acse-timeout ( -5)", optionError(" -5"));
        assertEquals("Invalid value for option --acse-timeout (x)", optionError("x"));
        assertEquals("Invalid value for option --acse-timeout", optionError(""));
        assertEquals("Invalid value for option --acse-timeout (underflow: 0)", optionError("0"));
    }

    @Test
    void optionRangesAreInclusive() throws CommandLineException {
        assertEquals(4096, UnsignedNumber.optionValue(Option.MAX_PDU, "4096", 4096, 131072));
        assertEquals(131072, UnsignedNumber.optionValue(Option.MAX_PDU, "131072", 4096, 131072));
        CommandLineException overflow = assertThrows(CommandLineException.class,
                () -> UnsignedNumber.optionValue(Option.MAX_PDU, "131073", 4096, 131072));
        assertEquals("Invalid value for option --max-pdu (overflow: 131073)", overflow.getMessage());
    }

    @Test
    void parametersWrapNegativeNumbersAround() throws CommandLineException {
        assertEquals("Invalid parameter value -1 (overflow)", parameterError("-1"));
        assertEquals("Invalid parameter value -0 (underflow)", parameterError("-0"));
        assertEquals("Invalid parameter value abc", parameterError("abc"));
        assertEquals("Invalid parameter value ", parameterError(""));
        assertEquals(1, UnsignedNumber.parameterValue("-18446744073709551615", 1, 65535));
    }

    private static String optionError(String text) {
        return assertThrows(CommandLineException.class,
                () -> UnsignedNumber.optionValue(Option.ACSE_TIMEOUT, text, 1, UnsignedNumber.UNBOUNDED))
                .getMessage();
    }

    private static String parameterError(String text) {
        return assertThrows(CommandLineException.class, () -> UnsignedNumber.parameterValue(text, 1, 65535))
                .getMessage();
    }
}
