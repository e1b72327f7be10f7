package io.github.cameldicom;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/** The options of a {@code dicom:} endpoint, shared by the component as defaults. */
@UriParams
public class DicomConfiguration implements Cloneable {

    @UriPath(defaultValue = "0.0.0.0", description = "The local address to listen on.")
    private String host = "0.0.0.0";
    @UriPath(description = "The TCP port to listen on.")
    @Metadata(required = true)
    private int port;

    @UriParam(label = "common", defaultValue = "DCMRECV")
    private String aeTitle = "DCMRECV";
    @UriParam(label = "common")
    private boolean useCalledAeTitle;
    @UriParam(label = "security")
    private boolean checkCalledAeTitle;
    @UriParam(label = "security")
    private String allowedCallingAeTitles;
    @UriParam(label = "common", defaultValue = "storage")
    private DicomAcceptance acceptance = DicomAcceptance.storage;
    @UriParam(label = "common")
    private String profileFile;
    @UriParam(label = "common", defaultValue = "default")
    private String profileName = "default";
    @UriParam(label = "common")
    private boolean acceptUnknownSopClasses;
    @UriParam(label = "common", defaultValue = "normal")
    private DicomStorageMode storageMode = DicomStorageMode.normal;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration")
    private long acseTimeout = 30000;
    @UriParam(label = "advanced", defaultValue = "0", javaType = "java.time.Duration")
    private long dimseTimeout;
    @UriParam(label = "advanced", defaultValue = "16384")
    private int maxPduLength = 16384;
    @UriParam(label = "advanced", defaultValue = "25")
    private int maxAssociations = 25;
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean hostnameLookup = true;
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean tcpNoDelay = true;
    @UriParam(label = "advanced", defaultValue = "262144")
    private int socketBufferSize = 262144;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long gracefulStopTimeout = 10000;

    @UriParam(label = "advanced")
    private String spoolDirectory;
    @UriParam(label = "advanced", defaultValue = "262144")
    private int inMemoryThreshold = 262144;

    @UriParam(label = "advanced", defaultValue = "0")
    private long minFreeSpace;
    @UriParam(label = "advanced")
    private boolean fsync;

    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;

