package org.sanxiang.model.m2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a set of M2 models the way Alfresco's dictionary would when it compiles them, without
 * Alfresco: every prefix declared or imported, every referenced class, aspect, constraint, data type
 * and overridden property defined in the models or in the explicit {@link AlfrescoNames} list,
 * names unique, LIST constraints sound, and Alfresco's workflow task conventions kept. Each problem
 * names the model file and the culprit.
 */
public final class ModelValidator {

    private static final String BPM_URI = "http://www.alfresco.org/model/bpm/1.0";

    private record ClassInfo(M2Class.Kind kind, String parentFull, M2Model model, M2Class clazz) {
    }

    private final List<M2Model> models;
    private final AlfrescoNames alfresco;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, ClassInfo> ourClasses = new HashMap<>();
    private final Map<String, M2Constraint> ourConstraints = new HashMap<>();

    private ModelValidator(List<M2Model> models, AlfrescoNames alfresco) {
        this.models = models;
        this.alfresco = alfresco;
    }

    /** All problems found; empty when the models are sound. */
    public static List<String> validate(List<M2Model> models, AlfrescoNames alfresco) {
        ModelValidator v = new ModelValidator(models, alfresco);
        v.run();
        return List.copyOf(v.problems);
    }

    private void run() {
        for (M2Model m : models) {
            checkPrefixes(m);
            checkImports(m);
        }
        indexAndCheckUniqueness();
        for (M2Model m : models) {
            for (M2Constraint c : m.constraints()) {
                checkListConstraint(m, c, "constraint " + c.name());
            }
            for (M2Class c : m.classes()) {
                checkClass(m, c);
            }
        }
    }

    // ---- prefixes and namespaces

    private void checkPrefixes(M2Model m) {
        Set<String> reported = new HashSet<>();
        for (String name : m.usedNames()) {
            int colon = name.indexOf(':');
            if (colon <= 0 || colon == name.length() - 1) {
                problem(m, "name '" + name + "' is not of the form prefix:localName");
                continue;
            }
            String prefix = name.substring(0, colon);
            if (m.namespaceOf(prefix).isEmpty() && reported.add(prefix)) {
                problem(m, "prefix '" + prefix + "' (in '" + name + "') is neither declared nor imported");
            }
        }
    }

    private void checkImports(M2Model m) {
        for (Map.Entry<String, String> imp : m.imports().entrySet()) {
            String uri = imp.getValue();
            boolean ours = models.stream().anyMatch(o -> o.namespaces().containsValue(uri));
            if (!ours && !alfresco.isAlfrescoNamespace(uri)) {
                problem(m, "import '" + imp.getKey() + "' names namespace " + uri
                        + ", which is neither one of our models nor in the list of Alfresco names");
            }
        }
    }

    private void indexAndCheckUniqueness() {
        Map<String, String> seen = new HashMap<>();
        for (M2Model m : models) {
            for (String name : m.definedNames()) {
                String prefix = name.contains(":") ? name.substring(0, name.indexOf(':')) : "";
                if (!m.namespaces().containsKey(prefix)) {
                    problem(m, "'" + name + "' is defined outside the model's own namespace (prefix '" + prefix + "')");
                }
                String full = full(m, name);
                if (full != null && seen.put(full, m.source()) != null) {
                    problem(m, "'" + name + "' is defined more than once");
                }
            }
            for (M2Constraint c : m.constraints()) {
                String full = full(m, c.name());
                if (full != null) {
                    ourConstraints.put(full, c);
                }
            }
            for (M2Class c : m.classes()) {
                String full = full(m, c.name());
                if (full != null) {
                    ourClasses.put(full, new ClassInfo(c.kind(), c.parent() == null ? null : full(m, c.parent()), m, c));
                }
            }
        }
    }

    // ---- classes

