package org.sanxiang.repo.cmis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.bindings.spi.BindingSession;
import org.apache.chemistry.opencmis.client.bindings.spi.http.Output;
import org.apache.chemistry.opencmis.client.bindings.spi.http.Response;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.impl.JSONConverter;
import org.apache.chemistry.opencmis.commons.impl.TypeCache;
import org.apache.chemistry.opencmis.commons.impl.UrlBuilder;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParseException;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParser;

/**
 * The object a create answered with, kept: the browser binding answers {@code createDocument} with the new
 * object, which the OpenCMIS client parses and drops, keeping only its id, so that reading what was just
 * created costs a second round trip. Installed as the session's HTTP invoker ({@link #install}), it keeps the
 * body of a POST the calling thread {@linkplain #capture asked for}; everything else passes through as
 * {@link StreamingHttpInvoker} sends it. AtomPub sessions are left alone (their create answers an entry the
 * client reads back anyway).
 */
public final class CreatedObjects extends StreamingHttpInvoker {

    private static final ThreadLocal<Captured> CAPTURING = new ThreadLocal<>();

    /** Makes {@code parameters} (of a browser binding session) use this invoker. */
    static void install(Map<String, String> parameters) {
        parameters.put(SessionParameter.HTTP_INVOKER_CLASS, CreatedObjects.class.getName());
    }

    /**
     * Runs {@code create} (one POST of this thread through a session using this invoker) and returns the
     * object its answer carried, or null when there was none to keep (another invoker, another binding, an
     * answer that is not an object).
     */
    static ObjectData capture(Session session, Supplier<String> create) {
        Captured previous = CAPTURING.get();
        Captured captured = new Captured();
        CAPTURING.set(captured);
        String id;
        try {
            id = create.get();
        } finally {
            CAPTURING.set(previous);
        }
        if (captured.body == null || id == null) {
            return null;
        }
        try {
            Object json = new JSONParser().parse(new InputStreamReader(new ByteArrayInputStream(captured.body), captured.charset));
            if (!(json instanceof Map<?, ?> map)) {
                return null;
            }
            @SuppressWarnings("unchecked")
            ObjectData data = JSONConverter.convertObject((Map<String, Object>) map, new SessionTypes(session));
            return data != null && id.equals(data.getId()) ? data : null;
        } catch (JSONParseException | IOException | RuntimeException e) {
            return null; // the caller reads the object instead
        }
    }

    @Override
    public Response invokePOST(UrlBuilder url, String contentType, Output writer, BindingSession session) {
        Response response = super.invokePOST(url, contentType, writer, session);
        Captured captured = CAPTURING.get();
        if (captured == null || captured.body != null || response.getResponseCode() != 201 || !response.hasResponseStream()) {
            return response;
        }
        // the stream is decoded already (gzip, deflate, base64): the copy says so by carrying no encoding headers
        byte[] body;
        try (InputStream in = response.getStream()) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the answer of " + url + " failed", e);
        }
        captured.body = body;
        captured.charset = Charset.forName(response.getCharset());
        Map<String, List<String>> headers = new HashMap<>(response.getHeaders());
        headers.remove("content-encoding");
        headers.remove("content-transfer-encoding");
        headers.put("content-length", List.of(Integer.toString(body.length)));
        return new Response(response.getResponseCode(), response.getResponseMessage(), headers,
                new ByteArrayInputStream(body), null);
    }

    private static final class Captured {
        byte[] body;
        Charset charset;
    }

    /** The session's own (cached) type definitions, for the succinct form's property types. */
    private record SessionTypes(Session session) implements TypeCache {

        @Override
        public TypeDefinition getTypeDefinition(String typeId) {
            return session.getTypeDefinition(typeId);
        }

        @Override
        public TypeDefinition reloadTypeDefinition(String typeId) {
            return session.getTypeDefinition(typeId, false);
        }

        @Override
        public TypeDefinition getTypeDefinitionForObject(String objectId) {
            return null; // the answer names its type; nothing to look up by object
        }

        @Override
        public PropertyDefinition<?> getPropertyDefinition(String propId) {
            return null; // every property of the answer belongs to its type or its secondary types
        }
    }
}
