package io.github.cameldicom.receiver.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import io.github.cameldicom.testing.DataSetAssertions;
import io.github.cameldicom.testing.Dcmtk;
import io.github.cameldicom.testing.ScuOutput;

/**
 * An instance twice as large as the receiver's whole heap goes through {@code receive-to-s3} as one streamed PUT:
 * the route never holds an instance in memory. The receiver runs as dcmrecv.jar would, with {@code --routes} and
 * the S3 settings as {@code -D} system properties and the secret key as environment variable
 * {@code DICOM_S3_SECRETKEY}.
 */
@Timeout(180)
class ReceiveToS3HeapTest {

    private static final long PIXEL_BYTES = 128L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void instanceTwiceTheHeapIsStreamedToS3() throws Exception {
        Path large = SyntheticInstances.multiFrame(dir.resolve("large.dcm"), "2.25.4003", "2.25.4003.1",
                "2.25.4003.1.1", PIXEL_BYTES, 3);
        try (S3Server s3 = S3Server.start(Files.createDirectories(dir.resolve("s3")));
                S3Client client = s3.client()) {
            s3.createBucket("pacs");
            try (ReceiverProcess receiver = ReceiverProcess.start(dir, List.of("-Xmx64m",
                            "-XX:+ExitOnOutOfMemoryError"),
                    Map.of("dicom.s3.endpoint", s3.endpoint(), "dicom.s3.bucket", "pacs",
                            "dicom.s3.accessKey", S3Server.ACCESS_KEY),
                    // a secret belongs in the environment rather than on the command line
                    Map.of("DICOM_S3_SECRETKEY", S3Server.SECRET_KEY),
                    ReceiverProcess.routeFile("receive-to-s3.yaml"), Receiver.freePort())) {
                Dcmtk.Result sent = DcmtkPeer.storescu(receiver.port(), large);
                assertEquals(List.of("0x0000"), ScuOutput.debugStatuses(sent.output()),
                        sent.output() + "\n" + receiver.log());
                assertFalse(receiver.log().contains("OutOfMemoryError"), receiver.log());
            }
            HeadObjectResponse head = client.headObject(b -> b.bucket("pacs").key(
                    "2.25.4003/2.25.4003.1/2.25.4003.1.1.dcm"));
            assertEquals("2.25.4003.1.1", head.metadata().get("sop-instance-uid"));
            try (var object = client.getObject(b -> b.bucket("pacs").key("2.25.4003/2.25.4003.1/2.25.4003.1.1.dcm"))) {
                assertEquals(DataSetAssertions.dataSetDigest(large), DataSetAssertions.dataSetDigest(object));
            }
        }
    }
}
