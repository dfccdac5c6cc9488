package org.sanxiang.standalone.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.activiti.engine.ActivitiException;
import org.activiti.engine.ActivitiObjectNotFoundException;
import org.activiti.engine.ActivitiOptimisticLockingException;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricActivityInstance;
import org.activiti.engine.history.HistoricProcessInstance;
import org.activiti.engine.history.HistoricTaskInstance;
import org.activiti.engine.history.HistoricVariableInstance;
import org.activiti.engine.impl.cmd.ClaimTaskCmd;
import org.activiti.engine.impl.cmd.CompleteTaskCmd;
import org.activiti.engine.impl.identity.Authentication;
import org.activiti.engine.impl.interceptor.Command;
import org.activiti.engine.repository.ProcessDefinition;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.Task;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.OperationContext;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConnectionException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisUpdateConflictException;
import org.sanxiang.model.QName;
import org.sanxiang.repo.cmis.CmisDisclosureChannel;
import org.sanxiang.repo.cmis.PendingRequest;
import org.sanxiang.repo.intake.EvidenceIntake;
import org.sanxiang.repo.intake.InspectionProperties;
import org.sanxiang.repo.intake.IntakeResult;
import org.sanxiang.repo.step.CaseBusyException;
import org.sanxiang.rules.calendar.HolidayCalendar;
import org.sanxiang.rules.chain.VerificationResult;
import org.sanxiang.rules.evaluate.EvaluateCommand;
import org.sanxiang.rules.evaluate.Evaluator;
import org.sanxiang.rules.facts.CaseDates;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.facts.Secrets;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.rules.review.Item;
import org.sanxiang.rules.review.LegalReviewRules;
import org.sanxiang.standalone.runtime.Views.CaseView;
import org.sanxiang.standalone.runtime.Views.ChainView;
import org.sanxiang.standalone.runtime.Views.CompletedTask;
import org.sanxiang.standalone.runtime.Views.DeadlineView;
import org.sanxiang.standalone.runtime.Views.Decision;
import org.sanxiang.standalone.runtime.Views.DisclosureView;
import org.sanxiang.standalone.runtime.Views.FormField;
import org.sanxiang.standalone.runtime.Views.Health;
import org.sanxiang.standalone.runtime.Views.IntakeView;
import org.sanxiang.standalone.runtime.Views.PendingPublicationView;
import org.sanxiang.standalone.runtime.Views.ProcessSummary;
import org.sanxiang.standalone.runtime.Views.ProcessView;
import org.sanxiang.standalone.runtime.Views.RecordView;
import org.sanxiang.standalone.runtime.Views.Stage;
import org.sanxiang.standalone.runtime.Views.TaskDetail;
import org.sanxiang.standalone.runtime.Views.TaskView;
import org.sanxiang.standalone.runtime.Views.Timeline;
import org.sanxiang.workflow.WorkflowVariables;
import org.sanxiang.workflow.disclosure.DisclosureEvents;
import org.sanxiang.workflow.disclosure.DisclosureVariables;
import org.sanxiang.workflow.engine.SxProcessDefinitions;
import org.sanxiang.workflow.port.CaseRecord;
import org.sanxiang.workflow.record.CaseSeal;

/**
 * {@link SanxiangService} on the runtime's parts: the Activiti engine, the case folders over CMIS, the
 * disclosure channel and its outbox, the evidence intake and the rules. Thread-safe.
 */
public final class LocalSanxiangService implements SanxiangService {

    /** The process-internal variable with the case number, for the deadlines board. */
    static final String CASE_NUMBER = WorkflowVariables.INTERNAL + "caseNumber";
    private static final String SEALED = CaseSeal.SEALED;
    /** Process variables that record a decision, shown on the timeline (besides every sxwf_*Outcome). */
    private static final Set<String> DECISIONS = Set.of("sxp_major", "sxp_reviewRequired", "sxp_opinionType",
            "sxp_reviewRoute", "sxp_decisionBlocked", "sxp_legalityProblem", "sxwf_decisionDocumentNumber",
            "sxp_accessDecision", "sxp_accessRefusal", "sxp_accessWithheldKinds", "sxp_accessGrantId",
            "sxp_disclosureWithhold", "sxwf_exclusionReasons", "sxp_disclosurePublicationId", "sxwf_withdrawalReason",
            "sxwf_correctionReason", "sxwf_archiveReference", "sxp_sealManifestId");
    private static final String INSPECTED = "sx:inspected";
    /** The process-internal variable with the start's trigger: one running instance per process, case and trigger. */
    static final String START_TRIGGER = WorkflowVariables.INTERNAL + "startTrigger";
    private static final String TRANSFERRED_MATERIALS = "sxwf_transferredMaterials";
    private static final Set<String> STAGE_ACTIVITIES = Set.of("userTask", "startEvent", "endEvent", "noneEndEvent",
            "terminateEndEvent", "errorEndEvent");

    private final RuntimeSettings settings;
    private final ProcessEngine engine;
    private final Session session;
    private final ProtectedPropertyOverlay cases;
    private final CmisDisclosureChannel channel;
    private final EvidenceIntake intake;
    private final ProfileRegistry profiles;
    private final HolidayCalendar calendar;
    private final Evaluator evaluator;
    private final ModelFields taskForms;
    private final ModelFields contentTypes;
    private final InspectionProperties inspection;
    private final Clock clock;
    private final Supplier<String> restUrl;
    private final Map<String, String> formKeys = new ConcurrentHashMap<>();
    /** Exactly-once steps: engine calls hold their case; uploads and case changes are steps (hook: CaseSteps). */
    private final CaseSteps steps;

