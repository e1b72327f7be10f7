package io.github.cameldicom.storage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Where below the output directory dcmrecv puts an instance ({@code man dcmrecv}, "Subdirectory Generation"). */
public enum SubdirectoryScheme {

    /** dcmrecv {@code -s}, {@code --no-subdir} (its default): directly in the output directory. */
    none {
        @Override
        public String subdirectory(String seriesDate, Clock clock) {
            return "";
        }
    },

    /**
     * dcmrecv {@code +ssd}, {@code --series-date-subdir}: {@code data/YYYY/MM/DD/} from a Series Date that DCMTK
     * accepts (see {@link SeriesDate}), otherwise {@code undef/YYYYMMDD/} from today's date in the clock's time
     * zone (dcmrecv uses the local date).
     */
    seriesDate {
        @Override
        public String subdirectory(String seriesDate, Clock clock) {
            return SeriesDate.parse(seriesDate)
                    .map(SeriesDate::subdirectory)
                    .orElseGet(() -> "undef/" + LocalDate.now(clock).format(BASIC_DATE) + '/');
        }
    };

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");

    /**
     * The subdirectory for an instance: empty, or relative path segments each followed by {@code /}.
     *
     * @param seriesDate the raw Series Date (0008,0021) value, or null if the data set has none
     * @param clock      what "today" means when the Series Date is missing or invalid
     */
    public abstract String subdirectory(String seriesDate, Clock clock);
}
