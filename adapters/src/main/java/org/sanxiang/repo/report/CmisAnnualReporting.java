package org.sanxiang.repo.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.DocumentType;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.sanxiang.repo.cmis.CmisQueryLiterals;
import org.sanxiang.repo.documents.DocumentFonts;
import org.sanxiang.rules.calendar.WorkingDayCalendar;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.workflow.port.AnnualReporting;
import org.sanxiang.workflow.port.ReportFile;

/**
 * The annual report's folders and files in a CMIS 1.1 repository: {@code <reports root>/<profile>/<year>},
 * plain folders made where missing (looked up by a query, a name taken by a parallel maker counts as made).
 * The statistics are {@link CmisAnnualData}'s, read page by page; the files are {@link AnnualReportFiles}'s.
 * A file is written once per name: a retried step finds it.
 */
public final class CmisAnnualReporting implements AnnualReporting {

    private static final int PAGE = 500;
    private static final String DOCUMENT = "cmis:document";

    private final Session session;
    private final String reportsRoot;
    private final String casesPath;
    private final String publicPath;
    private final String internalPath;
    private final ProfileRegistry profiles;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final DocumentFonts fonts;
    private final Clock clock;

    /**
     * @param reportsRoot the folder the report folders go under, e.g. {@code /Sanxiang/reports}; made where missing
     * @param casesPath   the bureau's case tree; {@code publicPath}, {@code internalPath}: the disclosure channel's trees
     */
    public CmisAnnualReporting(Session session, String reportsRoot, String casesPath, String publicPath, String internalPath,
            ProfileRegistry profiles, WorkingDayCalendar calendar, ZoneId zone, DocumentFonts fonts, Clock clock) {
        this.session = Objects.requireNonNull(session, "session");
        this.reportsRoot = Objects.requireNonNull(reportsRoot, "reportsRoot");
        this.casesPath = Objects.requireNonNull(casesPath, "casesPath");
        this.publicPath = Objects.requireNonNull(publicPath, "publicPath");
        this.internalPath = Objects.requireNonNull(internalPath, "internalPath");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String folder(String profile, int year) {
        if (!profiles.contains(profile)) {
            throw new IllegalArgumentException("profile: unknown profile " + profile);
        }
        String id = session.getRootFolder().getId();
        for (String name : (reportsRoot.substring(1) + "/" + profile + "/" + year).split("/")) {
            id = childFolder(id, name);
        }
        return id;
    }

    @Override
    public List<ReportFile> compile(String profile, int year) {
        return AnnualReportFiles.compile(new CmisAnnualData(session, casesPath, publicPath, internalPath, profiles, calendar, zone,
                PAGE).data(), profiles, profile, year, fonts, clock);
    }

    @Override
    public String writeOnce(String folderId, ReportFile file) {
        Optional<String> there = document(folderId, file.name());
        if (there.isPresent()) {
            return there.get();
        }
        ContentStream stream = session.getObjectFactory().createContentStream(file.name(), file.content().length,
                file.mediaType(), new ByteArrayInputStream(file.content()));
        boolean versionable = Boolean.TRUE.equals(((DocumentType) session.getTypeDefinition(DOCUMENT)).isVersionable());
        try {
            return session.createDocument(Map.of(PropertyIds.OBJECT_TYPE_ID, DOCUMENT, PropertyIds.NAME, file.name()),
                    session.createObjectId(folderId), stream, versionable ? VersioningState.MAJOR : VersioningState.NONE).getId();
        } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException race) {
            return document(folderId, file.name()).orElseThrow(() -> race);
        }
    }

    @Override
    public Optional<String> document(String folderId, String name) {
        return first("SELECT cmis:objectId FROM cmis:document WHERE IN_FOLDER(" + CmisQueryLiterals.literal(folderId)
                + ") AND cmis:name = " + CmisQueryLiterals.literal(name));
    }

    @Override
    public String text(String documentId) {
        Document d = (Document) session.getObject(documentId);
        try (InputStream in = d.getContentStream().getStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("documentId: cannot read " + documentId, e);
        }
    }

    private String childFolder(String parentId, String name) {
        String query = "SELECT cmis:objectId FROM cmis:folder WHERE IN_FOLDER(" + CmisQueryLiterals.literal(parentId)
                + ") AND cmis:name = " + CmisQueryLiterals.literal(name);
        Optional<String> found = first(query);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return session.createFolder(Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder", PropertyIds.NAME, name),
                    session.createObjectId(parentId)).getId();
        } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException race) {
            return first(query).orElseThrow(() -> race); // made at the same time by another step: the same folder
        }
    }

    private Optional<String> first(String statement) {
        for (QueryResult row : session.query(statement, false)) {
            return Optional.of(row.getPropertyValueById(PropertyIds.OBJECT_ID));
        }
        return Optional.empty();
    }
}
