package org.sanxiang.rules.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.LicenceType;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileException;

/**
 * The catalogue of enforcement matters a profile lists, each with its responsible departments
 * (tianjin-2019 实施方案 附件 行政执法决定事项目录: 51 penalty matters, 1 inspection, 2 coercive measures,
 * 2 licences). Read from the profile's {@code catalogue} section; a profile without one has an
 * empty catalogue and accepts any case. Immutable and thread-safe.
 */
public final class MatterCatalogue {

    /** The profile section holding the catalogue. */
    public static final String SECTION = "catalogue";

    /** A department a matter is assigned to, with the group its tasks go to. */
    public record Department(String code, String zhCN, String en, String group) {

        public String label(String language) {
            return "en".equals(language) ? en : zhCN;
        }
    }

    /**
     * One catalogued matter. {@code code} is the action code and the number in its category
     * ({@code penalty-26}); {@code licenceType} and {@code measures} say what a licence or a coercive
     * measure matter is, where the catalogue's words name it.
     */
    public record Matter(String code, ActionCategory action, int number, String zhCN, LicenceType licenceType,
            List<Measure> measures, List<Department> departments, Citation citation) {

        public Matter {
            measures = List.copyOf(measures);
            departments = List.copyOf(departments);
        }

        /** The line a choice list shows: 行政处罚 第26项 对用人单位未按时足额缴纳社会保险费的处罚. */
        public String choiceLabel() {
            return action.label("zh_CN") + " 第" + number + "项 " + zhCN;
        }

        /** The groups of the responsible departments, in the catalogue's order. */
        public List<String> groups() {
            return departments.stream().map(Department::group).toList();
        }
    }

    /** The section as the profile file writes it. */
    record Spec(String citation, Boolean required, Map<String, DepartmentSpec> departments, List<MatterSpec> matters) {
    }

    record DepartmentSpec(@JsonProperty("zh_CN") String zhCN, String en, String group) {
    }

    record MatterSpec(String code, String action, Integer number, @JsonProperty("zh_CN") String zhCN, String licenceType,
            List<String> measures, List<String> departments, String departmentsFrom) {
    }

    private static final MatterCatalogue EMPTY = new MatterCatalogue(null, false, Map.of());

    private final Citation citation;
    private final boolean required;
    private final Map<String, Matter> matters;

    private MatterCatalogue(Citation citation, boolean required, Map<String, Matter> matters) {
        this.citation = citation;
        this.required = required;
        this.matters = Collections.unmodifiableMap(matters);
    }

