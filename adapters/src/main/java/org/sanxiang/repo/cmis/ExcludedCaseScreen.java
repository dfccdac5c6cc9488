package org.sanxiang.repo.cmis;

import java.util.Objects;

import org.sanxiang.model.SanxiangModel;
import org.sanxiang.workflow.port.CaseRepository;
import org.sanxiang.workflow.port.Publication;

/**
 * Refuses a publication whose case carries the {@code sx:disclosureExclusion} aspect (not to be
 * disclosed: chongqing-2024 公示 第十二条; wuhan-2020 公示 第十条), read from the case folder itself at the
 * moment of publishing, so an exclusion set after the decision to publish still holds.
 */
public final class ExcludedCaseScreen implements PublicationScreen {

    private static final String EXCLUSION = SanxiangModel.ASPECT_DISCLOSURE_EXCLUSION.toPrefixString();

    private final CaseRepository cases;

    public ExcludedCaseScreen(CaseRepository cases) {
        this.cases = Objects.requireNonNull(cases, "cases");
    }

    @Override
    public void check(Publication publication) {
        if (!publication.ofCase()) {
            return; // the annual report (chongqing-2024 公示 第十四条) belongs to no case that could be excluded
        }
        if (cases.facts(publication.caseId()).aspects().contains(EXCLUSION)) {
            throw new RefusedPublicationException("caseId: case " + publication.caseId() + " is marked "
                    + EXCLUSION + " (chongqing-2024 公示 第十二条; wuhan-2020 公示 第十条) and is never published");
        }
    }
}
