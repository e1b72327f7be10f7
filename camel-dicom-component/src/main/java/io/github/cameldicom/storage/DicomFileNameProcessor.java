package io.github.cameldicom.storage;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.github.cameldicom.DicomConstants;
import io.github.cameldicom.data.StorageSopClasses;
import io.github.cameldicom.data.Uids;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names the file of a received instance the way {@code dcmrecv} does: a {@link SubdirectoryScheme} ({@code -s},
 * {@code +ssd}), a {@link FileNameScheme} ({@code +fd}, {@code +fu}, {@code +fsu}, {@code +fst}) and an extension
 * ({@code -fe}). Sets the relative path, with {@code /} separators, as both {@link Exchange#FILE_NAME} and
 * {@link DicomConstants#RELATIVE_PATH}.
 *
 * <p>Reads the headers {@link DicomConstants#SOP_INSTANCE_UID} (for {@code sopInstance} names),
 * {@link DicomConstants#SERIES_DATE} (for {@code seriesDate} subdirectories), and
 * {@link DicomConstants#MODALITY_PREFIX} or, without it, {@link DicomConstants#SOP_CLASS_UID} to derive the prefix
 * with {@link StorageSopClasses#modalityPrefix(String, String)}. A prefix header of
 * {@value StorageSopClasses#UNKNOWN_MODALITY_PREFIX} stands for "DCMTK has none" and becomes the scheme's own
 * fallback ({@code XX} for {@code shortUnique}).
 *
 * <p>Headers are not trusted: a value that could lead out of the output directory fails the exchange with a
 * {@link DicomFileNameException} (see {@link NameSafety} for the rules and why nothing is repaired).
 *
 * <p>Overwriting: {@code sopInstance} names overwrite, as in dcmrecv, with a warning when the file exists already
 * (known only with a {@link #setDirectory(String) directory}) or another unfinished exchange is storing the same
 * instance (the route's file endpoint should use {@code fileExist=Override}). The other schemes never overwrite, also with many associations at once: each name is
 * reserved in this processor until its exchange completes and, when the processor knows the output {@link
 * #setDirectory(String) directory}, is only handed out if no file of that name exists there. Without a directory the
 * random schemes rely on the randomness of their names (122 or 64 random bits), and {@code systemTime} on its
 * strictly increasing microseconds, to avoid files written by earlier runs. Routes that write into the same
 * directory should therefore share one processor bean.
 *
 * <p>From Java: {@code new DicomFileNameProcessor().withSubdirectoryScheme(SubdirectoryScheme.seriesDate)
 * .withFileNameScheme(FileNameScheme.shortUnique).withExtension(".dcm")}. From YAML DSL, as a bean with properties
 * {@code subdirectoryScheme}, {@code fileNameScheme}, {@code extension} and {@code directory}. Configure it before the
 * route starts; it is then safe for any number of concurrent exchanges.
 */
public class DicomFileNameProcessor implements Processor {

    /** Candidates tried before giving up on finding a free name, as DCMTK's {@code +fsu} generator does. */
    static final int MAX_ATTEMPTS = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DicomFileNameProcessor.class);

    private SubdirectoryScheme subdirectoryScheme = SubdirectoryScheme.none;
    private FileNameScheme fileNameScheme = FileNameScheme.sopInstance;
    private String extension = "";
    private Path directory;
    private NameSources sources = new NameSources(Clock.systemDefaultZone(), new SecureRandom(), Uids::generate);
    private final NameReservations reservations = new NameReservations();

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String prefix = modalityPrefix(message);
        String sopInstanceUid = fileNameScheme.needsSopInstanceUid()
                ? NameSafety.requireSopInstanceUid(message.getHeader(DicomConstants.SOP_INSTANCE_UID, String.class))
                : null;
        String subdirectory = subdirectoryScheme.subdirectory(
                message.getHeader(DicomConstants.SERIES_DATE, String.class), sources.clock());
        String relativePath = fileNameScheme.overwrites()
                ? overwritingPath(exchange, subdirectory + fileNameScheme.fileName(prefix, sopInstanceUid, extension,
                        sources))
                : freshPath(exchange, subdirectory, prefix);
        LOG.debug("Relative path of the received instance: {}", relativePath);
        message.setHeader(Exchange.FILE_NAME, relativePath);
        message.setHeader(DicomConstants.RELATIVE_PATH, relativePath);
    }

    private String modalityPrefix(Message message) {
        String header = message.getHeader(DicomConstants.MODALITY_PREFIX, String.class);
        if (header != null) {
            String prefix = NameSafety.requirePrefix(header);
            return prefix.equals(StorageSopClasses.UNKNOWN_MODALITY_PREFIX) ? fileNameScheme.unknownPrefix() : prefix;
        }
        String sopClassUid = message.getHeader(DicomConstants.SOP_CLASS_UID, String.class);
        if ((sopClassUid == null || sopClassUid.isEmpty()) && fileNameScheme == FileNameScheme.sopInstance) {
            // as dcmrecv, which cannot make a default file name without a SOP Class UID
            throw new DicomFileNameException("no SOP Class UID and no modality prefix: the " + fileNameScheme
                    + " file name scheme needs one of them");
        }
        return StorageSopClasses.modalityPrefix(sopClassUid, fileNameScheme.unknownPrefix());
    }

    private String overwritingPath(Exchange exchange, String candidate) {
        String relativePath = NameSafety.requireSafeRelativePath(candidate);
        if (!reservations.reserve(relativePath)) {
            LOG.warn("Another exchange is storing the same instance, the later one overwrites: {}", relativePath);
        } else {
            releaseOnCompletion(exchange, relativePath);
            if (directory != null && existsForOverwriting(relativePath)) {
                LOG.warn("File already exists, overwriting: {}", relativePath);
            }
        }
        return relativePath;
    }

    private String freshPath(Exchange exchange, String subdirectory, String prefix) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String relativePath = NameSafety.requireSafeRelativePath(
                    subdirectory + fileNameScheme.fileName(prefix, null, extension, sources));
            // reserve first, then look: looking first could miss a file that a finishing exchange writes between
            if (!reservations.reserve(relativePath)) {
                continue;
            }
            boolean free = false;
            try {
                free = directory == null || !existsInDirectory(relativePath);
            } finally {
                if (!free) {
                    reservations.release(relativePath);
                }
            }
            if (free) {
                releaseOnCompletion(exchange, relativePath);
                return relativePath;
            }
        }
        throw new DicomFileNameException("no free " + fileNameScheme + " file name in "
                + (subdirectory.isEmpty() ? "the output directory" : subdirectory) + " after " + MAX_ATTEMPTS
                + " attempts");
    }

    private void releaseOnCompletion(Exchange exchange, String relativePath) {
        // success or failure alike: once the route is done the file exists on disk or will never be written
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                reservations.release(relativePath);
            }
        });
    }

    /**
     * Whether an overwriting name is taken, where only a warning depends on the answer. Plain stats answer the usual
     * cases, the file is there or its directory is and the file is not; the exact check of {@link
     * #existsInDirectory} makes the JDK throw and catch an exception for an absent file, about 5% of storing a small
     * instance, so it is left to a directory that is not there yet or cannot be (a file in the way fails here).
     */
    private boolean existsForOverwriting(String relativePath) {
        File file = resolveInDirectory(relativePath).toFile();
        if (file.exists()) {
            return true;
        }
        return !file.getParentFile().isDirectory() && existsInDirectory(relativePath);
    }

    private boolean existsInDirectory(String relativePath) {
        Path file = resolveInDirectory(relativePath);
        // a dangling symbolic link counts as taken: writing through it would create a file elsewhere
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        throw new DicomFileNameException("cannot tell whether " + file + " exists (no permission to look?)");
    }

    private Path resolveInDirectory(String relativePath) {
        Path file = directory.resolve(relativePath).normalize();
        if (!file.startsWith(directory)) {
            throw new DicomFileNameException("refusing relative path " + NameSafety.show(relativePath)
                    + ": it leaves the output directory");
        }
        return file;
    }

    /** Names currently reserved by unfinished exchanges. */
    int reservedCount() {
        return reservations.size();
    }

    public SubdirectoryScheme getSubdirectoryScheme() {
        return subdirectoryScheme;
    }

    /** The subdirectory scheme: {@code none} (dcmrecv {@code -s}, the default) or {@code seriesDate} ({@code +ssd}). */
    public void setSubdirectoryScheme(SubdirectoryScheme subdirectoryScheme) {
        this.subdirectoryScheme = Objects.requireNonNull(subdirectoryScheme, "subdirectoryScheme");
    }

    public FileNameScheme getFileNameScheme() {
        return fileNameScheme;
    }

    /**
     * The file name scheme: {@code sopInstance} (dcmrecv {@code +fd}, the default), {@code unique} ({@code +fu}),
     * {@code shortUnique} ({@code +fsu}) or {@code systemTime} ({@code +fst}).
     */
    public void setFileNameScheme(FileNameScheme fileNameScheme) {
        this.fileNameScheme = Objects.requireNonNull(fileNameScheme, "fileNameScheme");
    }

    public String getExtension() {
        return extension;
    }

    /**
     * Appended to every file name, as dcmrecv {@code -fe} (default none), e.g. {@code .dcm}. At most 64 printable
     * ASCII characters without blanks and without {@code / \ : * ? " < > |}.
     *
     * @throws IllegalArgumentException for an extension outside these rules
     */
    public void setExtension(String extension) {
        this.extension = NameSafety.requireExtension(extension);
    }

    public String getDirectory() {
        return directory == null ? null : directory.toString();
    }

    /**
     * The output directory the route writes to (the {@code file:} endpoint's directory), if it is on a local file
     * system: then names that never overwrite are also checked against the files in it. Null or empty: no check.
     */
    public void setDirectory(String directory) {
        this.directory = directory == null || directory.isEmpty() ? null
                : Path.of(directory).toAbsolutePath().normalize();
    }

    public Clock getClock() {
        return sources.clock();
    }

    /**
     * The clock for {@code undef/} subdirectories and {@code systemTime} names, in its time zone (default: the
     * system clock in the default time zone, i.e. local time as dcmrecv uses).
     */
    public void setClock(Clock clock) {
        sources = new NameSources(clock, sources.random(), sources.uids());
    }

    public DicomFileNameProcessor withSubdirectoryScheme(SubdirectoryScheme subdirectoryScheme) {
        setSubdirectoryScheme(subdirectoryScheme);
        return this;
    }

    public DicomFileNameProcessor withFileNameScheme(FileNameScheme fileNameScheme) {
        setFileNameScheme(fileNameScheme);
        return this;
    }

    public DicomFileNameProcessor withExtension(String extension) {
        setExtension(extension);
        return this;
    }

    public DicomFileNameProcessor withDirectory(Path directory) {
        setDirectory(directory == null ? null : directory.toString());
        return this;
    }

    public DicomFileNameProcessor withClock(Clock clock) {
        setClock(clock);
        return this;
    }

    /** For tests: the source of {@code shortUnique} names. */
    DicomFileNameProcessor withRandom(RandomGenerator random) {
        sources = new NameSources(sources.clock(), random, sources.uids());
        return this;
    }

    /** For tests: the source of {@code unique} names. */
    DicomFileNameProcessor withUidGenerator(Supplier<String> uids) {
        sources = new NameSources(sources.clock(), sources.random(), uids);
        return this;
    }

    @Override
    public String toString() {
        return "DicomFileNameProcessor[" + subdirectoryScheme + ", " + fileNameScheme
               + (extension.isEmpty() ? "" : ", " + extension) + (directory == null ? "" : ", in " + directory) + ']';
    }
}
