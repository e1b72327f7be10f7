package io.github.cameldicom.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagAndVrTest {

    @Test
    void tagParts() {
        assertEquals(0x0008, Tag.group(Tag.SOPClassUID));
        assertEquals(0x0016, Tag.element(Tag.SOPClassUID));
        assertEquals(0xFFFE, Tag.group(Tag.SequenceDelimitationItem));
        assertEquals(0xE0DD, Tag.element(Tag.SequenceDelimitationItem));
        assertEquals("(0008,0016)", Tag.toString(Tag.SOPClassUID));
        assertEquals("(7FE0,0010)", Tag.toString(Tag.PixelData));
        assertEquals("(0020,000E)", Tag.toString(Tag.SeriesInstanceUID));
        assertEquals("(FFFE,E000)", Tag.toString(Tag.Item));
    }

    @Test
    void everyVrOfTable621() {
        assertEquals(34, VR.values().length);
        for (VR vr : VR.values()) {
            assertSame(vr, VR.of(vr.code()));
            assertEquals(vr.name(), "" + (char) (vr.code() >>> 8) + (char) (vr.code() & 0xFF));
        }
        assertEquals(('U' << 8) | 'I', VR.UI.code());
    }

    @Test
    void unknownCodesAreNull() {
        assertNull(VR.of(('Z' << 8) | 'Z'));
        assertNull(VR.of(('u' << 8) | 'i'));
        assertNull(VR.of(0x2020));
        assertNull(VR.of(0));
        assertNull(VR.of(-1));
        assertNull(VR.of(0x10000 | ('U' << 8) | 'I'));
    }

    @Test
    void longExplicitLengthMatchesTable711() {
        Set<VR> longForm = EnumSet.of(VR.OB, VR.OD, VR.OF, VR.OL, VR.OV, VR.OW, VR.SQ, VR.SV, VR.UC, VR.UN, VR.UR,
                VR.UT, VR.UV);
        for (VR vr : VR.values()) {
            assertEquals(longForm.contains(vr), vr.hasLongExplicitLength(), vr.name());
        }
    }

    @Test
    void paddingBytes() {
        assertEquals(0, VR.UI.paddingByte());
        assertEquals(0, VR.OB.paddingByte());
        assertEquals(' ', VR.CS.paddingByte());
        assertEquals(' ', VR.SH.paddingByte());
        assertEquals(' ', VR.AE.paddingByte());
        assertEquals(' ', VR.UT.paddingByte());
        assertEquals(' ', VR.UR.paddingByte());
        assertEquals(0, VR.US.paddingByte());
    }

    @Test
    void implicitDictionary() {
        assertEquals(VR.UI, ImplicitVrDictionary.vrOf(Tag.SOPInstanceUID));
        assertEquals(VR.DA, ImplicitVrDictionary.vrOf(Tag.SeriesDate));
        assertEquals(VR.CS, ImplicitVrDictionary.vrOf(Tag.Modality));
        assertEquals(VR.UL, ImplicitVrDictionary.vrOf(0x00280000));
        assertEquals(VR.OW, ImplicitVrDictionary.vrOf(Tag.PixelData));
        assertEquals(VR.UN, ImplicitVrDictionary.vrOf(0x00091010));
        assertFalse(ImplicitVrDictionary.vrOf(Tag.Item) == VR.UL);
        assertTrue(ImplicitVrDictionary.vrOf(0x00100030) == VR.UN);
    }
}