    private void checkClass(M2Model m, M2Class c) {
        String what = c.kind().element() + " " + c.name();
        if (c.parent() != null && full(m, c.parent()) != null) {
            Optional<ClassInfo> parent = classInfo(full(m, c.parent()));
            if (parent.isEmpty()) {
                problem(m, what + ": parent " + c.parent() + " does not exist in our models or the Alfresco names");
            } else if (parent.get().kind() != c.kind()) {
                problem(m, what + ": parent " + c.parent() + " is not a " + c.kind().element());
            }
        }
        if (hasCycle(full(m, c.name()))) {
            problem(m, what + ": its parents form a cycle");
        }
        for (String aspect : c.mandatoryAspects()) {
            if (full(m, aspect) == null) {
                continue; // unknown prefix, reported already
            }
            Optional<ClassInfo> info = classInfo(full(m, aspect));
            if (info.isEmpty() || info.get().kind() != M2Class.Kind.ASPECT) {
                problem(m, what + ": mandatory aspect " + aspect + " does not exist as an aspect");
            }
        }
        for (M2Property p : c.properties()) {
            checkProperty(m, what, p);
        }
        for (M2Association a : c.associations()) {
            if (full(m, a.targetClass()) != null && classInfo(full(m, a.targetClass())).isEmpty()) {
                problem(m, what + ": association " + a.name() + " targets " + a.targetClass()
                        + ", which does not exist in our models or the Alfresco names");
            }
        }
        for (M2PropertyOverride o : c.overrides()) {
            if (full(m, o.name()) != null && !propertyReachable(full(m, c.name()), full(m, o.name()))) {
                problem(m, what + ": overrides " + o.name() + ", which is not a property of it or its parents");
            } else if (o.defaultValue() != null) {
                for (M2Constraint list : listConstraintsOf(full(m, o.name()))) {
                    if (!list.allowedValues().contains(o.defaultValue())) {
                        problem(m, what + ": override of " + o.name() + " defaults to '" + o.defaultValue()
                                + "', which is not an allowed value of " + list.name());
                    }
                }
            }
        }
        checkWorkflowConventions(m, c, what);
    }

    private void checkProperty(M2Model m, String owner, M2Property p) {
        String what = owner + ": property " + p.name();
        Optional<AlfrescoNames.Entry> type = alfrescoEntry(full(m, p.type()));
        if (full(m, p.type()) != null && (type.isEmpty() || type.get().kind() != AlfrescoNames.Kind.DATATYPE)) {
            problem(m, what + ": type " + p.type() + " is not a valid d: data type");
        }
        List<M2Constraint> lists = new ArrayList<>();
        for (String ref : p.constraintRefs()) {
            String full = full(m, ref);
            if (full == null) {
                continue; // unknown prefix, reported already
            }
            M2Constraint ours = full == null ? null : ourConstraints.get(full);
            Optional<AlfrescoNames.Entry> theirs = alfrescoEntry(full);
            if (ours == null && (theirs.isEmpty() || theirs.get().kind() != AlfrescoNames.Kind.CONSTRAINT)) {
                problem(m, what + ": constraint ref " + ref + " does not exist in our models or the Alfresco names");
            } else if (ours != null && ours.isList()) {
                lists.add(ours);
            }
        }
        for (M2Constraint c : p.inlineConstraints()) {
            checkListConstraint(m, c, what + ": constraint " + c.name());
            if (c.isList()) {
                lists.add(c);
            }
        }
        String dflt = p.defaultValue();
        if (dflt != null) {
            for (M2Constraint c : lists) {
                if (!c.allowedValues().contains(dflt)) {
                    problem(m, what + ": default '" + dflt + "' is not an allowed value of " + c.name());
                }
            }
            checkDefaultMatchesType(m, what, p.type(), dflt);
        }
    }

    private void checkDefaultMatchesType(M2Model m, String what, String type, String dflt) {
        try {
            switch (type) {
                case "d:boolean" -> {
                    if (!dflt.equals("true") && !dflt.equals("false")) {
                        throw new IllegalArgumentException();
                    }
                }
                case "d:int" -> Integer.parseInt(dflt);
                case "d:long" -> Long.parseLong(dflt);
                case "d:float", "d:double" -> Double.parseDouble(dflt);
                default -> { }
            }
        } catch (IllegalArgumentException e) {
            problem(m, what + ": default '" + dflt + "' is not a valid " + type);
        }
    }

    private void checkListConstraint(M2Model m, M2Constraint c, String what) {
        if (!c.isList()) {
            return;
        }
        if (c.allowedValues().isEmpty()) {
            problem(m, what + ": LIST constraint has no allowed values");
        }
        Set<String> seen = new HashSet<>();
        for (String v : c.allowedValues()) {
            if (v.isEmpty()) {
                problem(m, what + ": LIST constraint has an empty value");
            } else if (!seen.add(v)) {
                problem(m, what + ": LIST constraint repeats the value '" + v + "'");
            }
        }
    }

