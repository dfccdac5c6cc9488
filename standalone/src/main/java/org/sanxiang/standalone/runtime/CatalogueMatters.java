package org.sanxiang.standalone.runtime;

import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.rules.catalogue.MatterCatalogue;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * A case of a profile whose catalogue every case must name (tianjin-2019 实施方案 附件 行政执法决定事项目录,
 * {@code "required": true}, and the district profiles extending it) names a catalogued matter of its action
 * category: refused naming the field otherwise, at creation, on update and at every process start.
 * Profiles without a required catalogue are not touched.
 */
final class CatalogueMatters {

    static final String FACT = "facts.matter";
    private static final String PROPERTY = SanxiangModel.PROP_CATALOGUE_MATTER.toPrefixString();

    private final ProfileRegistry profiles;

    CatalogueMatters(ProfileRegistry profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    /** The matter a case names, checked; a missing one refused where the profile requires it. */
    void check(String field, String profile, ActionCategory action, String matter) {
        MatterCatalogue catalogue = catalogue(profile);
        if (matter == null || matter.isBlank()) {
            if (catalogue != null && catalogue.required()) {
                throw ServiceException.badRequest(field, "is required: every " + profile + " case names its catalogued matter ("
                        + PROPERTY + ", " + catalogue.citation().map(Object::toString).orElse(profile)
                        + "), coded <action>-<number>, e.g. penalty-26");
            }
            return;
        }
        if (catalogue == null) {
            throw ServiceException.badRequest(field, "'" + matter + "': profile " + profile + " has no catalogue of matters");
        }
        try {
            catalogue.require(matter.strip(), action);
        } catch (IllegalArgumentException e) {
            throw ServiceException.badRequest(field, e.getMessage().replaceFirst("^matter: ", ""));
        }
    }

    private MatterCatalogue catalogue(String profile) {
        if (profile == null || !profiles.contains(profile)) {
            return null;
        }
        MatterCatalogue catalogue = MatterCatalogue.of(profiles.get(profile));
        return catalogue.present() ? catalogue : null;
    }
}
