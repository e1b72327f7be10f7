package io.github.cameldicom.receiver;

/** Which subdirectories of the output directory received files go to. */
public enum SubdirectoryScheme {

    /** None: dcmrecv {@code -s} (default). */
    NONE("none"),
    /** {@code data/YYYY/MM/DD} from the Series Date, else {@code undef/YYYYMMDD}: dcmrecv {@code +ssd}. */
    SERIES_DATE("seriesDate");

    private final String propertyValue;

    SubdirectoryScheme(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** The value of this setting in the receiver's Camel properties. */
    public String propertyValue() {
        return propertyValue;
    }
}
