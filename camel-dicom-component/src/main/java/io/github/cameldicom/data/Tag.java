package io.github.cameldicom.data;

/**
 * Data element tags used by this project, named by their DICOM keyword (PS3.6 §6, Table 6-1 and §7, Table 7-1), and
 * helpers for the 32-bit tag value {@code (group << 16) | element} (PS3.5 §7.1).
 */
public final class Tag {

    /** (0002,0000) UL File Meta Information Group Length (PS3.10 §7.1, Table 7.1-1). */
    public static final int FileMetaInformationGroupLength = 0x00020000;
    /** (0002,0001) OB File Meta Information Version. */
    public static final int FileMetaInformationVersion = 0x00020001;
    /** (0002,0002) UI Media Storage SOP Class UID. */
    public static final int MediaStorageSOPClassUID = 0x00020002;
    /** (0002,0003) UI Media Storage SOP Instance UID. */
    public static final int MediaStorageSOPInstanceUID = 0x00020003;
    /** (0002,0010) UI Transfer Syntax UID. */
    public static final int TransferSyntaxUID = 0x00020010;
    /** (0002,0012) UI Implementation Class UID. */
    public static final int ImplementationClassUID = 0x00020012;
    /** (0002,0013) SH Implementation Version Name. */
    public static final int ImplementationVersionName = 0x00020013;
    /** (0002,0016) AE Source Application Entity Title. */
    public static final int SourceApplicationEntityTitle = 0x00020016;
    /** (0002,0017) AE Sending Application Entity Title. */
    public static final int SendingApplicationEntityTitle = 0x00020017;
    /** (0002,0018) AE Receiving Application Entity Title. */
    public static final int ReceivingApplicationEntityTitle = 0x00020018;
    /** (0002,0100) UI Private Information Creator UID. */
    public static final int PrivateInformationCreatorUID = 0x00020100;
    /** (0002,0102) OB Private Information. */
    public static final int PrivateInformation = 0x00020102;

    /** (0008,0005) CS Specific Character Set. */
    public static final int SpecificCharacterSet = 0x00080005;
    /** (0008,0016) UI SOP Class UID. */
    public static final int SOPClassUID = 0x00080016;
    /** (0008,0018) UI SOP Instance UID. */
    public static final int SOPInstanceUID = 0x00080018;
    /** (0008,0020) DA Study Date. */
    public static final int StudyDate = 0x00080020;
    /** (0008,0021) DA Series Date. */
    public static final int SeriesDate = 0x00080021;
    /** (0008,0060) CS Modality. */
    public static final int Modality = 0x00080060;
    /** (0010,0010) PN Patient's Name. */
    public static final int PatientName = 0x00100010;
    /** (0010,0020) LO Patient ID. */
    public static final int PatientID = 0x00100020;
    /** (0020,000D) UI Study Instance UID. */
    public static final int StudyInstanceUID = 0x0020000D;
    /** (0020,000E) UI Series Instance UID. */
    public static final int SeriesInstanceUID = 0x0020000E;
    /** (7FE0,0010) OB or OW Pixel Data. */
    public static final int PixelData = 0x7FE00010;
    /** (FFFC,FFFC) OB Data Set Trailing Padding. */
    public static final int DataSetTrailingPadding = 0xFFFCFFFC;

    /** (FFFE,E000) Item (PS3.5 §7.5.1, Table 7.5-1). */
    public static final int Item = 0xFFFEE000;
    /** (FFFE,E00D) Item Delimitation Item (PS3.5 §7.5.2). */
    public static final int ItemDelimitationItem = 0xFFFEE00D;
    /** (FFFE,E0DD) Sequence Delimitation Item (PS3.5 §7.5.2). */
    public static final int SequenceDelimitationItem = 0xFFFEE0DD;

    private Tag() {
    }

    /** The group number, the high 16 bits of the tag. */
    public static int group(int tag) {
        return tag >>> 16;
    }

    /** The element number, the low 16 bits of the tag. */
    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** The tag in the standard's notation, e.g. {@code (0008,0016)}. */
    public static String toString(int tag) {
        return String.format("(%04X,%04X)", group(tag), element(tag));
    }
}
