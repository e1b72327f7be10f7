package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a log line shows of a received value: printable ASCII only, unambiguous, at most a UID's length of it. */
class LogTextTest {

    @Test
    void validUidIsShownUnchanged() {
        assertEquals("1.2.840.10008.5.1.4.1.1.2", LogText.of("1.2.840.10008.5.1.4.1.1.2"));
        String longest = "1" + ".2".repeat(31) + "3";
        assertEquals(longest, LogText.of(longest));
    }

    @Test
    void controlCharactersCannotStartALine() {
        assertEquals("1.2\\x0d\\x0aWARN forged\\x00.3\\x1b[1m\\x7f",
                LogText.of("1.2\r\nWARN forged\u0000.3\u001b[1m\u007f"));
    }

    @Test
    void nonAsciiAndBackslashAreEscaped() {
        assertEquals("1.2\\\\3 \\xe9 \\u2028 \\u0131", LogText.of("1.2\\3 \u00e9 \u2028 \u0131"));
    }

    @Test
    void longValuesAreCutWithTheirLength() {
        String value = "1." + "2".repeat(1022);

        String shown = LogText.of(value);

        assertEquals(value.substring(0, 64) + "...(1024 characters)", shown);
    }

    @Test
    void escapesDoNotCountAgainstTheCutButStayBounded() {
        String shown = LogText.of("\n".repeat(1000));

        assertEquals("\\x0a".repeat(64) + "...(1000 characters)", shown);
    }

    @Test
    void aLongerLimitForLongerValues() {
        String subject = "CN=modality01.radiology.example.org,OU=Radiology,O=Example Hospital\\, Main Site,C=DE";

        assertEquals(subject.replace("\\", "\\\\"), LogText.of(subject, 256));
        assertEquals("CN=evil\\x0aI: forged line", LogText.of("CN=evil\nI: forged line", 256));
        assertEquals("CN=...(9 characters)", LogText.of("CN=abcdef", 3));
    }

    @Test
    void absentValue() {
        assertEquals("(none)", LogText.of(null));
    }
}
