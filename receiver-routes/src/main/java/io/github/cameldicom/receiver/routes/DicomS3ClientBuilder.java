package io.github.cameldicom.receiver.routes;

import java.net.URI;
import java.util.Locale;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the {@link S3Client} the {@code receive-to-s3} route gives camel-aws2-s3 (its {@code amazonS3Client}
 * option), for one reason camel-aws2-s3's own options cannot cover: the AWS SDK since 2.30 sends every upload with a
 * trailing CRC checksum ({@code aws-chunked} encoding), which AWS S3 accepts but several S3-compatible stores
 * (S3Proxy 2.6, older MinIO, Ceph RGW before Squid) refuse with "x-amz-content-sha256 does not match". With
 * {@link #setChecksums(String) checksums} {@code whenRequired} (the default) the client signs the payload as SDKs
 * before 2.30 did, which every S3 implementation accepts, and still streams it: nothing is read onto the heap.
 *
 * <p>From YAML DSL: a bean of type {@code software.amazon.awssdk.services.s3.S3Client} with this class as
 * {@code builderClass}, its properties set from {@code {{dicom.s3.*}}}, and {@code destroyMethod: close}.
 */
public class DicomS3ClientBuilder {

    private String endpoint = "";
    private String region = "us-east-1";
    private boolean pathStyle = true;
    private String accessKey = "";
    private String secretKey = "";
    private String checksums = "whenRequired";

    /** A new client with these settings; the caller closes it. */
    public S3Client build() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .credentialsProvider(credentials())
                .requestChecksumCalculation(whenSupported() ? RequestChecksumCalculation.WHEN_SUPPORTED
                        : RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(whenSupported() ? ResponseChecksumValidation.WHEN_SUPPORTED
                        : ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint.strip()));
        }
        return builder.build();
    }

    private AwsCredentialsProvider credentials() {
        boolean hasAccessKey = !accessKey.isEmpty();
        if (hasAccessKey != !secretKey.isEmpty()) {
            throw new IllegalArgumentException("S3 credentials: give both the access key and the secret key, or "
                    + "neither (then the AWS SDK's default credentials chain is used)");
        }
        return hasAccessKey ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))
                : DefaultCredentialsProvider.builder().build();
    }

    private boolean whenSupported() {
        return switch (checksums.toLowerCase(Locale.ROOT).replace("_", "")) {
            case "whensupported" -> true;
            case "whenrequired" -> false;
            default -> throw new IllegalArgumentException("S3 checksums: whenRequired or whenSupported expected, not "
                    + DicomObjectKeyProcessor.show(checksums));
        };
    }

    public String getEndpoint() {
        return endpoint;
    }

    /** The S3 endpoint URL, e.g. {@code http://localhost:9000} for MinIO; empty for AWS S3's regional endpoint. */
    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint == null ? "" : endpoint;
    }

    public String getRegion() {
        return region;
    }

    /** The region (default {@code us-east-1}, what MinIO and S3Proxy expect unless configured otherwise). */
    public void setRegion(String region) {
        this.region = region == null || region.isBlank() ? "us-east-1" : region.strip();
    }

    public boolean isPathStyle() {
        return pathStyle;
    }

    /**
     * Path-style URLs ({@code http://host/bucket/key}, default true, as MinIO and S3Proxy need) rather than
     * virtual-hosted ones ({@code http://bucket.host/key}, AWS's preference).
     */
    public void setPathStyle(boolean pathStyle) {
        this.pathStyle = pathStyle;
    }

    public String getAccessKey() {
        return accessKey;
    }

    /** The access key; empty (with an empty secret key) for the AWS SDK's default credentials chain. */
    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey == null ? "" : accessKey;
    }

    /** The secret key; not readable back. */
    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey == null ? "" : secretKey;
    }

    public String getChecksums() {
        return checksums;
    }

    /**
     * {@code whenRequired} (default): checksums only where S3 requires them, as the AWS SDK before 2.30, accepted by
     * every S3-compatible store; {@code whenSupported}: the SDK's current default, CRC checksums on every upload and
     * download (AWS S3, recent MinIO).
     */
    public void setChecksums(String checksums) {
        this.checksums = checksums == null ? "whenRequired" : checksums.strip();
        whenSupported();
    }

    @Override
    public String toString() {
        return "DicomS3ClientBuilder[" + (endpoint.isBlank() ? "AWS" : endpoint) + ", " + region
               + (pathStyle ? ", path style" : "") + ", checksums " + checksums + ']';
    }
}
