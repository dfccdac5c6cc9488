package org.sanxiang.repo.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntakeTikaConfigTest {

    static List<String> leafParsers(Parser parser) {
        List<String> names = new ArrayList<>();
        collect(parser, names);
        return names;
    }

    private static void collect(Parser p, List<String> names) {
        names.add(p.getClass().getName());
        if (p instanceof CompositeParser composite) {
            for (Parser child : composite.getAllComponentParsers()) {
                collect(child, names);
            }
        } else if (p instanceof ParserDecorator decorator) {
            collect(decorator.getWrappedParser(), names);
        }
    }

    private static boolean isExternal(String className) {
        return className.startsWith("org.apache.tika.parser.external.")
                || className.startsWith("org.apache.tika.parser.external2.");
    }

    @Test
    @DisplayName("The intake parser excludes Tika's external parsers (no ffmpeg/exiftool processes)")
    void externalParsersExcluded() {
        // The test classpath registers CompositeExternalParser as a service (see
        // src/test/resources/META-INF/services), so Tika's default parser does pick it up ...
        assertTrue(leafParsers(new DefaultParser()).stream().anyMatch(IntakeTikaConfigTest::isExternal),
                "precondition: the unconfigured DefaultParser loads the external parser");
        // ... and the intake configuration must leave it out.
        try (MetadataInspector inspector = new MetadataInspector(Duration.ofSeconds(5), 10)) {
            List<String> names = leafParsers(inspector.parser());
            assertFalse(names.stream().anyMatch(IntakeTikaConfigTest::isExternal), names.toString());
            assertTrue(names.contains("org.apache.tika.parser.mp4.MP4Parser"), names.toString());
            assertTrue(names.contains("org.apache.tika.parser.pdf.PDFParser"), names.toString());
            assertTrue(names.contains("org.apache.tika.parser.microsoft.ooxml.OOXMLParser"), names.toString());
            assertTrue(names.contains("org.apache.tika.parser.image.JpegParser"), names.toString());
            assertEquals(1, names.stream().filter(n -> n.equals("org.apache.tika.parser.mp4.MP4Parser")).count());
        }
    }
}
