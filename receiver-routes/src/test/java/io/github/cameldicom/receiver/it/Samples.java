package io.github.cameldicom.receiver.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.cameldicom.testing.Dcmtk;

/**
 * Test input nobody here wrote: DICOM files shipped by Debian's python3-pydicom, and copies of them that DCMTK's
 * dcmodify changes. The files themselves come from the component's {@code testing.Samples}.
 */
final class Samples {

    /** One file per transfer syntax family, each with its own SOP Instance UID, Series Date valid or absent. */
    private static final List<String> TRANSFER_SYNTAXES = List.of(
            "CT_small.dcm",             // Explicit VR Little Endian, CT, Series Date 19970430
            "MR_small_implicit.dcm",    // Implicit VR Little Endian, MR, empty Series Date
            "MR_small_bigendian.dcm",   // Explicit VR Big Endian, MR (new UID: same instance as the one above)
            "image_dfl.dcm",            // Deflated Explicit VR Little Endian, SC, no Series Date
            "SC_rgb_jpeg_dcmtk.dcm",    // JPEG Baseline, SC
            "JPEG2000.dcm",             // JPEG 2000, SC, Series Date 19970806
            "MR_small_RLE.dcm");        // RLE Lossless, MR (new UID)
    /** Samples that share their SOP Instance UID with another one above. */
    private static final List<String> NEW_UID = List.of("MR_small_bigendian.dcm", "MR_small_RLE.dcm");

    private Samples() {
    }

    /** A named pydicom test file, or a test failure saying how to install it. */
    static Path pydicom(String name) {
        return io.github.cameldicom.testing.Samples.pydicom(name);
    }

    /**
     * Copies into {@code dir}: the transfer syntax samples, plus two copies of the CT sample with new UIDs, one
     * without Series Date and one with an invalid Series Date (month 13), for {@code +ssd}.
     */
    static List<Path> mixedSet(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String name : TRANSFER_SYNTAXES) {
            Path copy = copy(pydicom(name), dir.resolve(name));
            if (NEW_UID.contains(name)) {
                dcmodify(copy, "-gin");
            }
            files.add(copy);
        }
        files.add(dcmodify(copy(pydicom("CT_small.dcm"), dir.resolve("CT_no_series_date.dcm")), "-gin", "-ea",
                "(0008,0021)"));
        files.add(dcmodify(copy(pydicom("CT_small.dcm"), dir.resolve("CT_invalid_series_date.dcm")), "-gin", "-m",
                "(0008,0021)=20201332"));
        return List.copyOf(files);
    }

    /** {@code count} copies of the CT sample with new SOP Instance UIDs, named {@code prefix-n.dcm}. */
    static List<Path> newInstances(Path dir, String prefix, int count) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(dcmodify(copy(pydicom("CT_small.dcm"), dir.resolve(prefix + "-" + i + ".dcm")), "-gin"));
        }
        return List.copyOf(files);
    }

    private static Path copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path dcmodify(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("-nb"));
        args.addAll(List.of(options));
        args.add(file.toString());
        Dcmtk.run(Duration.ofSeconds(60), "dcmodify", args.toArray(String[]::new)).assertSuccess();
        return file;
    }
}
