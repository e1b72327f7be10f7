package io.github.cameldicom;

import org.apache.camel.Converter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Type converters from the received instance to the types routes and endpoints consume. */
@Converter(generateLoader = true)
public final class DicomInstanceConverter {

    private DicomInstanceConverter() {
    }

    @Converter
    public static InputStream toInputStream(DicomInstance instance) throws IOException {
        return instance.newInputStream();
    }

    @Converter
    public static byte[] toByteArray(DicomInstance instance) throws IOException {
        return instance.toByteArray();
    }

    @Converter
    public static Path toPath(DicomInstance instance) throws IOException {
        return instance.toPath();
    }

    @Converter
    public static File toFile(DicomInstance instance) throws IOException {
        return instance.toPath().toFile();
    }
}
