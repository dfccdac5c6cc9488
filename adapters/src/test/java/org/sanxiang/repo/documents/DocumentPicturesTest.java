package org.sanxiang.repo.documents;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Page 1 of each demo form as a PNG (110 dpi, grey), into target/documents/; with
 * {@code -Dsanxiang.documents.pictures=../docs/documents} also into the pictures docs/documents.md
 * shows (see there how to regenerate them).
 */
class DocumentPicturesTest {

    static final float DPI = 110;

    @Test
    @DisplayName("a picture of page 1 of every form, each well under 300 KB")
    void pictures() throws IOException {
        DocumentFonts fonts = TestFonts.installed();
        Path target = Files.createDirectories(Path.of("target", "documents"));
        String published = System.getProperty("sanxiang.documents.pictures");
        for (DemoForms.Demo demo : DemoForms.all().values()) {
            byte[] pdf = new PdfaRenderer(fonts, Clock.systemUTC()).render(demo.document());
            BufferedImage page;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            }
            Path png = target.resolve(demo.name() + ".png");
            ImageIO.write(page, "png", png.toFile());
            assertTrue(Files.size(png) < 300 * 1024, png + " is " + Files.size(png) + " bytes");
            if (published != null && !published.isBlank()) {
                Path dir = Files.createDirectories(Path.of(published));
                Files.copy(png, dir.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
