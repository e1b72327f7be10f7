package io.github.cameldicom;

import io.github.cameldicom.data.DicomDataException;
import io.github.cameldicom.data.InstanceAttributes;
import io.github.cameldicom.data.LogText;
import io.github.cameldicom.data.StorageSopClasses;
import io.github.cameldicom.data.Uids;
import io.github.cameldicom.dimse.CStoreHandler;
import io.github.cameldicom.dimse.DimseServiceProvider;
import io.github.cameldicom.dimse.Status;
import io.github.cameldicom.dimse.StoreRequest;
import io.github.cameldicom.dimse.StoreResult;
import io.github.cameldicom.net.Acceptor;
import io.github.cameldicom.net.AcceptorConfig;
import io.github.cameldicom.net.AssociationAbortedException;
import io.github.cameldicom.net.AssociationInfo;
import io.github.cameldicom.spool.InstanceSpool;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import javax.net.ServerSocketFactory;

/**
 * The Storage SCP behind a {@code dicom:} endpoint. Turns each received instance into one exchange and the exchange's
 * outcome into the C-STORE response status, which is sent only once the route is done.
 */
@ManagedResource(description = "DICOM Storage SCP consumer")
public class DicomConsumer extends DefaultConsumer implements Suspendable, CStoreHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DicomConsumer.class);

    private final DicomEndpoint endpoint;
    private final LongAdder instancesReceived = new LongAdder();
    private final LongAdder instancesFailed = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();
    private ExecutorService associationExecutor;
    private ExecutorService acceptExecutor;
    private Acceptor acceptor;
    private InstanceSpool spool;

    public DicomConsumer(DicomEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    public DicomEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    public boolean isHostedService() {
        return true;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        setHealthCheck(new DicomConsumerHealthCheck(this, getRouteId()));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        DicomConfiguration c = endpoint.getConfiguration();
        spool = new InstanceSpool(spoolDirectory(c), c.getInMemoryThreshold());
        ExecutorServiceManager executors = endpoint.getCamelContext().getExecutorServiceManager();
        if (associationExecutor == null) {
            associationExecutor = executors.newThreadPool(this, "DicomAssociation", associationPool(c));
            acceptExecutor = executors.newSingleThreadExecutor(this, "DicomAcceptor");
        }
        acceptor = new Acceptor(acceptorConfig(c), new DimseServiceProvider(this), associationExecutor,
                acceptExecutor);
        acceptor.bind(address(c));
    }

    /** Stops accepting, lets running associations finish within the graceful stop timeout, then aborts them. */
    @Override
    protected void doStop() throws Exception {
        if (acceptor != null) {
            acceptor.stopListening();
            Duration grace = Duration.ofMillis(endpoint.getConfiguration().getGracefulStopTimeout());
            if (!acceptor.awaitAssociations(grace)) {
                LOG.warn("{} associations still running after {} ms, aborting them", acceptor.activeAssociations(),
                        grace.toMillis());
                acceptor.abortAssociations();
                acceptor.awaitAssociations(Duration.ofSeconds(5));
            }
        }
        super.doStop();
    }

    @Override
    protected void doShutdown() throws Exception {
        ExecutorServiceManager executors = endpoint.getCamelContext().getExecutorServiceManager();
        if (acceptExecutor != null) {
            executors.shutdownNow(acceptExecutor);
            acceptExecutor = null;
        }
        if (associationExecutor != null) {
            executors.shutdownNow(associationExecutor);
            associationExecutor = null;
        }
        super.doShutdown();
    }

    /** Suspended, the consumer does not listen; associations already running go on. */
    @Override
    protected void doSuspend() throws Exception {
        acceptor.stopListening();
    }

    @Override
    protected void doResume() throws Exception {
        acceptor.bind(address(endpoint.getConfiguration()));
    }

    // --- one instance, one exchange ---------------------------------------------------------------------------

    @Override
    public StoreResult store(StoreRequest request, InputStream dataSet) throws IOException {
        DicomConfiguration c = endpoint.getConfiguration();
        if (c.getMinFreeSpace() > 0 && spool.usableSpace() < c.getMinFreeSpace()) {
            instancesFailed.increment();
            LOG.warn("{}: SOP instance {} refused: less than {} bytes free in {}", request.association().name(),
                    LogText.of(request.affectedSopInstanceUid()), c.getMinFreeSpace(), spool.directory());
            return StoreResult.failure(Status.REFUSED_OUT_OF_RESOURCES, "not enough free disk space");
        }
        InstanceSpool.Received received;
        try {
            received = spool.receive(request, dataSet, c.getStorageMode());
        } catch (DicomDataException e) {
            instancesFailed.increment();
            LOG.warn("{}: SOP instance {} has a malformed data set: {}", request.association().name(),
                    LogText.of(request.affectedSopInstanceUid()), e.getMessage());
            return StoreResult.failure(Status.CANNOT_UNDERSTAND, e.getMessage());
        } catch (AssociationAbortedException e) {
            instancesFailed.increment();
            throw e;
        } catch (IOException e) {
            instancesFailed.increment();
            getExceptionHandler().handleException(
                    "Cannot spool SOP instance " + LogText.of(request.affectedSopInstanceUid()), e);
            throw e;
        }
        String mismatch = mismatch(request, received.attributes());
        if (mismatch != null) {
            if (received.instance() != null) {
                received.instance().discard();
            }
            instancesFailed.increment();
            LOG.warn("{}: SOP instance {} refused: {}", request.association().name(),
                    LogText.of(request.affectedSopInstanceUid()), mismatch);
            return StoreResult.failure(Status.DATA_SET_DOES_NOT_MATCH_SOP_CLASS, mismatch);
        }
        StoreResult result = process(request, received);
        if (Status.category(result.status()) == Status.Category.FAILURE) {
            instancesFailed.increment();
        } else {
            instancesReceived.increment();
            bytesReceived.add(received.dataSetLength());
        }
        return result;
    }

    /** Runs the route for one instance and waits for it to be done, however asynchronous the route is. */
    private StoreResult process(StoreRequest request, InstanceSpool.Received received) {
        Exchange exchange = createExchange(false);
        DicomInstance instance = received.instance();
        InstanceCleanup cleanup = instance != null ? new InstanceCleanup(instance) : null;
        try {
            setHeaders(exchange.getIn(), request, received);
            exchange.getIn().setBody(instance);
            if (cleanup != null) {
                exchange.getExchangeExtension().addOnCompletion(cleanup);
            }
            CountDownLatch done = new CountDownLatch(1);
            getAsyncProcessor().process(exchange, doneSync -> done.countDown());
            done.await();
            StoreResult result = DicomStatusMapping.outcome(exchange);
            if (endpoint.getConfiguration().isFsync() && Status.category(result.status()) != Status.Category.FAILURE) {
                result = Durability.force(exchange, result);
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StoreResult.failure(Status.REFUSED_OUT_OF_RESOURCES, "receiver stopping");
        } finally {
            if (cleanup != null && !cleanup.isHandedOver()) {
                instance.discard();
            }
            releaseExchange(exchange, false);
        }
    }

    private void setHeaders(Message m, StoreRequest request, InstanceSpool.Received received) {
        AssociationInfo a = request.association();
        InstanceAttributes attributes = received.attributes();
        m.setHeader(DicomConstants.SOP_CLASS_UID, request.affectedSopClassUid());
        m.setHeader(DicomConstants.SOP_INSTANCE_UID, request.affectedSopInstanceUid());
        m.setHeader(DicomConstants.TRANSFER_SYNTAX_UID, request.transferSyntaxUid());
        setUidHeaders(m, request, attributes);
        m.setHeader(DicomConstants.SERIES_DATE, attributes.seriesDate());
        m.setHeader(DicomConstants.MODALITY, attributes.modality());
        m.setHeader(DicomConstants.MODALITY_PREFIX, StorageSopClasses.modalityPrefix(request.affectedSopClassUid()));
        m.setHeader(DicomConstants.CALLING_AE_TITLE, a.callingAeTitle());
        m.setHeader(DicomConstants.CALLED_AE_TITLE, a.calledAeTitle());
        m.setHeader(DicomConstants.REMOTE_HOST, a.remoteHostName());
        m.setHeader(DicomConstants.REMOTE_ADDRESS, a.remoteAddress().getAddress().getHostAddress());
        m.setHeader(DicomConstants.REMOTE_PORT, a.remoteAddress().getPort());
        m.setHeader(DicomConstants.ASSOCIATION_ID, a.name());
        m.setHeader(DicomConstants.MESSAGE_ID, request.messageId());
        m.setHeader(DicomConstants.BYTE_SIZE, received.instance() != null ? received.instance().length() : 0L);
        m.setHeader(DicomConstants.STORAGE_MODE, endpoint.getConfiguration().getStorageMode().name());
    }

    /**
     * Study and Series Instance UID go into headers only when they are UIDs (leading zeros allowed, as old archives
     * hold them; see {@link Uids#isValidAllowingLeadingZeros}): routes build object keys, paths and message keys from
     * them. Any other value, path separators, {@code ..}, control characters or more than 64 characters, leaves the
     * header absent, as if the data set lacked the attribute, and is warned about once; the instance is still stored
     * (the data set is not ours to judge beyond what the command needs), so a sender with an old, odd archive is
     * not refused.
     */
    private static void setUidHeaders(Message m, StoreRequest request, InstanceAttributes attributes) {
        String study = attributes.studyInstanceUid();
        String series = attributes.seriesInstanceUid();
        StringBuilder invalid = new StringBuilder();
        if (Uids.isValidAllowingLeadingZeros(study)) {
            m.setHeader(DicomConstants.STUDY_INSTANCE_UID, study);
        } else if (study != null) {
            invalid.append("Study Instance UID ").append(LogText.of(study));
        }
        if (Uids.isValidAllowingLeadingZeros(series)) {
            m.setHeader(DicomConstants.SERIES_INSTANCE_UID, series);
        } else if (series != null) {
            invalid.append(invalid.isEmpty() ? "" : ", ").append("Series Instance UID ").append(LogText.of(series));
        }
        if (!invalid.isEmpty()) {
            LOG.warn("{}: SOP instance {}: data set {} not a valid UID, header left out", request.association().name(),
                    LogText.of(request.affectedSopInstanceUid()), invalid);
        }
    }

    /**
     * Why the data set cannot be stored as the instance the command names, or null when it can. The data set's UIDs
     * are shown as {@link LogText} renders them: the text is logged, and may be up to 1024 characters of anything.
     */
    static String mismatch(StoreRequest request, InstanceAttributes attributes) {
        if (!Objects.equals(request.affectedSopInstanceUid(), attributes.sopInstanceUid())) {
            return "data set SOP Instance UID " + LogText.of(attributes.sopInstanceUid())
                   + " differs from the command's";
        }
        if (!Objects.equals(request.affectedSopClassUid(), attributes.sopClassUid())) {
            return "data set SOP Class UID " + LogText.of(attributes.sopClassUid()) + " differs from the command's";
        }
        return null;
    }

    // --- configuration ----------------------------------------------------------------------------------------

    private AcceptorConfig acceptorConfig(DicomConfiguration c) throws Exception {
        return AcceptorConfig.builder()
                .aeTitle(c.getAeTitle())
                .useCalledAeTitle(c.isUseCalledAeTitle())
                .checkCalledAeTitle(c.isCheckCalledAeTitle())
                .allowedCallingAeTitles(callingAeTitles(c.getAllowedCallingAeTitles()))
                .maxPduLength(c.getMaxPduLength())
                .acseTimeout(Duration.ofMillis(c.getAcseTimeout()))
                .dimseTimeout(Duration.ofMillis(c.getDimseTimeout()))
                .maxAssociations(c.getMaxAssociations())
                .hostnameLookup(c.isHostnameLookup())
                .tcpNoDelay(c.isTcpNoDelay())
                .socketBufferSize(c.getSocketBufferSize())
                .policy(endpoint.policy())
                .serverSocketFactory(c.getSslContextParameters() != null
                        ? c.getSslContextParameters().createSSLContext(endpoint.getCamelContext())
                                .getServerSocketFactory()
                        : ServerSocketFactory.getDefault())
                .build();
    }

    private static Set<String> callingAeTitles(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static ThreadPoolProfile associationPool(DicomConfiguration c) {
        // No queue: an association either gets a thread now or its connection is closed (see Acceptor). Camel makes
        // a pool of core size 0 without a queue a single thread, so the core is the whole pool and times out instead.
        ThreadPoolProfile profile = new ThreadPoolProfile("DicomAssociation");
        profile.setPoolSize(c.getMaxAssociations() + Acceptor.REJECT_RESERVE);
        profile.setMaxPoolSize(c.getMaxAssociations() + Acceptor.REJECT_RESERVE);
        profile.setAllowCoreThreadTimeOut(true);
        profile.setMaxQueueSize(0);
        profile.setKeepAliveTime(60L);
        profile.setTimeUnit(TimeUnit.SECONDS);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return profile;
    }

    private static InetSocketAddress address(DicomConfiguration c) {
        return new InetSocketAddress(c.getHost(), c.getPort());
    }

    private static Path spoolDirectory(DicomConfiguration c) {
        return c.getSpoolDirectory() != null && !c.getSpoolDirectory().isBlank() ? Path.of(c.getSpoolDirectory())
                : Path.of(System.getProperty("java.io.tmpdir"), "camel-dicom");
    }

    // --- management -------------------------------------------------------------------------------------------

    @ManagedAttribute(description = "Whether the consumer is listening for associations")
    public boolean isListening() {
        Acceptor a = acceptor;
        return a != null && a.isListening();
    }

    @ManagedAttribute(description = "The TCP port listened on (the bound one when the endpoint asked for port 0)")
    public int getPort() {
        Acceptor a = acceptor;
        return a != null && a.localPort() >= 0 ? a.localPort() : endpoint.getConfiguration().getPort();
    }

    @ManagedAttribute(description = "Associations running now")
    public int getActiveAssociations() {
        Acceptor a = acceptor;
        return a != null ? a.activeAssociations() : 0;
    }

    @ManagedAttribute(description = "Associations accepted (A-ASSOCIATE-AC)")
    public long getAssociationsAccepted() {
        return acceptor != null ? acceptor.statistics().associationsAccepted() : 0;
    }

    @ManagedAttribute(description = "Associations rejected (A-ASSOCIATE-RJ)")
    public long getAssociationsRejected() {
        return acceptor != null ? acceptor.statistics().associationsRejected() : 0;
    }

    @ManagedAttribute(description = "Associations that ended with a release")
    public long getAssociationsReleased() {
        return acceptor != null ? acceptor.statistics().associationsReleased() : 0;
    }

    @ManagedAttribute(description = "Associations that ended with an abort, a timeout or a lost connection")
    public long getAssociationsAborted() {
        return acceptor != null ? acceptor.statistics().associationsAborted() : 0;
    }

    @ManagedAttribute(description = "Instances answered with a success or warning status")
    public long getInstancesReceived() {
        return instancesReceived.sum();
    }

    @ManagedAttribute(description = "Instances answered with a failure status, or lost with their association")
    public long getInstancesFailed() {
        return instancesFailed.sum();
    }

    @ManagedAttribute(description = "Data set bytes of the instances received")
    public long getBytesReceived() {
        return bytesReceived.sum();
    }

    @ManagedOperation(description = "Abort every running association (A-ABORT)")
    public void abortAssociations() {
        if (acceptor != null) {
            acceptor.abortAssociations();
        }
    }
}