    /** Where things are, for the service's answers. */
    public record RuntimeSettings(String mode, String casesPath, String cmisBrowserUrl, String cmisAtomPubUrl,
            String databaseUrl, Path uploadDir, long maxUploadBytes, ZoneId zone, String version) {
    }

    public LocalSanxiangService(RuntimeSettings settings, ProcessEngine engine, Session session, ProtectedPropertyOverlay cases,
            CmisDisclosureChannel channel, EvidenceIntake intake, ProfileRegistry profiles,
            HolidayCalendar calendar, Clock clock, Supplier<String> restUrl, CaseSteps steps) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engine = engine;
        this.session = session;
        this.cases = cases;
        this.channel = channel;
        this.intake = intake;
        this.profiles = profiles;
        this.calendar = calendar;
        this.evaluator = new Evaluator(profiles, calendar);
        this.taskForms = ModelFields.workflow(settings.zone());
        this.contentTypes = ModelFields.content(settings.zone());
        this.inspection = new InspectionProperties(settings.zone());
        this.clock = clock;
        this.restUrl = restUrl;
        this.steps = Objects.requireNonNull(steps, "steps");
    }

    // ---- cases

    @Override
    public CaseView createCase(Requests.NewCase request) {
        require(request, "body");
        CaseFacts facts = request.facts();
        if (!profiles.contains(facts.profile())) {
            throw ServiceException.badRequest("facts.profile", "unknown jurisdiction profile '" + facts.profile()
                    + "'; known: " + profiles.all().stream().map(p -> p.id()).sorted().toList());
        }
        if (facts.action() == null) {
            throw ServiceException.badRequest("facts.action", "is required: sx:actionCategory is mandatory on a case folder");
        }
        refuseFactsWithoutProperty(facts);
        // what reaches CMIS is checked first: a value it would refuse is a 400 naming the field, not a 500
        CmisLimits.name("facts.id", folderName(Objects.requireNonNullElse(facts.id(), "")));
        if (facts.fine() != null) {
            CmisLimits.number("facts.fine", facts.fine().doubleValue());
        }
        CmisLimits.text("title", request.title());
        Map<String, ModelFields.Field> caseFields = contentTypes.fields("sx:caseFolder");
        Map<String, Object> properties = new LinkedHashMap<>(contentTypes.convert(caseFields, request.properties(),
                "properties."));
        Map<String, Object> fromFacts = factProperties(facts, request.title());
        for (String name : fromFacts.keySet()) {
            if (properties.containsKey(name)) {
                throw ServiceException.badRequest("properties." + name, "is set from the facts; give it there only");
            }
        }
        properties.putAll(fromFacts);
        properties.values().removeIf(Objects::isNull);
        String name = folderName(facts.id());
        return cmis(() -> {
            if (exists(settings.casesPath() + "/" + name)) {
                throw ServiceException.conflict("facts.id", "a case with number " + facts.id() + " exists already");
            }
            String id;
            try {
                id = cases.cmis().createCase(settings.casesPath(), name, properties);
            } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException e) {
                throw ServiceException.conflict("facts.id", "a case with number " + facts.id() + " exists already");
            }
            return getCase(id);
        });
    }

    /** The facts kept on the case folder, by property (see docs/rest-api.md). */
    private static Map<String, Object> factProperties(CaseFacts f, String title) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("sx:caseNumber", f.id());
        p.put("sx:jurisdictionProfile", f.profile());
        p.put("sx:caseName", title == null || title.isBlank() ? null : title);
        p.put("sx:actionCategory", f.action().code());
        p.put("sx:procedure", f.procedure() == null ? null : f.procedure().code());
        if (f.party() != null) {
            p.put("sx:partyKind", f.party().kind() == null ? null : f.party().kind().code());
            p.put("sx:partyMinor", f.party().minor());
            p.put("sx:partyForeignInvested", f.party().foreignInvested());
        }
        p.put("sx:fineAmount", f.fine() == null ? null : f.fine().doubleValue());
        p.put("sx:partyCount", f.partiesAffected());
        p.put("sx:hearingHeld", f.hearing());
        p.put("sx:complexCase", f.complex());
        p.put("sx:majorPublicInterest", f.publicInterest());
        p.put("sx:crimeTransfer", f.criminalReferral());
        if (f.dates() != null) {
            p.put("sx:caseDecisionDate", f.dates().decided());
            p.put("sx:closedDate", f.dates().closed());
        }
        return p;
    }

    /** Facts that have no case-folder property belong to the process that uses them: refused, not lost. */
    private static void refuseFactsWithoutProperty(CaseFacts f) {
        if (!f.measures().isEmpty()) {
            // sx:penaltyMeasures takes the model's values (fine, licenceSuspension, ...), not the rules' measure codes
            throw ServiceException.badRequest("facts.measures", "the rules' measure codes have no case-folder property "
                    + "(sx:penaltyMeasures takes the model's values: give those under properties)");
        }
        refuse(f.fineMaximum() != null, "facts.fineMaximum", "the profile's fine limits");
        refuse(f.fineMultiple() != null, "facts.fineMultiple", "the decision document");
        refuse(f.workersAffected() != null, "facts.workersAffected", "the decision document");
        refuse(f.amountInvolved() != null, "facts.amountInvolved", "the decision document");
        refuse(f.legalRelations(), "facts.legalRelations", "sxLegalReview's sxwf_majorReasons");
        refuse(f.majorRights(), "facts.majorRights", "sxLegalReview's sxwf_majorReasons");
        refuse(f.circumstancesConflict(), "facts.circumstancesConflict", "sxLegalReview's sxwf_majorReasons");
        refuse(f.collectiveDiscussion(), "facts.collectiveDiscussion", "sxLegalReview's sxwf_collectiveDiscussionRequired");
        Secrets s = f.secrets();
        refuse(s.state(), "facts.secrets.state", "sxDisclosure's sxwf_disclosureStateSecret");
        refuse(s.commercial(), "facts.secrets.commercial", "sxDisclosure's sxwf_disclosureCommercialSecret");
        refuse(s.privacy(), "facts.secrets.privacy", "sxDisclosure's sxwf_disclosurePrivacy");
        refuse(f.securityRisk(), "facts.securityRisk", "sxDisclosure's sxwf_disclosureSecurityRisk");
        refuse(f.affectsInvestigation(), "facts.affectsInvestigation", "sxDisclosure's sxwf_disclosureAffectsInvestigation");
        CaseDates d = f.dates();
        if (d != null) {
            refuse(d.investigationEnded() != null, "facts.dates.investigationEnded", "sxLegalReview's sxwf_investigationEndedAt");
            refuse(d.reviewReceived() != null, "facts.dates.reviewReceived", "the legal review (set when it receives the case)");
            refuse(d.inspectionEnded() != null, "facts.dates.inspectionEnded", "sxDisclosure's sxwf_disclosureDecisionDate");
            refuse(d.revoked() != null, "facts.dates.revoked", "the withdrawal task of sxDisclosure");
            refuse(d.errorFound() != null, "facts.dates.errorFound", "the correction task of sxDisclosure");
            refuse(d.correctionRequested() != null, "facts.dates.correctionRequested", "the correction task of sxDisclosure");
            refuse(d.infoChanged() != null, "facts.dates.infoChanged", "sxDisclosure's sxwf_basicInfoChangedOn");
        }
    }

    private static void refuse(boolean given, String field, String where) {
        if (given) {
            throw ServiceException.badRequest(field, "a case folder has no property for this fact; give it to " + where);
        }
    }

    private static String folderName(String caseNumber) {
        return caseNumber.strip().replace('/', '／').replace('\\', '＼');
    }

    private boolean exists(String path) {
        try {
            session.getObjectByPath(path);
            return true;
        } catch (CmisObjectNotFoundException e) {
            return false;
        }
    }

    @Override
    public CaseView getCase(String caseId) {
        org.sanxiang.workflow.port.CaseFacts folder = caseFacts(caseId);
        List<ProcessSummary> processes = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .variableValueEquals(WorkflowVariables.CASE_ID, folder.caseId())
                .orderByProcessInstanceStartTime().asc().list().stream()
                .map(p -> new ProcessSummary(p.getId(), processKey(p.getProcessDefinitionId()), instant(p.getStartTime()),
                        instant(p.getEndTime()), p.getEndActivityId()))
                .toList();
        Object state = folder.properties().get("sx:caseState");
        return new CaseView(folder.caseId(), folder.caseNumber(), folder.title(), folder.profileId(),
                state == null ? "open" : state.toString(), plainMap(folder.properties()),
                new java.util.TreeSet<>(folder.aspects()), processes);
    }

    @Override
    public CaseView updateCase(String caseId, Requests.CaseUpdate request) {
        require(request, "body");
        requireText(request.user(), "user");
        caseFacts(caseId);
        if (request.properties().isEmpty()) {
            throw ServiceException.badRequest("properties", "give at least one property to set");
        }
        for (String fixed : List.of("sx:caseNumber", "sx:jurisdictionProfile")) {
            if (request.properties().containsKey(fixed)) {
                throw ServiceException.badRequest("properties." + fixed, "cannot change: it identifies the case");
            }
        }
        Map<String, Object> properties = contentTypes.convert(contentTypes.fields("sx:caseFolder"), request.properties(),
                "properties.");
        return cmis(() -> {
            steps.service(caseId, "update case " + caseId + " by " + request.user(), () -> {
                steps.repository().setProperties(caseId, properties);
                return null;
            });
            return getCase(caseId);
        });
    }

    @Override
    public List<CaseView> cases() {
        return cmis(() -> {
            Folder root = (Folder) session.getObjectByPath(settings.casesPath());
            List<CmisObject> folders = new ArrayList<>();
            for (CmisObject child : root.getChildren(plainContext())) {
                if (child instanceof Folder) {
                    folders.add(child);
                }
            }
            folders.sort(Comparator.comparing((CmisObject o) -> o.getCreationDate().getTimeInMillis())
                    .thenComparing(CmisObject::getId));
            return folders.stream().map(f -> getCase(f.getId())).toList();
        });
    }

    private org.sanxiang.workflow.port.CaseFacts caseFacts(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw ServiceException.badRequest("caseId", "is required");
        }
        return cmis(() -> {
            try {
                return cases.facts(caseId);
            } catch (IllegalArgumentException e) {
                throw ServiceException.notFound("caseId", "no case " + caseId);
            }
        });
    }

    // ---- records

    @Override
    public RecordView addRecord(String caseId, Requests.NewRecord request, InputStream content) {
        require(request, "body");
        caseFacts(caseId);
        String type = request.type();
        if (type == null || type.isBlank()) {
            throw ServiceException.badRequest("type", "is required, e.g. sx:evidence");
        }
        if (!type.startsWith("sx:") || !contentTypes.hasClass(type) || type.equals("sx:caseFolder")) {
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
            // the record and the intake's findings (protected properties, kept by the overlay) are one step
            String recordId = cmis(() -> steps.service(caseId, "upload " + name + " to case " + caseId, () -> {
                if (steps.repository().hasDocument(caseId, name)) {
                    throw ServiceException.conflict("name", "the case has a file named " + name + " already");
                }
                String id = steps.repository().create(caseId, name, properties, () -> {
                    try (InputStream in = Files.newInputStream(stored)) {
                        return cases.cmis().createRecord(caseId, type, name, properties, in, result.size(),
                                result.mediaType()).id();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException e) {
                        throw ServiceException.conflict("name", "the case has a file named " + name + " already");
                    }
                });
                steps.repository().addAspect(id, INSPECTED, inspected);
                return id;
            }));
            return records(caseId).stream().filter(r -> r.id().equals(recordId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the upload " + recordId + " is not in case " + caseId));
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

    @Override
    public List<RecordView> records(String caseId) {
        caseFacts(caseId);
        return cmis(() -> {
            Map<String, Document> documents = new HashMap<>();
            Folder folder = (Folder) session.getObject(caseId, plainContext());
            for (CmisObject child : folder.getChildren(plainContext())) {
                if (child instanceof Document d) {
                    documents.put(d.getId(), d);
                }
            }
            List<RecordView> views = new ArrayList<>();
            for (CaseRecord r : cases.records(caseId)) {
                Document d = documents.get(r.id());
                views.add(view(r, d == null ? null : d.getCreationDate().toInstant(),
                        d == null ? -1 : d.getContentStreamLength()));
            }
            return views;
        });
    }

    private RecordView view(CaseRecord r, Instant createdAt, long size) {
        IntakeView intakeView = null;
        if (r.aspects().contains(INSPECTED) && r.properties().get("sx:sha256") != null) {
            Object reason = r.properties().get("sx:metadataUnavailableReason");
            intakeView = new IntakeView((String) r.properties().get("sx:sha256"), size,
                    (String) r.properties().get("sx:detectedMediaType"),
                    reason == null ? "metadata available" : reason.toString());
        }
        return new RecordView(r.id(), r.caseId(), r.type(), r.name(), createdAt,
                plainMap(r.properties()), new java.util.TreeSet<>(r.aspects()), intakeView);
    }

    private OperationContext plainContext() {
        OperationContext context = session.createOperationContext();
        context.setCacheEnabled(false);
        context.setIncludeAcls(false);
        context.setIncludePolicies(false);
        return context;
    }

    // ---- processes and tasks

    @Override
    public ProcessView startProcess(String processKey, Requests.StartProcess request) {
        require(request, "body");
        if (!SxProcessDefinitions.PROCESS_KEYS.contains(processKey)) {
            throw ServiceException.badRequest("processKey", "'" + processKey + "' is not one of "
                    + SxProcessDefinitions.PROCESS_KEYS);
        }
        requireText(request.caseId(), "caseId");
        requireText(request.user(), "user");
        org.sanxiang.workflow.port.CaseFacts folder = caseFacts(request.caseId());
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        String formKey = engine.getFormService().getStartFormKey(definition.getId());
        Map<String, Object> variables = new HashMap<>(taskForms.convert(taskForms.fields(formKey), request.variables(),
                "variables."));
        variables.values().removeIf(Objects::isNull);
        variables.put(WorkflowVariables.PACKAGE, folder.caseId());
        variables.put(WorkflowVariables.CASE_ID, folder.caseId());
        if (folder.caseNumber() != null) {
            variables.put(CASE_NUMBER, folder.caseNumber());
        }
        String trigger = request.trigger() == null ? "" : request.trigger().strip();
        variables.put(START_TRIGGER, trigger);
        ProcessInstance instance = steps.engine(folder.caseId(), "start " + processKey + " for case " + folder.caseId()
                + " by " + request.user(), () -> {
                    refuseRunning(processKey, folder.caseId(), trigger);
                    return engineCall(request.user(), "the process did not start",
                            () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, variables));
                });
        return new ProcessView(instance.getId(), processKey, folder.caseId(), ended(instance.getId()),
                openTasks(instance.getId()));
    }

    /** One running instance of a process per case and trigger: a second start (a retry, a race) is a conflict naming the first. */
    private void refuseRunning(String processKey, String caseId, String trigger) {
        for (ProcessInstance running : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(WorkflowVariables.CASE_ID, caseId).variableValueEquals(START_TRIGGER, trigger).list()) {
            HistoricProcessInstance h = engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(running.getId()).singleResult();
            throw ServiceException.conflict("processKey", processKey + " runs for case " + caseId
                    + (trigger.isEmpty() ? "" : " and trigger '" + trigger + "'") + " already: instance " + running.getId()
                    + (h == null ? "" : ", started at " + h.getStartTime().toInstant()
                            + (h.getStartUserId() == null ? "" : " by " + h.getStartUserId())));
        }
    }

    @Override
    public ProcessView disclosureEvent(String processInstanceId, Requests.DisclosureEvent request) {
        require(request, "body");
        requireText(processInstanceId, "processInstanceId");
        HistoricProcessInstance process = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (process == null) {
            throw ServiceException.notFound("processInstanceId", "no process " + processInstanceId);
        }
        if (!processKey(process.getProcessDefinitionId()).equals("sxDisclosure")) {
            throw ServiceException.badRequest("processInstanceId", "process " + processInstanceId + " is "
                    + processKey(process.getProcessDefinitionId()) + ", not sxDisclosure");
        }
        String event = request.event();
        String message = switch (event == null ? "" : event) {
            case "revoked" -> DisclosureVariables.MESSAGE_REVOKED;
            case "errorFound", "correctionRequested" -> DisclosureVariables.MESSAGE_CORRECTION;
            default -> throw ServiceException.badRequest("event", "'" + event
                    + "' is not one of revoked, errorFound, correctionRequested");
        };
        require(request.on(), "on");
        requireText(request.reason(), "reason");
        CmisLimits.text("reason", request.reason());
        requireText(request.user(), "user");
        if (engine.getRuntimeService().createExecutionQuery().processInstanceId(processInstanceId)
                .messageEventSubscriptionName(message).count() == 0) {
            throw ServiceException.conflict("processInstanceId", "process " + processInstanceId
                    + " has no published record waiting for " + event);
        }
        Object eventCase = engine.getRuntimeService().getVariable(processInstanceId, WorkflowVariables.CASE_ID);
        steps.engine(eventCase == null ? null : eventCase.toString(), event + " of process " + processInstanceId + " by "
                + request.user(), () -> engineCall(request.user(), "the process refused the event", () -> {
            if (event.equals("revoked")) {
                DisclosureEvents.revoked(engine.getRuntimeService(), processInstanceId, request.on(), request.reason());
            } else {
                DisclosureEvents.correction(engine.getRuntimeService(), processInstanceId, event.equals("errorFound")
                        ? DisclosureEvents.CorrectionSource.ERROR_FOUND : DisclosureEvents.CorrectionSource.REQUESTED,
                        request.on(), request.reason());
            }
            return null;
        }));
        Object caseId = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(WorkflowVariables.CASE_ID).singleResult().getValue();
        return new ProcessView(processInstanceId, "sxDisclosure", caseId == null ? null : caseId.toString(),
                ended(processInstanceId), openTasks(processInstanceId));
    }

    @Override
    public List<TaskView> tasks(Requests.TaskQuery query) {
        require(query, "query");
        if (blank(query.assignee()) && blank(query.candidateGroup()) && blank(query.caseId())) {
            throw ServiceException.badRequest(null, "give assignee, candidateGroup or caseId");
        }
        var q = engine.getTaskService().createTaskQuery().includeProcessVariables();
        if (!blank(query.assignee())) {
            q.taskAssignee(query.assignee());
        }
        if (!blank(query.candidateGroup())) {
            q.taskCandidateGroup(query.candidateGroup());
        }
        if (!blank(query.caseId())) {
            q.processVariableValueEquals(WorkflowVariables.CASE_ID, query.caseId());
        }
        return q.orderByTaskCreateTime().asc().orderByTaskId().asc().list().stream().map(this::view).toList();
    }

    private List<TaskView> openTasks(String processInstanceId) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).includeProcessVariables()
                .orderByTaskCreateTime().asc().orderByTaskId().asc().list().stream().map(this::view).toList();
    }

    private TaskView view(Task t) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(t.getId())) {
            if (link.getGroupId() != null && "candidate".equals(link.getType())) {
                groups.add(link.getGroupId());
            }
        }
        Object caseId = t.getProcessVariables().get(WorkflowVariables.CASE_ID);
        if (caseId == null) {
            caseId = t.getProcessVariables().get(WorkflowVariables.PACKAGE);
        }
        return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey(t.getProcessDefinitionId()),
                t.getProcessInstanceId(), caseId == null ? null : caseId.toString(), t.getAssignee(), groups,
                instant(t.getCreateTime()), instant(t.getDueDate()), t.getDescription(),
                formKey(t.getProcessDefinitionId(), t.getTaskDefinitionKey()));
    }

    private String formKey(String processDefinitionId, String taskKey) {
        return formKeys.computeIfAbsent(processDefinitionId + "/" + taskKey,
                k -> engine.getFormService().getTaskFormKey(processDefinitionId, taskKey));
    }

    @Override
    public TaskDetail task(String taskId) {
        Task task = openTask(taskId);
        TaskView view = view(task);
        String outcomeField = WorkflowVariables.outcome(task.getTaskDefinitionKey());
        Map<String, ModelFields.Field> fields = taskForms.fields(view.formKey());
        ModelFields.Field outcome = fields.get(outcomeField);
        Map<String, Object> values = engine.getTaskService().getVariables(taskId);
        List<FormField> form = new ArrayList<>();
        fields.forEach((name, field) -> {
            if (!name.equals(outcomeField)) {
                List<String> allowed = name.equals(TRANSFERRED_MATERIALS) ? transferMaterials(view.caseId())
                        : field.allowedValues();
                form.add(new FormField(name, field.property().type(), field.property().mandatory(),
                        field.property().multiple(), allowed, field.labels(), plain(values.get(name))));
            }
        });
        return new TaskDetail(view, outcomeField, outcome == null ? List.of() : outcome.allowedValues(), form);
    }

    /** The materials the case's profile asks to transfer for legal review (its 法制审核 materials list), by id. */
    private List<String> transferMaterials(String caseId) {
        try {
            JurisdictionProfile profile = profiles.get(cases.facts(caseId).profileId());
            if (!profile.covers(JurisdictionProfile.LEGAL_REVIEW)) {
                return List.of();
            }
            return profile.bind(JurisdictionProfile.LEGAL_REVIEW, LegalReviewRules.class).materials().stream()
                    .map(Item::id).toList();
        } catch (RuntimeException e) {
            return List.of(); // the form still works; the process checks the list when the task completes
        }
    }

    /** The open task, or 409 when it was completed already, or 404. */
    private Task openTask(String taskId) {
        requireText(taskId, "taskId");
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).includeProcessVariables().singleResult();
        if (task != null) {
            return task;
        }
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                .singleResult();
        if (done != null && done.getEndTime() != null) {
            throw ServiceException.conflict("taskId", "task " + taskId + " (" + done.getTaskDefinitionKey()
                    + ") was completed already, at " + done.getEndTime().toInstant()
                    + (done.getAssignee() == null ? "" : " by " + done.getAssignee()));
        }
        throw ServiceException.notFound("taskId", "no open task " + taskId);
    }

    @Override
    public CompletedTask completeTask(String taskId, Requests.CompleteTask request) {
        require(request, "body");
        requireText(taskId, "taskId");
        Task found = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        // everything from here holds the case: of parallel completions one runs, the others find it completed
        return steps.engine(caseOfTask(taskId, found), "complete task " + taskId + " ("
                + (found == null ? "?" : found.getTaskDefinitionKey()) + ") by " + request.user(),
                () -> complete(taskId, request));
    }

    /**
     * The case of a task, read without the process's variables: a query that includes them can meet a
     * completion deleting them (the engine then fails on a missing byte array), so this read comes first
     * and the full one under the case.
     */
    private String caseOfTask(String taskId, Task found) {
        String processInstanceId = found != null ? found.getProcessInstanceId() : null;
        if (processInstanceId == null) {
            HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
                    .singleResult();
            if (done == null) {
                return null; // openTask answers 404
            }
            processInstanceId = done.getProcessInstanceId();
        }
        HistoricVariableInstance caseId = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(WorkflowVariables.CASE_ID).singleResult();
        return caseId == null || caseId.getValue() == null ? null : caseId.getValue().toString();
    }

    private CompletedTask complete(String taskId, Requests.CompleteTask request) {
        Task task = openTask(taskId);
        requireText(request.user(), "user");
        if (task.getAssignee() != null && !task.getAssignee().equals(request.user())) {
            throw ServiceException.conflict("user", "task " + taskId + " is assigned to " + task.getAssignee());
        }
        String formKey = formKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        Map<String, ModelFields.Field> fields = taskForms.fields(formKey);
        String outcomeField = WorkflowVariables.outcome(task.getTaskDefinitionKey());
        ModelFields.Field outcome = fields.get(outcomeField);
        if (request.values().containsKey(outcomeField)) {
            throw ServiceException.badRequest("values." + outcomeField, "give the outcome as \"outcome\"");
        }
        Map<String, Object> values = new HashMap<>(taskForms.convert(fields, request.values(), "values."));
        if (outcome != null) {
            requireText(request.outcome(), "outcome");
            values.put(outcomeField, taskForms.convert(outcome, request.outcome(), "outcome"));
        } else if (!blank(request.outcome())) {
            throw ServiceException.badRequest("outcome", "task " + task.getTaskDefinitionKey() + " has no outcome field");
        }
        values.values().removeIf(Objects::isNull);
        String user = request.user();
        Command<Void> complete = commandContext -> {
            if (task.getAssignee() == null) {
                new ClaimTaskCmd(taskId, user).execute(commandContext);
            }
            new CompleteTaskCmd(taskId, values, true).execute(commandContext);
            return null;
        };
        engineCall(user, "the process refused the completion",
                () -> engine.getManagementService().executeCommand(complete));
        String processInstanceId = task.getProcessInstanceId();
        return new CompletedTask(taskId, processInstanceId, ended(processInstanceId), openTasks(processInstanceId));
    }

    private boolean ended(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult() == null;
    }

    /**
     * Runs an engine call as {@code user}. The engine rolls its transaction back on any failure, and the
     * step's repository writes are undone (the step interceptor and its journal), so a refused or failed
     * call changes nothing and can be retried. A delegate's refusal (its check failed) is the
     * caller's to fix, so it is a bad request; a clash in the repository (a document's name taken) is a
     * conflict.
     */
    private <T> T engineCall(String user, String refused, Supplier<T> call) {
        Authentication.setAuthenticatedUserId(user);
        try {
            return call.get();
        } catch (CaseBusyException e) {
            throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null, e.getMessage(), e);
        } catch (ActivitiOptimisticLockingException e) {
            throw ServiceException.conflict(null, "the process changed at the same time; try again");
        } catch (ActivitiObjectNotFoundException e) {
            throw ServiceException.notFound(null, e.getMessage());
        } catch (ServiceException e) {
            throw e;
        } catch (RuntimeException e) {
            CmisBaseException clash = repositoryConflict(e);
            if (clash != null) {
                throw new ServiceException(ServiceException.Kind.CONFLICT, null, refused
                        + ", nothing was changed: " + clash.getMessage(), e);
            }
            if (!(e instanceof ActivitiException || e instanceof IllegalArgumentException
                    || e instanceof IllegalStateException)) {
                throw e;
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof CaseBusyException) {
                throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null, root.getMessage(), e);
            }
            if (root instanceof CmisConnectionException) {
                throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null,
                        "the CMIS repository cannot be reached: " + root.getMessage(), e);
            }
            throw new ServiceException(ServiceException.Kind.BAD_REQUEST, null, refused + ": " + root.getMessage(), e);
        } finally {
            Authentication.setAuthenticatedUserId(null);
        }
    }

    // ---- timeline and deadlines

    @Override
    public Timeline timeline(String caseId) {
        CaseView caseView = getCase(caseId);
        List<Stage> stages = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        List<DisclosureView> disclosures = new ArrayList<>();
        List<PendingRequest> pending = channel.pending();
        for (ProcessSummary p : caseView.processes()) {
            stages.addAll(stages(p));
            Map<String, Object> latest = new LinkedHashMap<>();
            for (HistoricVariableInstance v : engine.getHistoryService().createHistoricVariableInstanceQuery()
                    .processInstanceId(p.id()).list()) {
                String name = v.getVariableName();
                if (DECISIONS.contains(name) || (name.startsWith("sxwf_") && name.endsWith("Outcome"))) {
                    latest.put(name, plain(v.getValue()));
                }
            }
            new java.util.TreeMap<>(latest).forEach((name, value) ->
                    decisions.add(new Decision(p.processKey(), p.id(), name, value)));
            if (p.processKey().equals("sxDisclosure")) {
                Object publicationId = latest.get(DisclosureVariables.PUBLICATION_ID);
                disclosures.add(disclosure(p.id(), publicationId == null ? null : publicationId.toString(), pending));
            }
        }
        stages.sort(Comparator.comparing(Stage::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        List<RecordView> records = records(caseId);
        return new Timeline(caseView, stages, records, deadlines(new Requests.DeadlineQuery(null, null, caseId)),
                decisions, disclosures, chain(caseId, records));
    }

    private List<Stage> stages(ProcessSummary p) {
        Map<String, HistoricTaskInstance> tasks = new HashMap<>();
        for (HistoricTaskInstance t : engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(p.id()).includeTaskLocalVariables().list()) {
            tasks.put(t.getId(), t);
        }
        List<Stage> stages = new ArrayList<>();
        for (HistoricActivityInstance a : engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(p.id()).orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (!STAGE_ACTIVITIES.contains(a.getActivityType())) {
                continue;
            }
            String outcome = null;
            String by = a.getAssignee();
            HistoricTaskInstance t = a.getTaskId() == null ? null : tasks.get(a.getTaskId());
            if (t != null) {
                Object o = t.getTaskLocalVariables().get(WorkflowVariables.outcome(a.getActivityId()));
                outcome = o == null ? null : o.toString();
                by = t.getAssignee();
            }
            stages.add(new Stage(p.processKey(), p.id(), a.getActivityId(), a.getActivityName(), instant(a.getStartTime()),
                    instant(a.getEndTime()), outcome, by));
        }
        return stages;
    }

    private DisclosureView disclosure(String processInstanceId, String publicationId, List<PendingRequest> pending) {
        if (publicationId == null) {
            return new DisclosureView(processInstanceId, null, "NONE", 0);
        }
        int waiting = (int) pending.stream().filter(r -> r.publicationId().equals(publicationId)).count();
        String state;
        try {
            state = channel.state(publicationId).map(Enum::name).orElse(waiting > 0 ? "PENDING" : "NONE");
        } catch (RuntimeException e) {
            state = waiting > 0 ? "PENDING" : "UNKNOWN";
        }
        if (waiting > 0 && !"PENDING".equals(state)) {
            state = "PENDING"; // accepted as state, not yet in the repository
        }
        return new DisclosureView(processInstanceId, publicationId, state, waiting);
    }

    private ChainView chain(String caseId, List<RecordView> records) {
        if (records.stream().noneMatch(r -> r.aspects().contains(SEALED))) {
            return new ChainView(false, null, null, "not sealed: the case's records are sealed when it is archived");
        }
        try {
            CaseSeal.Verification v = new CaseSeal(cases, cases).verify(caseId);
            VerificationResult result = v.result();
            return new ChainView(true, v.intact(), v.brokenRecordId(), result.linksVerified() + " links verified"
                    + result.firstBreak().map(b -> "; first break: " + b).orElse(""));
        } catch (RuntimeException e) {
            return new ChainView(true, false, null, "cannot verify: " + e.getMessage());
        }
    }

    @Override
    public List<DeadlineView> deadlines(Requests.DeadlineQuery query) {
        String status = query == null || blank(query.status()) ? "all" : query.status();
        if (!Set.of("all", "due", "overdue", "provisional").contains(status)) {
            throw ServiceException.badRequest("status", "'" + status + "' is not one of all, due, overdue, provisional");
        }
        Integer within = query == null ? null : query.withinDays();
        if (within != null && within < 0) {
            throw ServiceException.badRequest("withinDays", "must not be negative");
        }
        Instant now = clock.instant();
        Instant horizon = within == null ? null : now.plus(within, ChronoUnit.DAYS);
        var q = engine.getTaskService().createTaskQuery().includeProcessVariables();
        if (query != null && !blank(query.caseId())) {
            q.processVariableValueEquals(WorkflowVariables.CASE_ID, query.caseId());
        }
        Map<String, String> caseNumbers = new HashMap<>();
        List<DeadlineView> board = new ArrayList<>();
        for (Task t : q.list()) {
            if (t.getDueDate() == null) {
                continue;
            }
            Instant due = t.getDueDate().toInstant();
            boolean overdue = due.isBefore(now);
            LocalDate dueDay = due.atZone(settings.zone()).toLocalDate();
            LocalDate from = t.getCreateTime().toInstant().atZone(settings.zone()).toLocalDate();
            boolean provisional = !calendar.missingYears(from.isAfter(dueDay) ? dueDay : from, dueDay).isEmpty();
            if ((status.equals("due") && overdue) || (status.equals("overdue") && !overdue)
                    || (status.equals("provisional") && !provisional)) {
                continue;
            }
            if (horizon != null && !overdue && due.isAfter(horizon)) {
                continue;
            }
            TaskView view = view(t);
            String caseNumber = (String) t.getProcessVariables().get(CASE_NUMBER);
            if (caseNumber == null && view.caseId() != null) {
                caseNumber = caseNumbers.computeIfAbsent(view.caseId(), this::caseNumberOf);
            }
            board.add(new DeadlineView(view.caseId(), caseNumber, view.processKey(), view.processInstanceId(), view.id(),
                    view.key(), view.name(), due, overdue ? "overdue" : "due", provisional, view.assignee(),
                    view.candidateGroups()));
        }
        board.sort(Comparator.comparing(DeadlineView::dueAt).thenComparing(DeadlineView::taskId));
        return board;
    }

    private String caseNumberOf(String caseId) {
        try {
            return cases.facts(caseId).caseNumber();
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- evaluate, outbox, health

    @Override
    public String evaluate(String jsonLines) {
        StringWriter out = new StringWriter();
        try {
            new EvaluateCommand(evaluator).run(new BufferedReader(new StringReader(jsonLines == null ? "" : jsonLines)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // strings: cannot happen
        }
        return out.toString();
    }

    @Override
    public List<PendingPublicationView> pendingPublications() {
        return channel.pending().stream().map(r -> new PendingPublicationView(r.seq(), r.publicationId(),
                r.operation().name(), r.publication() == null ? null : r.publication().caseId(),
                r.publication() == null ? null : r.publication().title(), r.acceptedAt(), r.attempts(), r.lastError(),
                r.nextAttemptAt())).toList();
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        List<Views.InFlight> inFlight = steps.pending().stream().map(p -> new Views.InFlight(p.stepId(), p.origin(),
                p.caseId(), p.startedAt(), java.time.Duration.between(p.startedAt(), now).toSeconds(),
                p.committed() ? "committed, finishing" : p.state(), p.lastError())).toList();
        List<Views.InFlight> publications = channel.pending().stream().map(r -> new Views.InFlight(r.publicationId(),
                r.operation().name(), r.publication() == null ? null : r.publication().caseId(), r.acceptedAt(),
                java.time.Duration.between(r.acceptedAt(), now).toSeconds(), r.attempts() + " attempts", r.lastError()))
                .toList();
        return new Health("UP", settings.mode(), settings.version(), restUrl.get(), settings.cmisBrowserUrl(),
                settings.cmisAtomPubUrl(), settings.databaseUrl(), SxProcessDefinitions.PROCESS_KEYS,
                publications.size(), inFlight, publications);
    }

    // ---- helpers

    /**
     * The repository's refusal because of what is there already (a name taken, a concurrent update) in the
     * cause chain, or null. It is a conflict (409), never an internal error.
     */
    private static CmisBaseException repositoryConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CmisNameConstraintViolationException || t instanceof CmisContentAlreadyExistsException
                    || t instanceof CmisUpdateConflictException) {
                return (CmisBaseException) t;
            }
        }
        return null;
    }

    private <T> T cmis(Supplier<T> call) {
        try {
            return call.get();
        } catch (CmisNameConstraintViolationException | CmisContentAlreadyExistsException | CmisUpdateConflictException e) {
            throw new ServiceException(ServiceException.Kind.CONFLICT, null, "the repository refused the change: "
                    + e.getMessage(), e);
        } catch (CmisConstraintException e) {
            throw ServiceException.badRequest(null, "the repository refused a value: " + e.getMessage());
        } catch (CmisConnectionException e) {
            throw new ServiceException(ServiceException.Kind.UNAVAILABLE, null,
                    "the CMIS repository cannot be reached: " + e.getMessage(), e);
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw ServiceException.badRequest(field, "is required");
        }
    }

    private static void requireText(String value, String field) {
        if (blank(value)) {
            throw ServiceException.badRequest(field, "is required");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Map<String, Object> plainMap(Map<String, Object> values) {
        Map<String, Object> result = new java.util.TreeMap<>();
        values.forEach((k, v) -> result.put(k, plain(v)));
        return result;
    }

    /** Engine values as plain JSON-friendly values: dates as instants. */
    private static Object plain(Object value) {
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof List<?> l) {
            List<Object> list = new ArrayList<>(l.size());
            l.forEach(v -> list.add(plain(v)));
            return list;
        }
        return value;
    }
}
