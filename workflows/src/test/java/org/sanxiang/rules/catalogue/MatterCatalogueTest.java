package org.sanxiang.rules.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.LicenceType;
import org.sanxiang.rules.facts.Measure;
import org.sanxiang.rules.profile.DistrictProfiles;
import org.sanxiang.rules.profile.ProfileException;
import org.sanxiang.rules.profile.ProfileRegistry;

class MatterCatalogueTest {

    private static final ProfileRegistry SHIPPED = ProfileRegistry.shipped();
    private static final MatterCatalogue TIANJIN = MatterCatalogue.of(SHIPPED.get("tianjin-2019"));

    @Test
    @DisplayName("tianjin-2019 实施方案 附件: 51 penalty matters, 1 inspection, 2 coercive measures, 2 licences")
    void counts() {
        assertEquals(51, TIANJIN.matters(ActionCategory.PENALTY).size());
        assertEquals(1, TIANJIN.matters(ActionCategory.INSPECTION).size());
        assertEquals(2, TIANJIN.matters(ActionCategory.COERCIVE).size());
        assertEquals(2, TIANJIN.matters(ActionCategory.LICENCE).size());
        assertEquals(56, TIANJIN.matters().size());
        assertTrue(TIANJIN.required());
        assertEquals(Citation.of("tianjin-2019", "实施方案 附件 行政执法决定事项目录"), TIANJIN.citation().orElseThrow());
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 附件: each matter with its responsible departments and their groups")
    void departments() {
        MatterCatalogue.Matter fees = TIANJIN.require("penalty-26", ActionCategory.PENALTY);
        assertEquals("对用人单位未按时足额缴纳社会保险费的处罚", fees.zhCN());
        assertEquals(List.of("劳动监察处", "劳动保障监察总队"), fees.departments().stream().map(d -> d.zhCN()).toList());
        assertEquals(Citation.of("tianjin-2019", "实施方案 附件 行政执法决定事项目录 行政处罚 第26项"), fees.citation());
        assertEquals(List.of("市社保中心"), names("coercive-1"));
        assertEquals(List.of(Measure.LATE_PAYMENT_SURCHARGE), TIANJIN.find("coercive-1").orElseThrow().measures());
        assertEquals(List.of("劳动监察处", "劳动保障监察总队"), names("coercive-2"));
        assertEquals(List.of("劳动监察处", "劳动保障监察总队", "市社保中心"), names("inspection-1"));
        assertEquals(List.of("劳动关系处", "政务服务处"), names("licence-1"));
        assertEquals(LicenceType.LABOUR_DISPATCH, TIANJIN.find("licence-1").orElseThrow().licenceType());
        assertEquals(List.of("人才开发处", "政务服务处"), names("licence-2"));
        assertEquals(List.of("GROUP_SX_TJ_TALENT_DEVELOPMENT_DIVISION", "GROUP_SX_TJ_GOVERNMENT_SERVICES_DIVISION"),
                TIANJIN.find("licence-2").orElseThrow().groups());
        assertEquals(6, TIANJIN.groups().size());
        // the 责任部门 column is filled once per block: the reading is flagged
        assertTrue(SHIPPED.get("tianjin-2019").ambiguities().stream().anyMatch(a -> a.id().equals("catalogue-departments")));
    }

    @Test
    @DisplayName("tianjin-2019 实施方案 附件: the forms' choice list, in zh_CN, in the catalogue's order")
    void choices() {
        var choices = TIANJIN.choices();
        assertEquals(56, choices.size());
        assertEquals("penalty-1", choices.keySet().iterator().next());
        assertEquals("行政处罚 第1项 对未经法定程序确定辅助性岗位的处罚", choices.get("penalty-1"));
        assertEquals("行政许可 第2项 人力资源服务许可", choices.get("licence-2"));
    }

    @Test
    @DisplayName("an unknown matter, or one of another action category, is an error naming the field 'matter'")
    void unknownMatter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TIANJIN.require("penalty-52", ActionCategory.PENALTY));
        assertTrue(e.getMessage().startsWith("matter: 'penalty-52' is not in the catalogue"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TIANJIN.require("licence-1", ActionCategory.PENALTY));
        assertTrue(e.getMessage().startsWith("matter: 'licence-1' is a licence matter"), e.getMessage());
        MatterCatalogue chongqing = MatterCatalogue.of(SHIPPED.get("chongqing-2024"));
        assertFalse(chongqing.present());
        assertFalse(chongqing.required());
    }

    @Test
    @DisplayName("a district extending tianjin-2019 inherits the catalogue; a bad entry names the file and the field")
    void districtAndValidation() {
        ProfileRegistry district = DistrictProfiles.with("heping-2019", """
                {"id": "heping-2019", "extends": "tianjin-2019"}""");
        assertEquals(56, MatterCatalogue.of(district.get("heping-2019")).matters().size());
        ProfileRegistry bad = DistrictProfiles.with("hexi-2019", """
                {"id": "hexi-2019", "extends": "tianjin-2019", "catalogue": {"matters": [
                  {"code": "penalty-1", "action": "penalty", "number": 1, "zh_CN": "x", "departments": ["nobody"]}]}}""");
        ProfileException e = assertThrows(ProfileException.class, () -> MatterCatalogue.of(bad.get("hexi-2019")));
        assertTrue(e.getMessage().contains("matters[0].departments: unknown department 'nobody'"), e.getMessage());
        assertEquals(Set.of(), MatterCatalogue.of(SHIPPED.get("fushun-2026")).groups());
    }

    private static List<String> names(String code) {
        return TIANJIN.find(code).orElseThrow().departments().stream().map(MatterCatalogue.Department::zhCN).toList();
    }
}
