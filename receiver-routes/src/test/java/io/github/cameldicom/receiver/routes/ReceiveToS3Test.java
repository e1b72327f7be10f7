package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.Samples;
import io.github.cameldicom.testing.ScuOutput;

/**
 * The {@code receive-to-s3} route against a real S3 server (S3Proxy, in this JVM) with DCMTK's storescu as the
 * sender: objects under {@code <study>/<series>/<instance>.dcm} with the instance's bytes and UIDs as metadata; S3
 * down means 0xA700 for the sender and no object; S3 back means stores succeed again.
 */
@Timeout(120)
class ReceiveToS3Test {

    static final String BUCKET = "dicom";
    static final long PART_SIZE = 8L * 1024 * 1024;

    @TempDir
    Path dir;

    private S3Server s3;
    private Receiver receiver;
    private S3Client client;

    @BeforeEach
    void start() throws Exception {
        s3 = S3Server.start(Files.createDirectories(dir.resolve("s3")));
        s3.createBucket(BUCKET);
        client = s3.client();
        receiver = startReceiver();
    }

    private Receiver startReceiver() throws Exception {
        return Receiver.start("receive-to-s3.yaml", Files.createDirectories(dir.resolve("unused")), Map.of(
                "dicom.s3.endpoint", s3.endpoint(),
                "dicom.s3.accessKey", S3Server.ACCESS_KEY,
                "dicom.s3.secretKey", S3Server.SECRET_KEY,
                "dicom.s3.partSize", Long.toString(PART_SIZE)));
    }

    @AfterEach
    void stop() throws Exception {
        if (receiver != null) {
            receiver.close();
        }
        if (client != null) {
            client.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void samplesAreStoredUnderTheirKeysWithTheirDataSetsAndUidsAsMetadata() throws Exception {
        List<Path> samples = List.of(Samples.pydicom("CT_small.dcm"), Samples.pydicom("MR_small.dcm"),
                Samples.pydicom("rtplan.dcm"));
        Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), samples.toArray(Path[]::new));
        assertEquals(List.of("0x0000", "0x0000", "0x0000"), ScuOutput.debugStatuses(sent.output()), sent.output());

        assertEquals(samples.stream().map(f -> DcmtkPeer.Uids.of(f).defaultKey()).sorted().toList(), keys());
        for (Path sample : samples) {
            DcmtkPeer.Uids uids = DcmtkPeer.Uids.of(sample);
            HeadObjectResponse head = client.headObject(b -> b.bucket(BUCKET).key(uids.defaultKey()));
            Map<String, String> metadata = head.metadata();
            assertAll(sample.getFileName().toString(),
                    () -> assertEquals(uids.sopInstance(), metadata.get("sop-instance-uid")),
                    () -> assertEquals(uids.sopClass(), metadata.get("sop-class-uid")),
                    () -> assertEquals(uids.study(), metadata.get("study-instance-uid")),
                    () -> assertEquals(uids.series(), metadata.get("series-instance-uid")),
                    () -> assertEquals("1.2.840.10008.1.2.1", metadata.get("transfer-syntax-uid")),
                    () -> assertEquals("STORESCU", metadata.get("calling-ae-title")),
                    () -> assertEquals("DCMRECV", metadata.get("called-ae-title")),
                    () -> assertEquals("application/dicom", head.contentType()));
            Path stored = download(uids.defaultKey());
            Part10.assertSameDataSet(sample, stored);
            assertEquals(Files.size(stored), head.contentLength());
        }
    }

