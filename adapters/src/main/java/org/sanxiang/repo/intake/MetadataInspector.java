package org.sanxiang.repo.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the media type and metadata of a stored file with Tika, in a worker thread bounded by a
 * timeout. Whatever the file does — truncated, encrypted, a zip bomb, a parser bug, a hang — the
 * result is an {@link Inspection}; nothing is thrown.
 *
 * <p>Limits: the extracted body text is discarded and the parse stops after a text budget;
 * embedded documents are never parsed; external parsers (ffmpeg, exiftool) are excluded by the
 * Tika configuration. A parse that times out is abandoned: its thread is interrupted and left to
 * finish on its own (Tika parsers cannot be killed in-process).
 */
final class MetadataInspector implements AutoCloseable {

    static final String TIKA_CONFIG = "/alfresco/module/sanxiang-repo/intake/tika-config.xml";
    private static final int MAX_DETAIL = 300;
    private static final String ZIP = "application/zip";

    private final Detector detector;
    private final Parser parser;
    private final Duration timeout;
    private final long textBudget;
    private final ExecutorService workers;

    MetadataInspector(Duration timeout, long textBudget) {
        this(loadTikaConfig(), null, timeout, textBudget);
    }

    /** For tests: {@code parser} replaces the configured parser when not null. */
    MetadataInspector(TikaConfig tikaConfig, Parser parser, Duration timeout, long textBudget) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive, was " + timeout);
        }
        if (textBudget < 0) {
            throw new IllegalArgumentException("textBudget must be >= 0, was " + textBudget);
        }
        this.detector = tikaConfig.getDetector();
        this.parser = parser != null ? parser : resolved(tikaConfig.getParser());
        this.timeout = timeout;
        this.textBudget = textBudget;
        this.workers = Executors.newCachedThreadPool(daemonThreads());
    }

    static TikaConfig loadTikaConfig() {
        try (InputStream in = MetadataInspector.class.getResourceAsStream(TIKA_CONFIG)) {
            if (in == null) {
                throw new IllegalStateException("Tika configuration missing from the classpath: " + TIKA_CONFIG);
            }
            return new TikaConfig(in);
        } catch (IOException | TikaException | SAXException e) {
            throw new IllegalStateException("cannot load Tika configuration " + TIKA_CONFIG + ": " + e.getMessage(), e);
        }
    }

    /** The configured parser, its choice of parser by type made once instead of on every parse. */
    private static Parser resolved(Parser configured) {
        return configured instanceof CompositeParser composite ? new ResolvedParser(composite, parseContext()) : configured;
    }

    /** The parser intake uses (for tests: it must not contain external parsers). */
    Parser parser() {
        return parser;
    }

    Inspection inspect(Path file) {
        AtomicReference<String> detected = new AtomicReference<>();
        Future<Inspection> task = workers.submit(() -> inspectNow(file, detected));
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return Inspection.failed(detected.get(), IntakeProblem.TIMED_OUT,
                    "no result within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            // Errors (StackOverflowError, OutOfMemoryError from a hostile file) end up here.
            return Inspection.failed(detected.get(), IntakeProblem.PARSE_FAILED, describe(e.getCause()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return Inspection.failed(detected.get(), IntakeProblem.TIMED_OUT, "intake was interrupted");
        }
    }

    private Inspection inspectNow(Path file, AtomicReference<String> detected) {
        Metadata metadata = new Metadata();
        String mediaType = null;
        // TikaInputStream.get(Path) lets parsers seek in the file (MP4) instead of reading it all.
        // No file name goes into `metadata`: the type comes from the content alone.
        try (TikaInputStream in = TikaInputStream.get(file)) {
            // Before detection: Tika's zip container detector already inflates entries.
            if (ZipBombCheck.isZip(file)) {
                String bomb = ZipBombCheck.findBomb(file);
                if (bomb != null) {
                    return Inspection.failed(ZIP, IntakeProblem.UNSAFE, bomb);
                }
            }
            mediaType = detector.detect(in, metadata).getBaseType().toString();
            detected.set(mediaType);

            IsoMediaScan.Scan isoScan = null;
            if (IsoMediaScan.ISO_MEDIA_TYPES.contains(mediaType)) {
                isoScan = IsoMediaScan.scan(file);
                if (isoScan.problem() != null) {
                    return Inspection.failed(mediaType, IntakeProblem.DAMAGED, isoScan.problem());
                }
                if (isoScan.oversizedBox() != null) {
                    // Tika would load that box whole; the scan already has what intake needs.
                    return Inspection.found(mediaType, new Metadata(), isoScan);
                }
            }

            metadata.set(Metadata.CONTENT_TYPE, mediaType);
            ContentHandler discard = new TextBudgetHandler(textBudget);
            try {
                parser.parse(in, discard, metadata, parseContext());
            } catch (IOException | SAXException | TikaException | RuntimeException e) {
                if (!TextBudgetHandler.isBudgetReached(e)) {
                    throw e;
                }
            }
            if (!parsedByARealParser(metadata)) {
                return Inspection.failed(mediaType, IntakeProblem.NO_PARSER,
                        "no metadata parser for " + mediaType);
            }
            return Inspection.found(refinedType(metadata, mediaType), metadata, isoScan);
        } catch (EncryptedDocumentException e) {
            return Inspection.failed(mediaType, IntakeProblem.ENCRYPTED, describe(e));
        } catch (Exception | LinkageError | StackOverflowError e) {
            IntakeProblem problem = looksLikeABomb(e) ? IntakeProblem.UNSAFE : IntakeProblem.PARSE_FAILED;
            return Inspection.failed(mediaType, problem, describe(e));
        }
    }

    private static ParseContext parseContext() {
        ParseContext context = new ParseContext();
        // No Parser in the context, and an extractor that declines: embedded documents are skipped.
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                                      boolean outputHtml) {
                // never called: shouldParseEmbedded is false
            }
        });
        // OCR needs an external tesseract and would parse page images as embedded documents.
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        // Streaming (SAX) extractors: the DOM ones load a whole part before the text budget can act.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /** CompositeParser records the parser it chose; EmptyParser means none knew the type. */
    private static boolean parsedByARealParser(Metadata metadata) {
        return Arrays.stream(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY))
                .anyMatch(name -> !name.endsWith(".EmptyParser")
                        && !name.endsWith(".DefaultParser")
                        && !name.endsWith(".CompositeParser"));
    }

    /** Parsers may refine the detected type (an MP4 with sound only becomes audio/mp4). */
    private static String refinedType(Metadata metadata, String detected) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        MediaType parsed = type == null ? null : MediaType.parse(type);
        return parsed == null ? detected : parsed.getBaseType().toString();
    }

    private static boolean looksLikeABomb(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String text = (c.getClass().getName() + " " + c.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("zip bomb") || text.contains("zipbomb") || text.contains("inflate ratio")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** Root cause type and message, on one line, bounded in length. */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        String text = (root.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sanxiang-intake-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
