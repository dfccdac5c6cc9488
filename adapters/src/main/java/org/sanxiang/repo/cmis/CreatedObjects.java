package org.sanxiang.repo.cmis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.bindings.spi.BindingSession;
import org.apache.chemistry.opencmis.client.bindings.spi.http.Output;
import org.apache.chemistry.opencmis.client.bindings.spi.http.Response;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.data.ObjectData;
import org.apache.chemistry.opencmis.commons.definitions.PropertyDefinition;
import org.apache.chemistry.opencmis.commons.definitions.TypeDefinition;
import org.apache.chemistry.opencmis.commons.impl.JSONConstants;
import org.apache.chemistry.opencmis.commons.impl.JSONConverter;
import org.apache.chemistry.opencmis.commons.impl.TypeCache;
import org.apache.chemistry.opencmis.commons.impl.UrlBuilder;
import org.apache.chemistry.opencmis.commons.impl.json.JSONValue;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParseException;
import org.apache.chemistry.opencmis.commons.impl.json.parser.JSONParser;

/**
 * The object a create answered with, kept: the browser binding answers {@code createDocument} with the new
 * object, which the OpenCMIS client parses and drops, keeping only its id, so that reading what was just
 * created costs a second round trip. Installed as the session's HTTP invoker ({@link #install}), it keeps the
 * answer of a POST the calling thread {@linkplain #capture asked for}, parsed, and hands the client only the
 * new object's id and type from it (the answer is parsed once, not twice); everything else passes through as
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
        if (captured.json == null || id == null) {
            return null;
        }
        try {
            ObjectData data = JSONConverter.convertObject(captured.json, new SessionTypes(session));
            return data != null && id.equals(data.getId()) ? data : null;
        } catch (RuntimeException e) {
            return null; // the caller reads the object instead
        }
    }

    /**
     * Keeps the answer of the POST the calling thread captures, parsed; the OpenCMIS client, which wants only the
     * new object's id from it, is handed that id and the type (so that it parses a few bytes, not the object twice).
     */
    @Override
    public Response invokePOST(UrlBuilder url, String contentType, Output writer, BindingSession session) {
        Response response = super.invokePOST(url, contentType, writer, session);
        Captured captured = CAPTURING.get();
        if (captured == null || captured.json != null || response.getResponseCode() != 201 || !response.hasResponseStream()) {
            return response;
        }
        // the stream is decoded already (gzip, deflate, base64): the copy says so by carrying no encoding headers
        byte[] body;
        try (InputStream in = response.getStream()) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the answer of " + url + " failed", e);
        }
        Charset charset = Charset.forName(response.getCharset());
        Map<String, Object> json = parsed(body, charset);
        Map<String, Object> idOnly = json == null ? null : idOnly(json);
        if (idOnly != null) {
            captured.json = json;
            body = JSONValue.toJSONString(idOnly).getBytes(charset);
        }
        Map<String, List<String>> headers = new HashMap<>(response.getHeaders());
        headers.remove("content-encoding");
        headers.remove("content-transfer-encoding");
        headers.put("content-length", List.of(Integer.toString(body.length)));
        return new Response(response.getResponseCode(), response.getResponseMessage(), headers,
                new ByteArrayInputStream(body), null);
    }

    /** The answer as a JSON object, or null when it is none. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parsed(byte[] body, Charset charset) {
        try {
            Object json = new JSONParser().parse(new InputStreamReader(new ByteArrayInputStream(body), charset));
            return json instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
        } catch (JSONParseException | IOException | RuntimeException e) {
            return null; // the client gets the answer as it came
        }
    }

    /** The object's id and type id in the answer's own form (succinct or not), or null when it has no id. */
    private static Map<String, Object> idOnly(Map<String, Object> json) {
        for (String form : List.of(JSONConstants.JSON_OBJECT_SUCCINCT_PROPERTIES, JSONConstants.JSON_OBJECT_PROPERTIES)) {
            if (json.get(form) instanceof Map<?, ?> properties) {
                if (!properties.containsKey(PropertyIds.OBJECT_ID)) {
                    return null;
                }
                Map<String, Object> kept = new LinkedHashMap<>();
                kept.put(PropertyIds.OBJECT_ID, properties.get(PropertyIds.OBJECT_ID));
                if (properties.containsKey(PropertyIds.OBJECT_TYPE_ID)) {
                    kept.put(PropertyIds.OBJECT_TYPE_ID, properties.get(PropertyIds.OBJECT_TYPE_ID));
                }
                return Map.of(form, kept);
            }
        }
        return null;
    }

    private static final class Captured {
        Map<String, Object> json;
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
