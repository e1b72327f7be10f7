package io.github.cameldicom.storage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import io.github.cameldicom.data.StorageSopClasses;

/**
 * How dcmrecv names the file of an instance ({@code man dcmrecv}, "Filename Generation"). Every name ends with the
 * extension of dcmrecv {@code -fe} (none by default). The modality prefix is the short name DCMTK derives from the
 * SOP Class UID; for a class DCMTK has no prefix for, dcmrecv 3.6.7 writes
 * {@value StorageSopClasses#UNKNOWN_MODALITY_PREFIX} in all schemes except {@code +fsu}, which writes
 * {@value #SHORT_UNKNOWN_PREFIX} (both confirmed with dcmrecv runs).
 */
public enum FileNameScheme {

    /**
     * dcmrecv {@code +fd}, {@code --default-filenames} (its default):
     * {@code <prefix>.<sop-instance-uid><ext>}. The same instance received again overwrites the file, with a
     * warning.
     */
    sopInstance(StorageSopClasses.UNKNOWN_MODALITY_PREFIX, true) {
        @Override
        String fileName(String prefix, String sopInstanceUid, String extension, NameSources sources) {
            return prefix + '.' + sopInstanceUid + extension;
        }
    },

    /**
     * dcmrecv {@code +fu}, {@code --unique-filenames}: {@code <prefix>.X.<new-uid><ext>}; the infix {@code .X}
     * keeps it apart from real SOP Instance UIDs. dcmrecv makes the UID under DCMTK's root; this scheme makes a
     * {@code 2.25} UUID-derived one. Never overwrites.
     */
    unique(StorageSopClasses.UNKNOWN_MODALITY_PREFIX, false) {
        @Override
        String fileName(String prefix, String sopInstanceUid, String extension, NameSources sources) {
            return prefix + ".X." + sources.newUid() + extension;
        }
    },

    /**
     * dcmrecv {@code +fsu}, {@code --short-unique-names}: {@code <prefix>_<16 hex digits><ext>}, lower-case as
     * DCMTK writes them. DCMTK makes 8 digits from its start time and 8 from a time-seeded generator; this scheme
     * makes all 16 from 64 random bits. Never overwrites.
     */
    shortUnique(FileNameScheme.SHORT_UNKNOWN_PREFIX, false) {
        @Override
        String fileName(String prefix, String sopInstanceUid, String extension, NameSources sources) {
            return prefix + '_' + HexFormat.of().toHexDigits(sources.randomBits()) + extension;
        }
    },

    /**
     * dcmrecv {@code +fst}, {@code --system-time-names}: {@code <YYYYMMDDhhmmss>.<microseconds>.<prefix><ext>},
     * e.g. {@code 20240131235959.000042.CT.dcm}, from the clock in its time zone (dcmrecv uses local time). Unlike
     * dcmrecv, never overwrites: two instances in the same microsecond get successive microseconds.
     */
    systemTime(StorageSopClasses.UNKNOWN_MODALITY_PREFIX, false) {
        @Override
        String fileName(String prefix, String sopInstanceUid, String extension, NameSources sources) {
            Instant now = sources.nextTimestamp();
            LocalDateTime local = LocalDateTime.ofInstant(now, sources.clock().getZone());
            return local.format(MICROSECONDS) + '.' + prefix + extension;
        }
    };

    /** The prefix of dcmrecv {@code +fsu} names for a SOP class DCMTK has no modality prefix for. */
    public static final String SHORT_UNKNOWN_PREFIX = "XX";

    /** ASCII digits whatever the default locale (DecimalStyle.STANDARD), as NameSafety requires. */
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss'.'SSSSSS");

    private final String unknownPrefix;
    private final boolean overwrites;

    FileNameScheme(String unknownPrefix, boolean overwrites) {
        this.unknownPrefix = unknownPrefix;
        this.overwrites = overwrites;
    }

    /** The prefix this scheme uses for a SOP class DCMTK has no modality prefix for. */
    public String unknownPrefix() {
        return unknownPrefix;
    }

    /**
     * Whether a name depends only on the instance, so that the same instance again overwrites its file; otherwise
     * each name is new and must not overwrite anything.
     */
    public boolean overwrites() {
        return overwrites;
    }

    /** Whether the name contains the SOP Instance UID. */
    public boolean needsSopInstanceUid() {
        return this == sopInstance;
    }

    /**
     * One candidate file name, without directory. The parts must already be checked.
     *
     * @param sopInstanceUid null unless {@link #needsSopInstanceUid()}
     */
    abstract String fileName(String prefix, String sopInstanceUid, String extension, NameSources sources);
}