    /** Alfresco workflow conventions: start tasks extend bpm:startTask; outcome tasks name a LIST outcome property. */
    private void checkWorkflowConventions(M2Model m, M2Class c, String what) {
        if (c.kind() != M2Class.Kind.TYPE) {
            return;
        }
        String full = full(m, c.name());
        Set<String> ancestors = ancestors(full);
        if (c.name().endsWith("StartTask") && !ancestors.contains("{" + BPM_URI + "}startTask")) {
            problem(m, what + ": a start task must extend bpm:startTask");
        }
        if (!ancestors.contains("{" + BPM_URI + "}activitiOutcomeTask")) {
            return;
        }
        Optional<M2PropertyOverride> override = c.overrides().stream()
                .filter(o -> ("{" + BPM_URI + "}outcomePropertyName").equals(full(m, o.name()))).findFirst();
        if (override.isEmpty() || override.get().defaultValue() == null) {
            problem(m, what + ": an outcome task must override bpm:outcomePropertyName with a default");
            return;
        }
        String outcome = override.get().defaultValue();
        Optional<M2Property> prop = c.properties().stream().filter(p -> outcome.equals(full(m, p.name()))).findFirst();
        if (prop.isEmpty()) {
            problem(m, what + ": bpm:outcomePropertyName names " + outcome + ", which is not a property of the task");
        } else {
            boolean hasList = prop.get().inlineConstraints().stream().anyMatch(M2Constraint::isList)
                    || prop.get().constraintRefs().stream().map(r -> ourConstraints.get(full(m, r)))
                            .anyMatch(x -> x != null && x.isList());
            if (!hasList) {
                problem(m, what + ": outcome property " + prop.get().name() + " has no LIST constraint");
            }
        }
    }

    // ---- resolution

    /** {uri}local of a prefixed name in a model, or null when its prefix is unknown (reported elsewhere). */
    private static String full(M2Model m, String prefixed) {
        if (prefixed == null) {
            return null;
        }
        int colon = prefixed.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return m.namespaceOf(prefixed.substring(0, colon))
                .map(uri -> "{" + uri + "}" + prefixed.substring(colon + 1)).orElse(null);
    }

    private Optional<AlfrescoNames.Entry> alfrescoEntry(String full) {
        if (full == null) {
            return Optional.empty();
        }
        int close = full.indexOf('}');
        return alfresco.find(full.substring(1, close), full.substring(close + 1));
    }

    private String alfrescoFull(String prefixed) {
        if (prefixed == null) {
            return null;
        }
        int colon = prefixed.indexOf(':');
        String uri = alfresco.namespaces().get(prefixed.substring(0, colon));
        return uri == null ? null : "{" + uri + "}" + prefixed.substring(colon + 1);
    }

    private Optional<ClassInfo> classInfo(String full) {
        if (full == null) {
            return Optional.empty();
        }
        ClassInfo ours = ourClasses.get(full);
        if (ours != null) {
            return Optional.of(ours);
        }
        return alfrescoEntry(full).flatMap(e -> switch (e.kind()) {
            case TYPE -> Optional.of(new ClassInfo(M2Class.Kind.TYPE, alfrescoFull(e.related()), null, null));
            case ASPECT -> Optional.of(new ClassInfo(M2Class.Kind.ASPECT, alfrescoFull(e.related()), null, null));
            default -> Optional.empty();
        });
    }

    private Set<String> ancestors(String full) {
        Set<String> result = new LinkedHashSet<>();
        String current = classInfo(full).map(ClassInfo::parentFull).orElse(null);
        while (current != null && result.add(current)) {
            current = classInfo(current).map(ClassInfo::parentFull).orElse(null);
        }
        return result;
    }

    private boolean hasCycle(String full) {
        Set<String> seen = new HashSet<>();
        String current = full;
        while (current != null) {
            if (!seen.add(current)) {
                return true;
            }
            current = classInfo(current).map(ClassInfo::parentFull).orElse(null);
        }
        return false;
    }

    private boolean propertyReachable(String classFull, String propFull) {
        if (classFull == null || propFull == null) {
            return false;
        }
        Set<String> chain = new LinkedHashSet<>();
        chain.add(classFull);
        chain.addAll(ancestors(classFull));
        for (String cls : chain) {
            ClassInfo info = ourClasses.get(cls);
            if (info != null && info.clazz().properties().stream()
                    .anyMatch(p -> propFull.equals(full(info.model(), p.name())))) {
                return true;
            }
        }
        return alfrescoEntry(propFull)
                .filter(e -> e.kind() == AlfrescoNames.Kind.PROPERTY)
                .map(e -> chain.contains(alfrescoFull(e.related())))
                .orElse(false);
    }

    /** The LIST constraints (referenced or inline) of one of our properties; empty for Alfresco's. */
    private List<M2Constraint> listConstraintsOf(String propFull) {
        List<M2Constraint> lists = new ArrayList<>();
        for (ClassInfo info : ourClasses.values()) {
            for (M2Property p : info.clazz().properties()) {
                if (propFull != null && propFull.equals(full(info.model(), p.name()))) {
                    for (String ref : p.constraintRefs()) {
                        M2Constraint c = ourConstraints.get(full(info.model(), ref));
                        if (c != null && c.isList()) {
                            lists.add(c);
                        }
                    }
                    p.inlineConstraints().stream().filter(M2Constraint::isList).forEach(lists::add);
                }
            }
        }
        return lists;
    }

    private void problem(M2Model m, String message) {
        problems.add(m.source() + ": " + message);
    }
}
