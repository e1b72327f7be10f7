package io.github.cameldicom.data;

/**
 * The VRs the reader assumes in Implicit VR Little Endian (PS3.5 §7.1.3) for the attributes this project reads.
 * Everything else reads as UN: its value is a byte string the caller skips.
 */
final class ImplicitVrDictionary {

    private ImplicitVrDictionary() {
    }

    /** The VR of the attribute in the DICOM data dictionary (PS3.6 §6), or UN when this table does not hold it. */
    static VR vrOf(int tag) {
        if (Tag.element(tag) == 0 && Tag.group(tag) != 0xFFFE) {
            return VR.UL; // group length (gggg,0000), PS3.5 §7.2
        }
        switch (tag) {
            case Tag.FileMetaInformationVersion:
            case Tag.PrivateInformation:
                return VR.OB;
            case Tag.MediaStorageSOPClassUID:
            case Tag.MediaStorageSOPInstanceUID:
            case Tag.TransferSyntaxUID:
            case Tag.ImplementationClassUID:
            case Tag.PrivateInformationCreatorUID:
            case Tag.SOPClassUID:
            case Tag.SOPInstanceUID:
            case Tag.StudyInstanceUID:
            case Tag.SeriesInstanceUID:
                return VR.UI;
            case Tag.ImplementationVersionName:
                return VR.SH;
            case Tag.SourceApplicationEntityTitle:
            case Tag.SendingApplicationEntityTitle:
            case Tag.ReceivingApplicationEntityTitle:
                return VR.AE;
            case Tag.SpecificCharacterSet:
            case Tag.Modality:
                return VR.CS;
            case Tag.StudyDate:
            case Tag.SeriesDate:
                return VR.DA;
            case Tag.PatientName:
                return VR.PN;
            case Tag.PatientID:
                return VR.LO;
            case Tag.PixelData:
                return VR.OW; // PS3.5 §8.2 and Annex A.1: Implicit VR native Pixel Data is OW
            case Tag.DataSetTrailingPadding:
                return VR.OB;
            default:
                return VR.UN;
        }
    }
}