    /**
     * The profile's catalogue, checked: codes match their action and number, numbers run 1, 2, 3 … per
     * action, every department is defined with a group.
     *
     * @throws ProfileException naming the profile file and the field
     */
    public static MatterCatalogue of(JurisdictionProfile profile) {
        if (profile.section(SECTION).isEmpty()) {
            return EMPTY;
        }
        Spec spec = profile.bind(SECTION, Spec.class);
        List<String> problems = new ArrayList<>();
        Map<String, Department> departments = new LinkedHashMap<>();
        if (spec.citation() == null || spec.citation().isBlank()) {
            problems.add("citation: required");
        }
        (spec.departments() == null ? Map.<String, DepartmentSpec>of() : spec.departments()).forEach((code, d) -> {
            if (d.zhCN() == null || d.en() == null || d.group() == null || !d.group().startsWith("GROUP_")) {
                problems.add("departments." + code + ": needs zh_CN, en and a group (GROUP_…)");
            }
            departments.put(code, new Department(code, d.zhCN(), d.en(), d.group()));
        });
        Citation citation = Citation.of(profile.rootId(), spec.citation() == null ? "附件" : spec.citation());
        Map<String, Matter> matters = new LinkedHashMap<>();
        Map<ActionCategory, Integer> last = new LinkedHashMap<>();
        List<MatterSpec> specs = spec.matters() == null ? List.of() : spec.matters();
        for (int i = 0; i < specs.size(); i++) {
            MatterSpec m = specs.get(i);
            String at = "matters[" + i + "]";
            ActionCategory action;
            try {
                action = ActionCategory.fromCode(m.action());
            } catch (IllegalArgumentException e) {
                problems.add(at + ".action: " + e.getMessage());
                continue;
            }
            int expected = last.merge(action, 1, Integer::sum);
            if (m.number() == null || m.number() != expected) {
                problems.add(at + ".number: expected " + expected + " (numbers run per action), found " + m.number());
                continue;
            }
            if (!(action.code() + "-" + m.number()).equals(m.code())) {
                problems.add(at + ".code: expected '" + action.code() + "-" + m.number() + "', found '" + m.code() + "'");
            }
            if (m.zhCN() == null || m.zhCN().isBlank()) {
                problems.add(at + ".zh_CN: required");
            }
            List<Department> assigned = new ArrayList<>();
            for (String code : m.departments() == null ? List.<String>of() : m.departments()) {
                Department d = departments.get(code);
                if (d == null) {
                    problems.add(at + ".departments: unknown department '" + code + "'; known: " + departments.keySet());
                } else {
                    assigned.add(d);
                }
            }
            if (assigned.isEmpty()) {
                problems.add(at + ".departments: name at least one responsible department");
            }
            LicenceType licenceType = null;
            List<Measure> measures = new ArrayList<>();
            try {
                licenceType = m.licenceType() == null ? null : LicenceType.fromCode(m.licenceType());
                for (String measure : m.measures() == null ? List.<String>of() : m.measures()) {
                    measures.add(Measure.fromCode(measure));
                }
            } catch (IllegalArgumentException e) {
                problems.add(at + "." + e.getMessage());
            }
            matters.put(m.code(), new Matter(m.code(), action, m.number(), m.zhCN(), licenceType, measures, assigned,
                    Citation.of(profile.rootId(), citation.article() + " " + action.label("zh_CN") + " 第" + m.number() + "项")));
        }
        if (!problems.isEmpty()) {
            throw new ProfileException(profile.source() + ": section '" + SECTION + "' of profile '" + profile.id() + "': "
                    + String.join("; ", problems));
        }
        return new MatterCatalogue(citation, spec.required() != null && spec.required(), matters);
    }

    /** True when the profile has a catalogue. */
    public boolean present() {
        return !matters.isEmpty();
    }

    /** True when every case of the profile must name its catalogued matter (the process asks for it). */
    public boolean required() {
        return required;
    }

    public Optional<Citation> citation() {
        return Optional.ofNullable(citation);
    }

    public List<Matter> matters() {
        return List.copyOf(matters.values());
    }

    public List<Matter> matters(ActionCategory action) {
        return matters.values().stream().filter(m -> m.action() == action).toList();
    }

    public Optional<Matter> find(String code) {
        return Optional.ofNullable(matters.get(code));
    }

    /**
     * The matter a case names, checked against its action category.
     *
     * @throws IllegalArgumentException starting {@code matter: } when the code is not in the catalogue or
     *                                  belongs to another action category
     */
    public Matter require(String code, ActionCategory action) {
        Matter matter = matters.get(code);
        if (matter == null) {
            throw new IllegalArgumentException("matter: '" + code + "' is not in the catalogue"
                    + (citation == null ? " (the profile has none)" : " (" + citation + ")")
                    + "; codes are <action>-<number>, e.g. penalty-26");
        }
        if (action != null && action != matter.action()) {
            throw new IllegalArgumentException("matter: '" + code + "' is a " + matter.action().code() + " matter ("
                    + matter.action().label("zh_CN") + "), the case's action is " + action.code());
        }
        return matter;
    }

    /** Code → zh_CN choice label, in the catalogue's order, for the Share and standalone forms. */
    public Map<String, String> choices() {
        Map<String, String> choices = new LinkedHashMap<>();
        matters.values().forEach(m -> choices.put(m.code(), m.choiceLabel()));
        return choices;
    }

    /** Every group a catalogued matter routes to (the groups a bureau must create). */
    public Set<String> groups() {
        Set<String> groups = new HashSet<>();
        matters.values().forEach(m -> groups.addAll(m.groups()));
        return groups;
    }
}
