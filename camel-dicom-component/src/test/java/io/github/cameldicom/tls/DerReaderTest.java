package io.github.cameldicom.tls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigInteger;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DER subset of key files, and lengths that lie about the data behind them. */
class DerReaderTest {

    @Test
    void algorithmIdentifierOfAnRsaKey() throws Exception {
        // SEQUENCE { INTEGER 0, SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }, OCTET STRING 01 02 }
        DerReader info = reader("3016 020100 300d 06092a864886f70d010101 0500 04020102").sequence();
        assertEquals(BigInteger.ZERO, info.integer());
        DerReader algorithm = info.sequence();
        assertEquals("1.2.840.113549.1.1.1", algorithm.objectIdentifier());
        algorithm.skip();
        assertFalse(algorithm.hasMore());
        assertEquals("0102", HexFormat.of().formatHex(info.octetString()));
        assertFalse(info.hasMore());
    }

    @ParameterizedTest
    @CsvSource({
        "06082a8648ce3d030107, 1.2.840.10045.3.1.7",
        "06032b6570,           1.3.101.112",
        "0603883703,           2.999.3",
    })
    void objectIdentifiers(String der, String dotted) throws Exception {
        assertEquals(dotted, reader(der).objectIdentifier());
    }

    @Test
    void longFormLengths() throws Exception {
        byte[] der = new byte[4 + 300];
        der[0] = 0x04;
        der[1] = (byte) 0x82;
        der[2] = 0x01;
        der[3] = 0x2c;
        assertEquals(300, new DerReader(der).octetString().length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "length beyond the data,        3005 0201",
        "length field beyond the data,  3084 0000",
        "five-byte length field,        3085 ffffffffff",
        "indefinite length,             3080 0000",
        "missing length,                30",
        "empty integer,                 0200",
        "truncated OID,                 0602 2a86",
        "multi-byte tag,                1f8100 00",
    })
    void malformedInputFailsWithoutAllocating(String what, String der) {
        DerReader r = reader(der);
        IOException e = assertThrows(IOException.class, () -> {
            int tag = r.peekTag();
            if (tag == DerReader.INTEGER) {
                r.integer();
            } else if (tag == DerReader.OBJECT_IDENTIFIER) {
                r.objectIdentifier();
            } else if (tag == DerReader.SEQUENCE) {
                r.sequence();
            } else {
                r.skip();
            }
        });
        assertTrue(e.getMessage().startsWith("malformed DER"), e.getMessage());
    }

    @Test
    void wrongTagNamesBoth() {
        IOException e = assertThrows(IOException.class, () -> reader("020100").sequence());
        assertEquals("malformed DER: expected tag 0x30, found 0x02", e.getMessage());
    }

    private static DerReader reader(String hex) {
        return new DerReader(HexFormat.of().parseHex(hex.replace(" ", "")));
    }
}
