package org.sanxiang.repo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.model.m2.M2Class;
import org.sanxiang.model.m2.M2Model;
import org.sanxiang.model.m2.M2ModelReader;

/** Real files through the real intake, then onto the model's sx:inspected aspect. */
class InspectionPropertiesTest {

    private static final ZoneId CHONGQING = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    @TempDir
    Path dir;
    private EvidenceIntake intake;
    private final InspectionProperties mapping = new InspectionProperties(CHONGQING);

    @BeforeEach
    void open() {
        intake = new EvidenceIntake();
    }

    @AfterEach
    void close() {
        intake.close();
    }

    @Test
    void anImageMapsOntoTheInspectedAspect() throws Exception {
        Path jpeg = SampleFiles.jpegWithExif(dir.resolve("scene.jpg"), "Canon", "EOS R6", "2024:03:05 09:30:15",
                new SampleFiles.Dms(29, 33, 48.0), new SampleFiles.Dms(106, 33, 0.0));
        Map<QName, Object> p = mapping.of(intake.intakeStored(jpeg), NOW);
        assertEquals("image/jpeg", p.get(SanxiangModel.PROP_DETECTED_MEDIA_TYPE));
        assertEquals(64, ((String) p.get(SanxiangModel.PROP_SHA256)).length());
        assertEquals(NOW, p.get(SanxiangModel.PROP_INSPECTED_AT));
        assertEquals("Canon", p.get(SanxiangModel.PROP_DEVICE_MAKE));
        // 09:30:15 on the camera's clock in the bureau's zone (UTC+8) is 01:30:15Z
        assertEquals(Instant.parse("2024-03-05T01:30:15Z"), p.get(SanxiangModel.PROP_EXIF_DATE_TIME));
        assertFalse(p.containsKey(SanxiangModel.PROP_METADATA_UNAVAILABLE_REASON));
        assertFalse(p.containsKey(SanxiangModel.PROP_DOCUMENT_CREATED), "absent facts are left out");
        assertAllOnTheAspect(p);
    }

    @Test
    void aDamagedFileIsStillInspectedAndSaysWhyMetadataIsMissing() throws Exception {
        Path junk = Files.write(dir.resolve("junk.bin"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Map<QName, Object> p = mapping.of(intake.intakeStored(junk), NOW);
        String reason = (String) p.get(SanxiangModel.PROP_METADATA_UNAVAILABLE_REASON);
        assertTrue(reason.startsWith("metadata unavailable: "), reason);
        assertEquals(Set.of(SanxiangModel.PROP_SHA256, SanxiangModel.PROP_DETECTED_MEDIA_TYPE,
                SanxiangModel.PROP_INSPECTED_AT, SanxiangModel.PROP_METADATA_UNAVAILABLE_REASON), p.keySet());
        assertAllOnTheAspect(p);
    }

    /** Every name written is a property of sx:inspected in the shipped model. */
    private static void assertAllOnTheAspect(Map<QName, Object> properties) throws Exception {
        M2Model model = M2ModelReader.readResource(ModelResources.CONTENT_MODEL);
        M2Class inspected = model.aspects().stream()
                .filter(a -> a.name().equals(SanxiangModel.ASPECT_INSPECTED.toPrefixString())).findFirst().orElseThrow();
        for (QName name : properties.keySet()) {
            assertTrue(inspected.findProperty(name.toPrefixString()).isPresent(), name + " is not a property of sx:inspected");
        }
    }
}
