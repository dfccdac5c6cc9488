package org.sanxiang.alfresco.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.extensions.surf.util.I18NUtil;

import org.alfresco.repo.action.constraint.BaseParameterConstraint;
import org.sanxiang.repo.actions.LegalHolds;

/**
 * Action parameter constraint {@code sx-hold-reasons}: the reasons of fushun-2026 第二十三条 for the
 * holdReasons parameter of sx-place-legal-hold, so that Share's action dialog offers a list, labelled
 * with the model's labels of sx:holdReasonOptions in the user's language.
 */
public class HoldReasonsConstraint extends BaseParameterConstraint
{
    public static final String NAME = "sx-hold-reasons";

    @Override
    protected Map<String, String> getAllowableValuesImpl()
    {
        Map<String, String> values = new LinkedHashMap<>();
        for (String reason : LegalHolds.REASONS)
        {
            String label = I18NUtil.getMessage("listconstraint.sx_holdReasonOptions." + reason);
            values.put(reason, label == null ? reason : label);
        }
        return values;
    }
}
