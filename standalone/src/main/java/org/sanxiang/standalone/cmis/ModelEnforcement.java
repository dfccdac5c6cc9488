package org.sanxiang.standalone.cmis;

import java.util.Map;
import java.util.Set;

import org.sanxiang.model.SanxiangModel;

/**
 * Whether the embedded server refuses objects of sx types that are not valid instances of the model
 * (a mandatory property without a value, a value outside a LIST constraint), as Alfresco's integrity
 * checker does with enforced constraints, and which properties it still lets pass while a writer of the
 * processes does not set them yet.
 *
 * @param enabled    false: nothing is checked (the InMemory server's own checks only)
 * @param exemptions type id to the properties not (yet) enforced on it; every entry is a known gap of a
 *                   writer, listed in docs/cmis.md, and the model-validity test fails once it is closed
 */
public record ModelEnforcement(boolean enabled, Map<String, Set<String>> exemptions) {

    public ModelEnforcement {
        exemptions = Map.copyOf(exemptions);
    }

    /** Nothing checked. */
    public static final ModelEnforcement OFF = new ModelEnforcement(false, Map.of());

    /** Every sx object checked, without exemptions: what Alfresco would accept. */
    public static final ModelEnforcement STRICT = new ModelEnforcement(true, Map.of());

    /**
     * The default: enforced, except the access-grant slip that {@code GrantAccess} writes as
     * {@code D:sx:accessRequest} without its mandatory requester name and kind.
     */
    public static final ModelEnforcement DEFAULT = new ModelEnforcement(true, Map.of(
            "D:" + SanxiangModel.TYPE_ACCESS_REQUEST.toPrefixString(),
            Set.of(SanxiangModel.PROP_REQUESTER_NAME.toPrefixString(), SanxiangModel.PROP_REQUESTER_KIND.toPrefixString())));

    boolean exempt(String typeId, String property) {
        return exemptions.getOrDefault(typeId, Set.of()).contains(property);
    }
}
