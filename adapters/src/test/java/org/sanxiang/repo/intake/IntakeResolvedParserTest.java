package org.sanxiang.repo.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;

class IntakeResolvedParserTest {

    /** A parser of one type that counts how often it is asked for its types. */
    private static final class Counting implements Parser {
        final AtomicInteger asked = new AtomicInteger();
        final MediaType type;

        Counting(MediaType type) {
            this.type = type;
        }

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            asked.incrementAndGet();
            return Set.of(type);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            metadata.set("parsed-as", type.toString());
        }
    }

    private static Metadata parse(Parser parser, String contentType) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, contentType);
        parser.parse(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), new BodyContentHandler(-1),
                metadata, new ParseContext());
        return metadata;
    }

    @Test
    @DisplayName("The parser for a type is chosen from a map built once, not rebuilt from every parser on each parse")
    void mapBuiltOnce() throws Exception {
        Counting text = new Counting(MediaType.TEXT_PLAIN);
        Counting jpeg = new Counting(MediaType.image("jpeg"));
        CompositeParser configured = new CompositeParser(MediaTypeRegistry.getDefaultRegistry(), List.of(text, jpeg));
        ResolvedParser resolved = new ResolvedParser(configured, new ParseContext());
        int atStart = text.asked.get();
        for (int i = 0; i < 5; i++) {
            // a subtype is parsed by its supertype's parser, as CompositeParser chooses
            assertEquals("text/plain", parse(resolved, "text/x-java-source").get("parsed-as"));
            assertEquals("image/jpeg", parse(resolved, "image/jpeg").get("parsed-as"));
        }
        assertEquals(atStart, text.asked.get(), "the parsers were asked for their types again while parsing");
        assertEquals(atStart, jpeg.asked.get());
        // CompositeParser itself asks on every parse: what the resolved map saves
        parse(configured, "image/jpeg");
        assertEquals(atStart + 1, jpeg.asked.get());
    }

    @Test
    @DisplayName("Resolved once, the intake parser chooses what Tika's DefaultParser chooses, for every type it knows")
    void sameChoiceAsDefaultParser() throws Exception {
        CompositeParser configured = (CompositeParser) MetadataInspector.loadTikaConfig().getParser();
        Parser resolved;
        try (MetadataInspector inspector = new MetadataInspector(java.time.Duration.ofSeconds(5), 10)) {
            resolved = inspector.parser();
        }
        assertEquals(ResolvedParser.class, resolved.getClass());
        ParseContext context = new ParseContext();
        assertEquals(configured.getParsers(context).keySet(), ((CompositeParser) resolved).getParsers(context).keySet());
        // what each records as the parser that ran, for a type with a parser, a subtype and a type without
        for (String type : List.of("text/plain", "text/x-java-source", "image/jpeg", "video/mp4", "application/pdf",
                "application/x-sanxiang-unknown")) {
            String[] expected;
            try {
                expected = parse(configured, type).getValues(TikaCoreProperties.TIKA_PARSED_BY);
            } catch (Exception e) {
                expected = new String[] {e.getClass().getName()};
            }
            String[] actual;
            try {
                actual = parse(resolved, type).getValues(TikaCoreProperties.TIKA_PARSED_BY);
            } catch (Exception e) {
                actual = new String[] {e.getClass().getName()};
            }
            assertArrayEquals(expected, actual, type);
        }
    }
}
