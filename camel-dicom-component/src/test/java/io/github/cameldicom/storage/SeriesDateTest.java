package io.github.cameldicom.storage;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Series Date values DCMTK 3.6.7 accepts. Each row was sent to a real {@code dcmrecv +ssd} (raw value written with
 * pydicom, sent with storescu); the expected column is the subdirectory dcmrecv chose, "undef" for its fallback.
 */
class SeriesDateTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "NULL", textBlock = """
            19970430              | data/1997/04/30/
            '20200101  '          | data/2020/01/01/
            20230231              | data/2023/02/31/
            19000230              | data/1900/02/30/
            20200229              | data/2020/02/29/
            99991231              | data/9999/12/31/
            00000101              | data/0000/01/01/
            2020.05.17            | data/2020/05/17/
            2020.02.31            | data/2020/02/31/
            20200101\\20210202    | data/2020/01/01/
            20200101\\x           | data/2020/01/01/
            '20200101 \\'         | data/2020/01/01/
            20231301              | undef
            20200132              | undef
            20200100              | undef
            2020.13.01            | undef
            0000.00.00            | undef
            '\\20200101 '         | undef
            ' 20200101 '          | undef
            ' 2020101'            | undef
            '2020 101'            | undef
            '2020 1 1'            | undef
            +0200101              | undef
            +2020101              | undef
            -2020101              | undef
            2020010A              | undef
            '2020. 5.17'          | undef
            '2020.5.17 '          | undef
            '2020.05.1 '          | undef
            ' 2020.05.1'          | undef
            2020.+5.17            | undef
            2020/05/17            | undef
            2020-05-17            | undef
            ''                    | undef
            NULL                  | undef
            """)
    void acceptsWhatDcmrecvAccepts(String raw, String expected) {
        Optional<String> subdirectory = SeriesDate.parse(raw).map(SeriesDate::subdirectory);
        assertEquals(expected, subdirectory.orElse("undef"));
    }

    @ParameterizedTest(name = "[{0}] -> undef")
    @ValueSource(strings = {"20200101\u0000\u0000", "2020\u0660101", "../../../etc", "20200101/../.."})
    void rejectsNulPaddingNonAsciiDigitsAndPaths(String raw) {
        // dcmrecv 3.6.7 filed the NUL-padded value under undef/; U+0660 is an Arabic-Indic digit, not ASCII
        assertEquals(Optional.empty(), SeriesDate.parse(raw));
    }
}
