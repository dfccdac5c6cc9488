package org.sanxiang.standalone.auth;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.standalone.cmis.CmisReadPolicy;

/**
 * What a person reads over the sandbox's CMIS server, by the same groups as the REST API: the case's staff
 * ({@link SxGroups#PERSONAL_DATA_READERS}) and the administrators read everything; the disclosure office reads the records'
 * content but not a party's identity number and address nor third parties' information; anyone else (an integrator) reads the case folders without a party's
 * identity number and address and without third parties' information, and the content of the public tree
 * only (wuhan-2020 全过程记录 第二十九条; chongqing-2024 全过程记录 第十一条, 第十五条第四款). Access
 * requests grant reading through the REST API, where each read is audited, not over CMIS.
 */
public final class StaffReadPolicy implements CmisReadPolicy {

    private final Authenticator people;
    private final String publicPath;

    /** @param publicPath the folder of the public tree, e.g. {@code /sanxiang/public} */
    public StaffReadPolicy(Authenticator people, String publicPath) {
        this.people = people;
        this.publicPath = publicPath;
    }

    @Override
    public Set<String> hiddenProperties(String user, String password) {
        Set<String> groups = groups(user, password);
        Set<String> hidden = new HashSet<>();
        if (!readsAll(groups)) {
            hidden.addAll(AccessGuard.THIRD_PARTY_DATA);
            hidden.addAll(AccessGuard.PARTY_DATA);
        }
        return hidden;
    }

    @Override
    public boolean readsContentIn(String user, String password, List<String> folderPaths) {
        Set<String> groups = groups(user, password);
        if (readsAll(groups) || groups.contains(SxGroups.DISCLOSURE)) {
            return true;
        }
        return !folderPaths.isEmpty() && folderPaths.stream().allMatch(p -> p.equals(publicPath) || p.startsWith(publicPath + "/"));
    }

    /** The case's staff, and the repository's administrators, as in Alfresco, where they read every node. */
    private static boolean readsAll(Set<String> groups) {
        return groups.contains(SxGroups.ADMINISTRATORS) || groups.stream().anyMatch(SxGroups.PERSONAL_DATA_READERS::contains);
    }

    private Set<String> groups(String user, String password) {
        return people.authenticate(user, password).map(Principal::groups).orElse(Set.of());
    }
}
