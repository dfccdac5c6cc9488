package org.sanxiang.repo.intake;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * The configured composite parser with its media type → parser map built once. Tika's
 * {@link CompositeParser} rebuilds that map on every parse (it asks each of its ~100 parsers for its
 * types and normalises each type): some 6 % of the CPU of inspecting a small upload. The parse
 * itself is {@link CompositeParser#parse}'s: the same choice by the detected type and its supertypes,
 * the same fallback, the same parser recorded in the metadata.
 *
 * <p>The map is resolved with the parse context every intake uses ({@link MetadataInspector}); no
 * parser intake configures reads that context for its types.
 */
final class ResolvedParser extends CompositeParser {

    private static final long serialVersionUID = 1L;

    private final transient Map<MediaType, Parser> byType;

    ResolvedParser(CompositeParser configured, ParseContext context) {
        super(configured.getMediaTypeRegistry(), configured.getAllComponentParsers());
        setFallback(configured.getFallback());
        this.byType = Collections.unmodifiableMap(new HashMap<>(configured.getParsers(context)));
    }

    @Override
    public Map<MediaType, Parser> getParsers(ParseContext context) {
        return byType;
    }
}
