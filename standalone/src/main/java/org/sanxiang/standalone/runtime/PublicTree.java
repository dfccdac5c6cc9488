package org.sanxiang.standalone.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.standalone.runtime.Views.PublicRecordView;
import org.sanxiang.standalone.runtime.Views.PublicVersionView;

/**
 * The disclosure records as a visitor of the public tree reads them: what lies under the public root (the
 * redacted text and the display data the channel wrote), with each record's versions (its corrections), and
 * the records withdrawn or expired since, from the internal root, with the state, time and reason of their
 * last version only. Reads past the session's cache, so what the channel just delivered is seen.
 */
final class PublicTree {

    private static final int MAX_TEXT = 64 * 1024;
    private static final String STATE = SanxiangModel.PROP_DISCLOSURE_STATE.toPrefixString();

    private final Session session;
    private final String publicRoot;
    private final String internalRoot;
    private final ErrorTranslation errors;

    PublicTree(Session session, String casesPath, ErrorTranslation errors) {
        this.session = Objects.requireNonNull(session, "session");
        String root = casesPath.substring(0, casesPath.lastIndexOf('/'));
        this.publicRoot = root + "/public";
        this.internalRoot = root + "/internal";
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    List<PublicRecordView> records() {
        return errors.repositoryCall(() -> {
            List<PublicRecordView> records = new ArrayList<>();
            for (Document d : documents(publicRoot)) {
                records.add(view(d, true));
            }
            for (Document d : documents(internalRoot)) {
                records.add(view(d, false));
            }
            records.sort(Comparator.comparing(PublicRecordView::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())));
            return records;
        });
    }

    private PublicRecordView view(Document d, boolean onPublicTree) {
        List<PublicVersionView> history = new ArrayList<>();
        if (onPublicTree) {
            for (Document v : d.getAllVersions()) {
                history.add(version(v));
            }
            history.sort(Comparator.comparing(PublicVersionView::label));
        } else {
            history.add(version(d));
        }
        String name = d.getName();
        return new PublicRecordView(d.getId(), name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name,
                d.getPropertyValue(SanxiangModel.PROP_DISCLOSED_CASE_NAME.toPrefixString()), d.getDescription(),
                d.getPropertyValue(SanxiangModel.PROP_DISCLOSED_CATEGORY.toPrefixString()), d.getPropertyValue(STATE),
                instant(d.getPropertyValue(SanxiangModel.PROP_PUBLISHED_AT.toPrefixString())),
                instant(d.getPropertyValue(SanxiangModel.PROP_DISPLAY_UNTIL.toPrefixString())),
                Boolean.TRUE.equals(d.getPropertyValue(SanxiangModel.PROP_REDACTED.toPrefixString())),
                onPublicTree ? text(d) : null, onPublicTree, history);
    }

    private static PublicVersionView version(Document v) {
        String state = v.getPropertyValue(STATE);
        Instant at;
        String reason;
        if ("withdrawn".equals(state) || "expired".equals(state)) {
            at = instant(v.getPropertyValue(SanxiangModel.PROP_WITHDRAWN_AT.toPrefixString()));
            reason = v.getPropertyValue(SanxiangModel.PROP_WITHDRAWAL_REASON.toPrefixString());
        } else if ("corrected".equals(state)) {
            at = instant(v.getPropertyValue(SanxiangModel.PROP_CORRECTED_AT.toPrefixString()));
            reason = v.getPropertyValue(SanxiangModel.PROP_CORRECTION_REASON.toPrefixString());
        } else {
            at = instant(v.getPropertyValue(SanxiangModel.PROP_PUBLISHED_AT.toPrefixString()));
            reason = null;
        }
        return new PublicVersionView(v.getVersionLabel(), state, at, reason);
    }

    private List<Document> documents(String path) {
        List<Document> found = new ArrayList<>();
        try {
            collect((Folder) session.getObjectByPath(path, uncached()), found);
        } catch (CmisObjectNotFoundException e) {
            // nothing published yet
        }
        return found;
    }

    private void collect(Folder folder, List<Document> found) {
        for (CmisObject child : folder.getChildren(uncached())) {
            if (child instanceof Folder f) {
                collect(f, found);
            } else if (child instanceof Document d) {
                found.add(d);
            }
        }
    }

    private static String text(Document d) {
        ContentStream content = d.getContentStream();
        if (content == null) {
            return null;
        }
        try (InputStream in = content.getStream()) {
            return new String(in.readNBytes(MAX_TEXT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Calendar c ? c.toInstant() : null;
    }

    private OperationContext uncached() {
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        context.setIncludeAcls(false);
        context.setIncludePolicies(false);
        return context;
    }
}
