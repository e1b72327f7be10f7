package io.github.cameldicom.receiver.routes;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server in this JVM: S3Proxy over a jclouds filesystem blob store in a directory, with signature
 * authentication, on 127.0.0.1. It can be stopped and started again on the same port and directory, which is how
 * the tests take "the object store" down and bring it back.
 */
final class S3Server implements AutoCloseable {

    static final String ACCESS_KEY = "dicom-access";
    static final String SECRET_KEY = "dicom-secret/+=";
    static final String REGION = "us-east-1";

    private final Path directory;
    private final int port;
    private BlobStoreContext blobStore;
    private S3Proxy proxy;

    private S3Server(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static S3Server start(Path directory) throws Exception {
        S3Server server = new S3Server(directory, Receiver.freePort());
        server.start();
        return server;
    }

    void start() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", directory.toString());
        blobStore = ContextBuilder.newBuilder("filesystem").overrides(properties).build(BlobStoreContext.class);
        proxy = S3Proxy.builder()
                .blobStore(blobStore.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .build();
        proxy.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(proxy.getState()));
    }

    void stop() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
        }
        if (blobStore != null) {
            blobStore.close();
            blobStore = null;
        }
    }

    void createBucket(String bucket) {
        blobStore.getBlobStore().createContainerInLocation(null, bucket);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** A client of our own, to look at what the route stored the way any S3 user would. */
    S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY)))
                .build();
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
