package io.github.cameldicom;

import org.apache.camel.spi.Metadata;

/** The message headers of the {@code dicom:} component. */
public final class DicomConstants {

    @Metadata(description = "The SOP Class UID of the received instance (C-STORE Affected SOP Class UID).",
              javaType = "String")
    public static final String SOP_CLASS_UID = "CamelDicomSopClassUid";
    @Metadata(description = "The SOP Instance UID of the received instance (C-STORE Affected SOP Instance UID).",
              javaType = "String")
    public static final String SOP_INSTANCE_UID = "CamelDicomSopInstanceUid";
    @Metadata(description = "The transfer syntax UID the data set was received in, which is also the one of the "
                            + "Part 10 body.", javaType = "String")
    public static final String TRANSFER_SYNTAX_UID = "CamelDicomTransferSyntaxUid";
    @Metadata(description = "Study Instance UID (0020,000D) of the data set, if present and a UID (leading zeros "
                            + "in components allowed); absent for any other value.", javaType = "String")
    public static final String STUDY_INSTANCE_UID = "CamelDicomStudyInstanceUid";
    @Metadata(description = "Series Instance UID (0020,000E) of the data set, if present and a UID (leading zeros "
                            + "in components allowed); absent for any other value.", javaType = "String")
    public static final String SERIES_INSTANCE_UID = "CamelDicomSeriesInstanceUid";
    @Metadata(description = "Series Date (0008,0021) of the data set as sent (YYYYMMDD), if present.",
              javaType = "String")
    public static final String SERIES_DATE = "CamelDicomSeriesDate";
    @Metadata(description = "Modality (0008,0060) of the data set, if present.", javaType = "String")
    public static final String MODALITY = "CamelDicomModality";
    @Metadata(description = "The short modality prefix DCMTK derives from the SOP Class UID (CT, MR, US, SC, ...; "
                            + "UNKNOWN for classes it does not know), as used in dcmrecv's file names.",
              javaType = "String")
    public static final String MODALITY_PREFIX = "CamelDicomModalityPrefix";
    @Metadata(description = "The calling AE title: who sent the instance.", javaType = "String")
    public static final String CALLING_AE_TITLE = "CamelDicomCallingAeTitle";
    @Metadata(description = "The called AE title: whom the sender addressed.", javaType = "String")
    public static final String CALLED_AE_TITLE = "CamelDicomCalledAeTitle";
    @Metadata(description = "The peer's host name (its address when host name lookup is off).", javaType = "String")
    public static final String REMOTE_HOST = "CamelDicomRemoteHost";
    @Metadata(description = "The peer's IP address.", javaType = "String")
    public static final String REMOTE_ADDRESS = "CamelDicomRemoteAddress";
    @Metadata(description = "The peer's TCP port.", javaType = "int")
    public static final String REMOTE_PORT = "CamelDicomRemotePort";
    @Metadata(description = "Identifies the association within this consumer, as in its logs: "
                            + "CALLING->CALLED(serial).", javaType = "String")
    public static final String ASSOCIATION_ID = "CamelDicomAssociationId";
    @Metadata(description = "The Message ID of the C-STORE request.", javaType = "int")
    public static final String MESSAGE_ID = "CamelDicomMessageId";
    @Metadata(description = "Size in bytes of the Part 10 body: file meta information plus data set.",
              javaType = "long")
    public static final String BYTE_SIZE = "CamelDicomByteSize";
    @Metadata(description = "The storage mode the instance was received in: normal, bitPreserving or ignore.",
              javaType = "String")
    public static final String STORAGE_MODE = "CamelDicomStorageMode";
    @Metadata(description = "Set by the route to choose the status of the C-STORE response (e.g. 0xB000 for a "
                            + "warning, 0xA700 to refuse). Without it the status follows the exchange: success when "
                            + "it completed, a failure status when it failed.", javaType = "Integer")
    public static final String STATUS = "CamelDicomStatus";
    @Metadata(description = "Set by the route together with CamelDicomStatus: the Error Comment (0000,0902) of the "
                            + "C-STORE response, at most 64 characters.", javaType = "String")
    public static final String ERROR_COMMENT = "CamelDicomErrorComment";
    @Metadata(description = "The relative path (subdirectory and file name) the storage processors computed; the "
                            + "same value as CamelFileName.", javaType = "String")
    public static final String RELATIVE_PATH = "CamelDicomRelativePath";

    private DicomConstants() {
    }
}