    public DicomConfiguration copy() {
        try {
            return (DicomConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getHost() {
        return host;
    }

    /** The local address to listen on; 0.0.0.0 listens on all interfaces. */
    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    /** The TCP port to listen on. */
    public void setPort(int port) {
        this.port = port;
    }

    public String getAeTitle() {
        return aeTitle;
    }

    /** This receiver's AE title, 1 to 16 characters (dcmrecv -aet). */
    public void setAeTitle(String aeTitle) {
        this.aeTitle = aeTitle;
    }

    public boolean isUseCalledAeTitle() {
        return useCalledAeTitle;
    }

    /** Answer with whatever AE title the caller addressed instead of our own (dcmrecv -uca). */
    public void setUseCalledAeTitle(boolean useCalledAeTitle) {
        this.useCalledAeTitle = useCalledAeTitle;
    }

    public boolean isCheckCalledAeTitle() {
        return checkCalledAeTitle;
    }

    /**
     * Reject associations whose called AE title is not our AE title (A-ASSOCIATE-RJ, called AE title not
     * recognised). Off by default, as in dcmrecv.
     */
    public void setCheckCalledAeTitle(boolean checkCalledAeTitle) {
        this.checkCalledAeTitle = checkCalledAeTitle;
    }

    public String getAllowedCallingAeTitles() {
        return allowedCallingAeTitles;
    }

    /**
     * Comma-separated calling AE titles that may associate; others are rejected (calling AE title not recognised).
     * Empty accepts every caller.
     */
    public void setAllowedCallingAeTitles(String allowedCallingAeTitles) {
        this.allowedCallingAeTitles = allowedCallingAeTitles;
    }

    public DicomAcceptance getAcceptance() {
        return acceptance;
    }

    /**
     * Which presentation contexts to accept: storage (Verification and every Storage SOP Class in every transfer
     * syntax), verification (Verification only, dcmrecv's default without -xf) or profile (a DCMTK association
     * profile given by profileFile and profileName, dcmrecv -xf).
     */
    public void setAcceptance(DicomAcceptance acceptance) {
        this.acceptance = acceptance;
    }

    public String getProfileFile() {
        return profileFile;
    }

    /** The DCMTK association negotiation profile file, e.g. /etc/dcmtk/storescp.cfg (acceptance=profile). */
    public void setProfileFile(String profileFile) {
        this.profileFile = profileFile;
    }

    public String getProfileName() {
        return profileName;
    }

    /** The profile to use from profileFile (acceptance=profile). */
    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    public boolean isAcceptUnknownSopClasses() {
        return acceptUnknownSopClasses;
    }

    /**
     * With acceptance=storage, also accept abstract syntaxes this receiver does not know as storage classes
     * (private or newer SOP classes), as long as they are valid UIDs.
     */
    public void setAcceptUnknownSopClasses(boolean acceptUnknownSopClasses) {
        this.acceptUnknownSopClasses = acceptUnknownSopClasses;
    }

    public DicomStorageMode getStorageMode() {
        return storageMode;
    }

    /**
     * normal: parse the whole data set while receiving it and refuse malformed ones (0xC000); bitPreserving: deliver
     * the data set exactly as received, parsing only its leading attributes; ignore: acknowledge and deliver a
     * headers-only exchange without body.
     */
    public void setStorageMode(DicomStorageMode storageMode) {
        this.storageMode = storageMode;
    }

    public long getAcseTimeout() {
        return acseTimeout;
    }

    /**
     * How long to wait for the A-ASSOCIATE-RQ after a connection opens, and for the peer to close after a release or
     * reject (the ARTIM timer, dcmrecv -ta).
     */
    public void setAcseTimeout(long acseTimeout) {
        this.acseTimeout = acseTimeout;
    }

    public long getDimseTimeout() {
        return dimseTimeout;
    }

    /**
     * How long to wait for the peer while an association is established before aborting it; 0 waits forever
     * (dcmrecv -td).
     */
    public void setDimseTimeout(long dimseTimeout) {
        this.dimseTimeout = dimseTimeout;
    }

    public int getMaxPduLength() {
        return maxPduLength;
    }

    /**
     * The largest P-DATA-TF PDU this receiver accepts, advertised in the A-ASSOCIATE-AC; larger ones abort the
     * association (dcmrecv -pdu).
     */
    public void setMaxPduLength(int maxPduLength) {
        this.maxPduLength = maxPduLength;
    }

    public int getMaxAssociations() {
        return maxAssociations;
    }

    /**
     * Associations served at once, each on its own thread; further ones are rejected (transient, local limit
     * exceeded).
     */
    public void setMaxAssociations(int maxAssociations) {
        this.maxAssociations = maxAssociations;
    }

    public boolean isHostnameLookup() {
        return hostnameLookup;
    }

    /** Resolve the peer's host name for the CamelDicomRemoteHost header and logs (dcmrecv -dhl turns it off). */
    public void setHostnameLookup(boolean hostnameLookup) {
        this.hostnameLookup = hostnameLookup;
    }

    public boolean isTcpNoDelay() {
        return tcpNoDelay;
    }

    /** Disable Nagle's algorithm on accepted connections, so that responses leave at once. */
    public void setTcpNoDelay(boolean tcpNoDelay) {
        this.tcpNoDelay = tcpNoDelay;
    }

    public int getSocketBufferSize() {
        return socketBufferSize;
    }

    /** Send and receive buffer size of accepted connections in bytes; 0 keeps the system default. */
    public void setSocketBufferSize(int socketBufferSize) {
        this.socketBufferSize = socketBufferSize;
    }

    public long getGracefulStopTimeout() {
        return gracefulStopTimeout;
    }

    /**
     * When the consumer stops, how long running associations may go on before they are aborted. New associations
     * are refused at once.
     */
    public void setGracefulStopTimeout(long gracefulStopTimeout) {
        this.gracefulStopTimeout = gracefulStopTimeout;
    }

    public String getSpoolDirectory() {
        return spoolDirectory;
    }

    /**
     * Where received instances larger than inMemoryThreshold are spooled until their exchange is done; the default
     * is a camel-dicom folder in java.io.tmpdir. On the same file system as a file endpoint's directory, storing is
     * a rename.
     */
    public void setSpoolDirectory(String spoolDirectory) {
        this.spoolDirectory = spoolDirectory;
    }

    public int getInMemoryThreshold() {
        return inMemoryThreshold;
    }

    /** Instances up to this many bytes are kept in memory instead of being spooled to disk. */
    public void setInMemoryThreshold(int inMemoryThreshold) {
        this.inMemoryThreshold = inMemoryThreshold;
    }

    public long getMinFreeSpace() {
        return minFreeSpace;
    }

    /**
     * Bytes that must stay free on the spool directory's file system: below that, C-STORE requests are answered
     * 0xA700 (Refused: Out of Resources) and nothing is written, so that a burst of studies never fills the disk.
     * 0 turns the check off.
     */
    public void setMinFreeSpace(long minFreeSpace) {
        this.minFreeSpace = minFreeSpace;
    }

    public boolean isFsync() {
        return fsync;
    }

    /**
     * Before answering success, force the file the route wrote (the CamelFileNameProduced header a file endpoint
     * sets) and its directory to disk, so that an acknowledged instance survives a power failure. Costs one or two
     * disk flushes per instance.
     */
    public void setFsync(boolean fsync) {
        this.fsync = fsync;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /** DICOM TLS (PS3.15 Annex B): the server key, certificate and, for client authentication, the trusted CAs. */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
