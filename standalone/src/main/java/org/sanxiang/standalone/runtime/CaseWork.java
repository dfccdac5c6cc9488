package org.sanxiang.standalone.runtime;

import static org.sanxiang.standalone.runtime.EngineValues.instant;
import static org.sanxiang.standalone.runtime.EngineValues.plainMap;
import static org.sanxiang.standalone.runtime.EngineValues.processKey;
import static org.sanxiang.standalone.runtime.RequestChecks.require;
import static org.sanxiang.standalone.runtime.RequestChecks.requireText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.activiti.engine.ProcessEngine;
import org.activiti.engine.history.HistoricProcessInstance;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.sanxiang.model.QName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.CaseFacts;
import org.sanxiang.rules.profile.ProfileRegistry;
import org.sanxiang.standalone.runtime.LocalSanxiangService.RuntimeSettings;
import org.sanxiang.standalone.runtime.Views.CaseView;
import org.sanxiang.standalone.runtime.Views.Listing;
import org.sanxiang.standalone.runtime.Views.ProcessSummary;

/** The case folders: created from the rules' facts, read with their processes, updated against the model. */
final class CaseWork {

    private static final String CASE_FOLDER = SanxiangModel.TYPE_CASE_FOLDER.toPrefixString();

    private final RuntimeSettings settings;
    private final ProcessEngine engine;
    private final ProtectedPropertyOverlay cases;
    private final CaseFolders folders;
    private final ModelFields contentTypes;
    private final ProfileRegistry profiles;
    private final ErrorTranslation errors;
    private final EngineRows rows;
    private final CaseSteps steps;
    private final CatalogueMatters matters;

