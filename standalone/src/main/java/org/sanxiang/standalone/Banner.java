package org.sanxiang.standalone;

import java.io.PrintStream;

import org.sanxiang.standalone.auth.DemoUsers;
import org.sanxiang.standalone.rest.RestApi;
import org.sanxiang.standalone.runtime.RuntimeConfig;
import org.sanxiang.standalone.runtime.SanxiangRuntime;

/** The start banner of {@code serve} and {@code demo --keep}: where things are, who the users are, a first request. */
public final class Banner {

    private Banner() {
    }

    public static void print(PrintStream out, SanxiangRuntime runtime, RestApi rest) {
        RuntimeConfig config = runtime.config();
        out.println();
        out.println("  CMIS 1.1 browser binding: " + orDash(runtime.cmisBrowserUrl()));
        out.println("  CMIS 1.1 AtomPub:         " + orDash(runtime.cmisAtomPubUrl()));
        out.println("  REST API:                 " + rest.url() + "   (docs/rest-api.md)");
        out.println("  Database:                 " + runtime.service().health().database());
        out.println();
        users(out, config);
        out.println();
        out.println("  Try:  curl -s -u officer1:officer1 " + rest.url() + "/cases");
        out.println("        curl -s -u leader1:leader1 " + rest.url() + "/deadlines");
        out.println();
    }

    public static void users(PrintStream out, RuntimeConfig config) {
        if (config.usersFile() != null) {
            out.println("  Users:                    from " + config.usersFile() + " (HTTP Basic on REST and CMIS)");
            return;
        }
        if (config.mode() == RuntimeConfig.Mode.CONNECTED) {
            out.println("  Users:                    the repository's own (HTTP Basic, checked against " + config.cmisUrl() + ")");
            return;
        }
        out.println("  Users (sandbox; password = user name; HTTP Basic on REST and CMIS):");
        DemoUsers.USERS.forEach((name, groups) -> out.printf("    %-12s %s%n", name, String.join(", ", new java.util.TreeSet<>(groups))));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
