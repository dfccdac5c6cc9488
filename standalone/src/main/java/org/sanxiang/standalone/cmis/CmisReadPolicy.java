package org.sanxiang.standalone.cmis;

import java.util.List;
import java.util.Set;

/**
 * What a person may read over CMIS, decided by who the person is: the properties hidden from them (a
 * party's identity number, third parties' names) and whether they may read content outside the public
 * tree. The writers are not asked: they are the runtime itself.
 */
public interface CmisReadPolicy {

    /** Everyone reads everything (tests of the server alone). */
    CmisReadPolicy EVERYTHING = new CmisReadPolicy() {
        @Override
        public Set<String> hiddenProperties(String user, String password) {
            return Set.of();
        }

        @Override
        public boolean readsContentIn(String user, String password, List<String> folderPaths) {
            return true;
        }
    };

    /** Property ids never shown to the user, in any answer; a query naming one is refused. */
    Set<String> hiddenProperties(String user, String password);

    /** Whether the user may read the content of a document filed in these folders. */
    boolean readsContentIn(String user, String password, List<String> folderPaths);
}