    CaseWork(RuntimeSettings settings, ProcessEngine engine, ProtectedPropertyOverlay cases, CaseFolders folders,
            ModelFields contentTypes, ProfileRegistry profiles, ErrorTranslation errors, EngineRows rows,
            CaseSteps steps) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.folders = Objects.requireNonNull(folders, "folders");
        this.contentTypes = Objects.requireNonNull(contentTypes, "contentTypes");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.steps = Objects.requireNonNull(steps, "steps");
        this.matters = new CatalogueMatters(profiles);
    }

    CaseView create(Requests.NewCase request) {
        require(request, "body");
        CaseFacts facts = request.facts();
        if (!profiles.contains(facts.profile())) {
            throw ServiceException.badRequest("facts.profile", "unknown jurisdiction profile '" + facts.profile()
                    + "'; known: " + profiles.all().stream().map(p -> p.id()).sorted().toList());
        }
        if (facts.action() == null) {
            throw ServiceException.badRequest("facts.action", "is required: "
                    + SanxiangModel.PROP_ACTION_CATEGORY.toPrefixString() + " is mandatory on a case folder");
        }
        CaseFactProperties.refuseFactsWithoutProperty(facts);
        // tianjin-2019 实施方案 附件 行政执法决定事项目录: a catalogued matter, of the case's action category
        matters.check(CatalogueMatters.FACT, facts.profile(), facts.action(), facts.matter());
        // what reaches CMIS is checked first: a value it would refuse is a 400 naming the field, not a 500
        CmisLimits.name("facts.id", folderName(Objects.requireNonNullElse(facts.id(), "")));
        if (facts.fine() != null) {
            CmisLimits.number("facts.fine", facts.fine().doubleValue());
        }
        CmisLimits.text("title", request.title());
        Map<String, ModelFields.Field> caseFields = contentTypes.fields(CASE_FOLDER);
        Map<String, Object> properties = new LinkedHashMap<>(contentTypes.convert(caseFields, request.properties(),
                "properties."));
        Map<String, Object> fromFacts = CaseFactProperties.of(facts, request.title());
        for (String name : fromFacts.keySet()) {
            if (properties.containsKey(name)) {
                throw ServiceException.badRequest("properties." + name, "is set from the facts; give it there only");
            }
        }
        properties.putAll(fromFacts);
        properties.values().removeIf(Objects::isNull);
        String name = folderName(facts.id());
        return errors.repositoryCall(() -> {
            // the server refuses a taken name: no lookup before the create
            String id;
            try {
                id = cases.cmis().createCase(settings.casesPath(), name, properties);
            } catch (CmisContentAlreadyExistsException | CmisNameConstraintViolationException e) {
                throw ServiceException.conflict("facts.id", "a case with number " + facts.id() + " exists already");
            }
            return get(id);
        });
    }

    private static String folderName(String caseNumber) {
        return caseNumber.strip().replace('/', '／').replace('\\', '＼');
    }

    CaseView get(String caseId) {
        org.sanxiang.workflow.port.CaseFolder folder = folders.facts(caseId);
        // the case is the processes' business key (indexed), never a scan of the variable table
        return view(folder, engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(folder.caseId()).orderByProcessInstanceStartTime().asc().list());
    }

    private static CaseView view(org.sanxiang.workflow.port.CaseFolder folder, List<HistoricProcessInstance> history) {
        List<ProcessSummary> processes = history.stream()
                .map(p -> new ProcessSummary(p.getId(), processKey(p.getProcessDefinitionId()), instant(p.getStartTime()),
                        instant(p.getEndTime()), p.getEndActivityId()))
                .toList();
        Object state = folder.properties().get(SanxiangModel.PROP_CASE_STATE.toPrefixString());
        return new CaseView(folder.caseId(), folder.caseNumber(), folder.title(), folder.profileId(),
                state == null ? "open" : state.toString(), plainMap(folder.properties()),
                new TreeSet<>(folder.aspects()), processes);
    }

    CaseView update(String caseId, Requests.CaseUpdate request) {
        require(request, "body");
        requireText(request.user(), "user");
        folders.facts(caseId);
        if (request.properties().isEmpty()) {
            throw ServiceException.badRequest("properties", "give at least one property to set");
        }
        for (QName fixed : List.of(SanxiangModel.PROP_CASE_NUMBER, SanxiangModel.PROP_JURISDICTION_PROFILE)) {
            if (request.properties().containsKey(fixed.toPrefixString())) {
                throw ServiceException.badRequest("properties." + fixed.toPrefixString(), "cannot change: it identifies the case");
            }
        }
        String sealedAt = SanxiangModel.PROP_CASE_SEALED_AT.toPrefixString();
        if (request.properties().containsKey(sealedAt)) {
            throw ServiceException.badRequest("properties." + sealedAt, "cannot change: it is set when the case is sealed");
        }
        Map<String, Object> properties = contentTypes.convert(contentTypes.fields(CASE_FOLDER), request.properties(),
                "properties.");
        String matterProperty = SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString();
        if (request.properties().containsKey(matterProperty)) {
            org.sanxiang.workflow.port.CaseFolder folder = folders.facts(caseId);
            Object action = folder.property(SanxiangModel.PROP_ACTION_CATEGORY);
            Object matter = properties.get(matterProperty);
            matters.check("properties." + matterProperty, folder.profileId(),
                    action == null ? null : ActionCategory.fromCode(action.toString()), matter == null ? null : matter.toString());
        }
        return errors.repositoryCall(() -> {
            steps.service(caseId, "update case " + caseId + " by " + request.user(), () -> {
                steps.repository().setProperties(caseId, properties);
                return null;
            });
            return get(caseId);
        });
    }

    /** The first page of case folders, oldest first. */
    List<CaseView> all() {
        return page(Requests.Page.FIRST).items();
    }

    /**
     * A page of case folders, oldest first: one CMIS getChildren with the folders' properties, one
     * statement for their protected properties, one engine query for the processes of all of them.
     */
    Listing<CaseView> page(Requests.Page page) {
        require(page, "page");
        return errors.repositoryCall(() -> {
            CaseFolders.FolderPage folderPage = folders.page(settings.casesPath(), page.skipCount(), page.maxItems());
            List<org.sanxiang.workflow.port.CaseFolder> facts = new ArrayList<>();
            for (Folder f : folderPage.folders()) {
                if (f.getType().getId().equals("F:" + CASE_FOLDER)) {
                    facts.add(cases.cmis().facts(f));
                }
            }
            facts = cases.withProtected(facts);
            Map<String, List<HistoricProcessInstance>> processes = rows.processesOfCases(
                    facts.stream().map(org.sanxiang.workflow.port.CaseFolder::caseId).toList());
            List<CaseView> views = new ArrayList<>(facts.size());
            for (org.sanxiang.workflow.port.CaseFolder f : facts) {
                views.add(view(f, processes.getOrDefault(f.caseId(), List.of())));
            }
            return new Listing<>(views, folderPage.totalNumItems(), folderPage.hasMoreItems());
        });
    }
}
