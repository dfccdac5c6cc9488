package org.sanxiang.standalone.cmis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Property;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.data.ContentStream;

/**
 * Everything a reader of a CMIS folder tree can see, as text: every property of every folder and
 * document, every version of every document, and every content stream. What a scan for leaked
 * personal data reads.
 */
public final class PublicTreeScan {

    /** One string a reader can see, and where. */
    public record Seen(String where, String value) {
    }

    /** One secret found in the tree. */
    public record Hit(String secret, String where, String value) {
        @Override
        public String toString() {
            return "「" + secret + "」 in " + where + ": " + (value.length() > 160 ? value.substring(0, 160) + "…" : value);
        }
    }

    private final List<Seen> seen = new ArrayList<>();
    private int objects;
    private int versions;

    private PublicTreeScan() {
    }

    /** Reads the whole tree under the folder at {@code path}, the folder itself included. */
    public static PublicTreeScan of(Session session, String path) {
        PublicTreeScan scan = new PublicTreeScan();
        scan.folder((Folder) session.getObjectByPath(path), path);
        return scan;
    }

    private void folder(Folder folder, String path) {
        object(folder, path);
        for (CmisObject child : folder.getChildren()) {
            String childPath = path + "/" + child.getName();
            if (child instanceof Folder f) {
                folder(f, childPath);
            } else if (child instanceof Document d) {
                for (Document version : d.getAllVersions()) {
                    versions++;
                    String where = childPath + ";v" + version.getVersionLabel();
                    object(version, where);
                    content(version, where);
                }
            } else {
                object(child, childPath);
            }
        }
    }

    private void object(CmisObject o, String where) {
        objects++;
        for (Property<?> p : o.getProperties()) {
            for (Object value : p.getValues()) {
                if (value != null) {
                    seen.add(new Seen(where + " " + p.getId(), text(value)));
                }
            }
        }
    }

    private void content(Document d, String where) {
        ContentStream stream = d.getContentStream();
        if (stream == null) {
            return;
        }
        try (InputStream in = stream.getStream()) {
            seen.add(new Seen(where + " content", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": cannot read the content", e);
        }
        if (stream.getFileName() != null) {
            seen.add(new Seen(where + " content file name", stream.getFileName()));
        }
    }

    private static String text(Object value) {
        if (value instanceof java.util.GregorianCalendar c) {
            return c.toZonedDateTime().toString();
        }
        return value.toString();
    }

    /** Every occurrence of any secret, in the order seen. */
    public List<Hit> find(Collection<String> secrets) {
        List<Hit> hits = new ArrayList<>();
        for (Seen s : seen) {
            for (String secret : secrets) {
                if (s.value().contains(secret)) {
                    hits.add(new Hit(secret, s.where(), s.value()));
                }
            }
        }
        return hits;
    }

    /** Folders and document versions read. */
    public int objects() {
        return objects;
    }

    /** Document versions read. */
    public int versions() {
        return versions;
    }

    /** Property values and contents read. */
    public int strings() {
        return seen.size();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }
}
