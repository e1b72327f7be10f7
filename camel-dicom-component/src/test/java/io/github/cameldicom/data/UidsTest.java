package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UidsTest {

    @Test
    void generatedUidsAreValidUuidDerivedAndUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String uid = Uids.generate();
            assertTrue(Uids.isValid(uid), uid);
            assertTrue(uid.startsWith("2.25."), uid);
            assertTrue(uid.length() <= 44, uid);
            BigInteger value = new BigInteger(uid.substring(5));
            assertTrue(value.bitLength() <= 128, uid);
            assertTrue(seen.add(uid), "duplicate " + uid);
        }
    }

    @Test
    void implementationIdentity() {
        assertTrue(Uids.isValid(Uids.IMPLEMENTATION_CLASS_UID));
        assertTrue(Uids.IMPLEMENTATION_CLASS_UID.startsWith("2.25."));
        assertEquals("CAMELDICOM_010", Uids.IMPLEMENTATION_VERSION_NAME);
        assertTrue(Uids.IMPLEMENTATION_VERSION_NAME.length() <= 16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.2", "0.0", "1.2.840.10008.1.2.1", "2.25.0", "1.20.300",
        "1234567890123456789012345678901234567890123456789012345678901234"})
    void valid(String uid) {
        assertTrue(Uids.isValid(uid), uid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "1.", ".1", "1..2", "1.02", "01", "00", "1.2.a", "1.2 ", " 1.2", "1,2",
        "1.2\u0000", "1.2-3", "12345678901234567890123456789012345678901234567890123456789012345",
        "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27"})
    void invalid(String uid) {
        assertFalse(Uids.isValid(uid), uid);
    }

    @Test
    void nullIsInvalid() {
        assertFalse(Uids.isValid(null));
        assertFalse(Uids.isValidAllowingLeadingZeros(null));
    }

    /** Old archives' UIDs with leading zeros: not valid, but as harmless as valid ones. */
    @ParameterizedTest
    @ValueSource(strings = {"1.02", "01", "00", "1.2.840.0113654.2.70.1", "0.0.0",
        "1234567890123456789012345678901234567890123456789012345678901234"})
    void validAllowingLeadingZeros(String uid) {
        assertTrue(Uids.isValidAllowingLeadingZeros(uid), uid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "1.", ".1", "1..2", "1.2.a", "1.2 ", "1/2", "../1.2", "1.2\\3",
        "1.2\u0000", "1.2\r\n3", "12345678901234567890123456789012345678901234567890123456789012345"})
    void notValidEvenAllowingLeadingZeros(String uid) {
        assertFalse(Uids.isValidAllowingLeadingZeros(uid), uid);
    }
}