    @Test
    void spooledInstanceIsOneStreamedPutWithItsMetadata() throws Exception {
        // 6 MiB: above the consumer's in-memory threshold, so the body is a spool file; below the part size
        Path spooled = SyntheticInstances.multiFrame(dir.resolve("spooled.dcm"), "2.25.4002", "2.25.4002.1",
                "2.25.4002.1.1", 6L * 1024 * 1024, 6);

        Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), spooled);
        assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(sent.output()), sent.output());

        String key = "2.25.4002/2.25.4002.1/2.25.4002.1.1.dcm";
        HeadObjectResponse head = client.headObject(b -> b.bucket(BUCKET).key(key));
        assertFalse(head.eTag().contains("-"), "one PUT, not a multipart upload: ETag " + head.eTag());
        assertEquals("2.25.4002.1.1", head.metadata().get("sop-instance-uid"));
        assertEquals("2.25.4002", head.metadata().get("study-instance-uid"));
        try (var object = client.getObject(b -> b.bucket(BUCKET).key(key))) {
            assertEquals(DataSetAssertions.dataSetDigest(spooled), DataSetAssertions.dataSetDigest(object));
        }
    }

    @Test
    void instanceOfPartSizeOrMoreGoesUpAsMultipartUpload() throws Exception {
        Path large = SyntheticInstances.multiFrame(dir.resolve("large.dcm"), "2.25.4001", "2.25.4001.1",
                "2.25.4001.1.1", 12L * 1024 * 1024, 7);

        Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), large);
        assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(sent.output()), sent.output());

        String key = "2.25.4001/2.25.4001.1/2.25.4001.1.1.dcm";
        HeadObjectResponse head = client.headObject(b -> b.bucket(BUCKET).key(key));
        // an S3 multipart ETag is "<md5 of the parts' md5s>-<number of parts>": 12 MiB in 8 MiB parts
        assertTrue(head.eTag().replace("\"", "").endsWith("-2"), "not a 2-part upload: ETag " + head.eTag());
        assertEquals("application/dicom", head.contentType());
        // (no user metadata: camel-aws2-s3 4.18 does not pass it to CreateMultipartUpload)
        try (var object = client.getObject(b -> b.bucket(BUCKET).key(key))) {
            assertEquals(DataSetAssertions.dataSetDigest(large), DataSetAssertions.dataSetDigest(object));
        }
        assertEquals(List.of(key), keys());
    }

    @Test
    void storeDownRefusesWithA700LeavesNothingAndStoresAgainOnceBack() throws Exception {
        Path ct = Samples.pydicom("CT_small.dcm");
        String key = DcmtkPeer.Uids.of(ct).defaultKey();

        s3.stop();
        Dcmtk.Result refused = DcmtkPeer.storescu(receiver.port(), ct);
        assertEquals(List.of("0xa700"), ScuOutput.debugStatuses(refused.output()), refused.output());

        s3.start();
        assertEquals(List.of(), keys(), "nothing stored while the object store was down");
        assertEquals(List.of(), client.listMultipartUploads(b -> b.bucket(BUCKET)).uploads(),
                "no multipart upload left behind");

        Dcmtk.Result stored = DcmtkPeer.storescu(receiver.port(), ct);
        assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(stored.output()), stored.output());
        assertEquals(List.of(key), keys());
        Part10.assertSameDataSet(ct, download(key));
    }

    @Test
    void receiverStartedWhileTheStoreIsDownRefusesUntilItIsBack() throws Exception {
        receiver.close();
        s3.stop();
        receiver = startReceiver();
        Path ct = Samples.pydicom("CT_small.dcm");

        Dcmtk.Result refused = DcmtkPeer.storescu(receiver.port(), ct);
        assertEquals(List.of("0xa700"), ScuOutput.debugStatuses(refused.output()), refused.output());

        s3.start();
        Dcmtk.Result stored = DcmtkPeer.storescu(receiver.port(), ct);
        assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(stored.output()), stored.output());
        assertEquals(List.of(DcmtkPeer.Uids.of(ct).defaultKey()), keys());
    }

    private List<String> keys() {
        // S3Proxy's filesystem store also lists the directories it made as "prefix/" entries
        return client.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key)
                .filter(key -> !key.endsWith("/")).sorted().toList();
    }

    private Path download(String key) throws Exception {
        ResponseBytes<GetObjectResponse> bytes = client.getObjectAsBytes(b -> b.bucket(BUCKET).key(key));
        Path file = Files.createTempFile(dir, "object", ".dcm");
        Files.write(file, bytes.asByteArray());
        return file;
    }
}
