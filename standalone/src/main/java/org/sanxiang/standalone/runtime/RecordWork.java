package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.EngineValues.plainMap;
import static org.sanxiang.standalone.runtime.RequestChecks.require;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.repo.intake.EvidenceIntake;
import org.sanxiang.repo.intake.InspectionProperties;
import org.sanxiang.repo.intake.IntakeResult;
import org.sanxiang.standalone.runtime.LocalSanxiangService.RuntimeSettings;
import org.sanxiang.standalone.runtime.Views.IntakeView;
import org.sanxiang.standalone.runtime.Views.RecordContent;
import org.sanxiang.standalone.runtime.Views.RecordView;
import org.sanxiang.workflow.record.CaseSeal;
import org.sanxiang.workflow.port.CaseRecord;

/** The records of a case: uploads through the evidence intake, and the list with what intake found. */
final class RecordWork {

    private static final String INSPECTED = SanxiangModel.ASPECT_INSPECTED.toPrefixString();
    private static final String SHA256 = SanxiangModel.PROP_SHA256.toPrefixString();

    private final RuntimeSettings settings;
    private final ProtectedPropertyOverlay cases;
    private final CaseFolders folders;
    private final ModelFields contentTypes;
    private final EvidenceIntake intake;
    private final InspectionProperties inspection;
    private final Clock clock;
    private final ErrorTranslation errors;
    private final CaseSteps steps;

    RecordWork(RuntimeSettings settings, ProtectedPropertyOverlay cases, CaseFolders folders, ModelFields contentTypes,
            EvidenceIntake intake, Clock clock, ErrorTranslation errors,
            CaseSteps steps) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.folders = Objects.requireNonNull(folders, "folders");
        this.contentTypes = Objects.requireNonNull(contentTypes, "contentTypes");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.inspection = new InspectionProperties(settings.zone());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    RecordView add(String caseId, Requests.NewRecord request, InputStream content) {
        require(request, "body");
        folders.facts(caseId);
        String type = request.type();
        if (type == null || type.isBlank()) {
            throw ServiceException.badRequest("type", "is required, e.g. " + SanxiangModel.TYPE_EVIDENCE.toPrefixString());
        }
        if (!type.startsWith(SanxiangModel.PREFIX + ":") || !contentTypes.hasClass(type)
                || type.equals(SanxiangModel.TYPE_CASE_FOLDER.toPrefixString())) {
            throw ServiceException.badRequest("type", "'" + type + "' is not a record type of the sx model");
        }
        String name = request.name();
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw ServiceException.badRequest("name", "a file name is required (no / or \\)");
        }
        CmisLimits.name("name", name);
        Map<String, Object> properties = new LinkedHashMap<>(contentTypes.convert(contentTypes.fields(type),
                request.properties(), "properties."));
        long limit = request.maxBytes() > 0 ? Math.min(request.maxBytes(), settings.maxUploadBytes()) : settings.maxUploadBytes();
        Path file = null;
        try {
            Files.createDirectories(settings.uploadDir());
            file = Files.createTempFile(settings.uploadDir(), "upload-", ".bin");
            IntakeResult result;
            try (InputStream limited = new LimitedInputStream(content, limit)) {
                result = intake.intake(limited, file);
            } catch (IOException | RuntimeException e) {
                // the limit may surface wrapped by the intake; either way the answer names no server path
                for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    if (t instanceof LimitedInputStream.TooLargeException) {
                        throw new ServiceException(ServiceException.Kind.TOO_LARGE, "content",
                                "the upload is larger than the limit of " + limit + " bytes");
                    }
                }
                if (e instanceof ServiceException se) {
                    throw se;
                }
                throw new ServiceException(ServiceException.Kind.BAD_REQUEST, "content", "the upload could not be read ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            Map<String, Object> inspected = new LinkedHashMap<>();
            for (Map.Entry<QName, Object> e : inspection.of(result, clock.instant()).entrySet()) {
                inspected.put(e.getKey().toPrefixString(), e.getValue());
            }
            Path stored = file;
            // one step on the case (docs/architecture.md, "Exactly once"): one create with the sx:inspected aspect
            // applied, its protected findings kept by the overlay; journaled, so that a failure deletes it. A taken
            // name is refused by the server, and the journal records the refusal (nothing is listed first).
            CaseRecord withIntake = errors.repositoryCall(() -> steps.service(caseId, "upload " + name + " to case " + caseId,
                    () -> {
                        CaseRecord[] made = new CaseRecord[1];
                        steps.repository().create(caseId, name, properties, () -> {
                            try (InputStream in = Files.newInputStream(stored)) {
                                made[0] = cases.createRecord(caseId, type, name, properties, INSPECTED, inspected, in,
                                        result.size(), result.mediaType());
                                return made[0].id();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException e) {
                                // the refusal as the cause: the step journal reads the taken name from it
                                throw new ServiceException(ServiceException.Kind.CONFLICT, "name", "the case has a file named "
                                        + name + " already", e);
                            }
                        });
                        return made[0];
                    }));
            return view(withIntake, cases.cmis().createdAt(withIntake.id()), result.size());
        } catch (IOException e) {
            // the message of a file system error names the staging path: not for the client
            throw new ServiceException(ServiceException.Kind.BAD_REQUEST, "content", "the upload could not be staged ("
                    + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless; the next start does not read it
                }
            }
        }
    }

    /** The case's records in creation order. */
    List<RecordView> list(String caseId) {
        folders.facts(caseId);
        return errors.repositoryCall(() -> {
            Map<String, Document> documents = folders.documents(caseId);
            List<RecordView> views = new ArrayList<>();
            for (CaseRecord r : cases.records(caseId)) {
                Document d = documents.get(r.id());
                views.add(view(r, d == null ? null : d.getCreationDate().toInstant(),
                        d == null ? -1 : d.getContentStreamLength()));
            }
            return views;
        });
    }

    /**
     * Whether the case is sealed ({@link CaseSeal#sealed}): the folder as CMIS gives it, the read the operation shares;
     * no listing of its records, no protected property, no process.
     */
    boolean sealed(String caseId) {
        return CaseSeal.sealed(folders.openFacts(caseId));
    }

    /** A record's content; the record must lie in the case folder. */
    RecordContent content(String caseId, String recordId) {
        folders.facts(caseId);
        return errors.repositoryCall(() -> {
            Document d = folders.documents(caseId).get(recordId);
            if (d == null) {
                throw ServiceException.notFound("recordId", "no record " + recordId + " in case " + caseId);
            }
            ContentStream content = d.getContentStream();
            if (content == null) {
                throw ServiceException.notFound("recordId", "record " + recordId + " has no content");
            }
            return new RecordContent(d.getName(), content.getMimeType(), content.getLength(), content.getStream());
        });
    }

    private RecordView view(CaseRecord r, Instant createdAt, long size) {
        IntakeView intakeView = null;
        if (r.aspects().contains(INSPECTED) && r.properties().get(SHA256) != null) {
            Object reason = r.properties().get(SanxiangModel.PROP_METADATA_UNAVAILABLE_REASON.toPrefixString());
            intakeView = new IntakeView((String) r.properties().get(SHA256), size,
                    (String) r.properties().get(SanxiangModel.PROP_DETECTED_MEDIA_TYPE.toPrefixString()),
                    reason == null ? "metadata available" : reason.toString());
        }
        return new RecordView(r.id(), r.caseId(), r.type(), r.name(), createdAt,
                plainMap(r.properties()), new TreeSet<>(r.aspects()), intakeView);
    }
}
