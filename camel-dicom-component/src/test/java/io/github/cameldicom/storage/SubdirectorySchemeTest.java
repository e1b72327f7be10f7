package io.github.cameldicom.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubdirectorySchemeTest {

    private static final Clock UTC_EVENING = Clock.fixed(Instant.parse("2024-02-29T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void noneIsTheOutputDirectoryItself() {
        assertEquals("", SubdirectoryScheme.none.subdirectory("19970430", UTC_EVENING));
        assertEquals("", SubdirectoryScheme.none.subdirectory(null, UTC_EVENING));
    }

    @Test
    void validSeriesDateGivesDataYearMonthDay() {
        assertEquals("data/1997/04/30/", SubdirectoryScheme.seriesDate.subdirectory("19970430", UTC_EVENING));
        assertEquals("data/2020/05/17/", SubdirectoryScheme.seriesDate.subdirectory("2020.05.17", UTC_EVENING));
    }

    @Test
    void missingEmptyOrInvalidSeriesDateGivesUndefToday() {
        assertEquals("undef/20240229/", SubdirectoryScheme.seriesDate.subdirectory(null, UTC_EVENING));
        assertEquals("undef/20240229/", SubdirectoryScheme.seriesDate.subdirectory("", UTC_EVENING));
        assertEquals("undef/20240229/", SubdirectoryScheme.seriesDate.subdirectory("20241301", UTC_EVENING));
        assertEquals("undef/20240229/", SubdirectoryScheme.seriesDate.subdirectory("../../etc", UTC_EVENING));
    }

    @Test
    void todayIsTheDateInTheClocksTimeZone() {
        // dcmrecv uses the local date; the clock's zone stands for "local"
        Clock berlin = UTC_EVENING.withZone(ZoneId.of("Europe/Berlin"));
        assertEquals("undef/20240301/", SubdirectoryScheme.seriesDate.subdirectory(null, berlin));
    }
}
