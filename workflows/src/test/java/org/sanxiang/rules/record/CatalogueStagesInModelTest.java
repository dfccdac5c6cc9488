package org.sanxiang.rules.record;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sanxiang.model.ModelResources;
import org.sanxiang.model.m2.M2Constraint;
import org.sanxiang.model.m2.M2ModelReader;
import org.sanxiang.rules.facts.ActionCategory;
import org.sanxiang.rules.facts.Procedure;
import org.sanxiang.rules.profile.JurisdictionProfile;
import org.sanxiang.rules.profile.ProfileRegistry;

/**
 * Every stage the catalogue plans is stored in sx:stage / sx:currentStage, whose values Alfresco
 * checks against the LIST constraint sx:caseStages: the catalogue's codes and the constraint must
 * not drift apart.
 */
class CatalogueStagesInModelTest {

    @Test
    @DisplayName("every stage code of every shipped profile's catalogue is a value of sx:caseStages")
    void catalogueStagesAreModelValues() {
        M2Constraint caseStages = M2ModelReader.readResource(ModelResources.CONTENT_MODEL)
                .findConstraint("sx:caseStages").orElseThrow();
        Set<String> allowed = Set.copyOf(caseStages.allowedValues());
        Set<String> planned = new TreeSet<>();
        for (JurisdictionProfile profile : ProfileRegistry.shipped().all()) {
            for (ActionCategory action : ActionCategory.values()) {
                for (Procedure procedure : Procedure.values()) {
                    StageCatalogue.stagesFor(profile, action, procedure).stages()
                            .forEach(stage -> planned.add(stage.code()));
                }
            }
        }
        assertFalse(planned.isEmpty(), "the shipped profiles plan stages");
        Set<String> missing = new TreeSet<>(planned);
        missing.removeAll(allowed);
        assertTrue(missing.isEmpty(), "stage codes missing from sx:caseStages in sxModel.xml: " + missing);
    }
}
