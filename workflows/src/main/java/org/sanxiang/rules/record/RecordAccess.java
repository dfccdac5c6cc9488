package org.sanxiang.rules.record;

import java.util.List;
import org.sanxiang.rules.Citation;
import org.sanxiang.rules.profile.JurisdictionProfile;

/**
 * Who may read full-process records and how, as pointers to the articles that say so (Chongqing
 * 全过程记录 第十五条, Wuhan 全过程记录 第二十七/二十九条, Ningxia 附件3 第二十六条, Tianjin 三（二）4（2）,
 * Fushun 细则 第二十五/二十六条). The access workflow ({@code sxAccess}) applies them.
 */
public final class RecordAccess {

    /** One access rule with its article and its labels. */
    public record AccessRule(String code, String zhCN, String en, Citation citation) {

        public String label(String language) {
            return "en".equals(language) ? en : zhCN;
        }
    }

    private RecordAccess() {
    }

    public static List<AccessRule> rules(JurisdictionProfile profile) {
        return RecordRules.of(profile).access().stream()
                .map(a -> new AccessRule(a.code(), a.zhCN(), a.en(), Citation.of(profile.id(), a.citation())))
                .toList();
    }
}
