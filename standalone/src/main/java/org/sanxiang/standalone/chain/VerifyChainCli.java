package org.sanxiang.standalone.chain;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.exceptions.CmisBaseException;
import org.sanxiang.repo.cmis.CmisEndpoint;
import org.sanxiang.rules.chain.ChainBreak;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify-chain}: verifies a case's hash chain in a CMIS repository and names the first broken
 * link. Exit 0 intact, 1 broken, 2 bad usage or a case that cannot be verified (unknown, never
 * sealed, repository unreachable, or a repository that does not show the seal's properties to CMIS readers,
 * such as the standalone sandbox). A removed manifest and a sealed record replaced by a new version are
 * breaks (exit 1), named as such.
 */
@Command(name = "verify-chain", mixinStandardHelpOptions = true,
        description = {"Verify a case's tamper-evident hash chain (SXCHAIN1) in a CMIS repository and name the",
            "first broken link. Exit 0: intact; 1: broken; 2: bad usage, or the case cannot be verified."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:chain intact 链完整", "1:chain broken 链已断裂", "2:bad usage, or the case cannot be verified"})
public final class VerifyChainCli implements Callable<Integer> {

    /** Exit code of an intact chain. */
    public static final int INTACT = 0;
    /** Exit code of a broken chain. */
    public static final int BROKEN = 1;
    /** Exit code of bad usage (picocli's own usage errors exit 2 too). */
    public static final int USAGE = 2;

    /** Where the password comes from when {@code --password} is not given. */
    static final String PASSWORD_VARIABLE = "SANXIANG_CMIS_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "CMIS endpoint: the browser binding URL (e.g. http://127.0.0.1:8089/browser, or Alfresco's "
                    + ".../api/-default-/public/cmis/versions/1.1/browser) or the AtomPub service document URL.")
    String url;

    @Option(names = "--binding", paramLabel = "BINDING", defaultValue = "browser",
            description = "browser (default) or atompub.")
    String binding;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "admin", description = "User name (default: admin).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password; when absent, the environment variable " + PASSWORD_VARIABLE + ".")
    String password;

    @Option(names = "--repository", paramLabel = "ID", description = "Repository id (default: the first the server lists).")
    String repository;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--case", paramLabel = "ID", required = true, description = "The case folder's CMIS object id.")
        String caseId;

        @Option(names = "--path", paramLabel = "PATH", required = true,
                description = "The case folder's path, e.g. /Sites/enforcement/documentLibrary/渝人社监罚〔2026〕12号.")
        String path;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String secret = password != null ? password : System.getenv(PASSWORD_VARIABLE);
        if (secret == null) {
            err.println("verify-chain: --password: no password given (nor in " + PASSWORD_VARIABLE + ")");
            return USAGE;
        }
        String caseRef = target.caseId != null ? target.caseId : target.path;
        CmisChainReport.Outcome outcome;
        try {
            CmisEndpoint endpoint = new CmisEndpoint(url, binding, user, secret, repository);
            Session session = endpoint.open();
            outcome = new CmisChainReport(session).verify(caseRef);
        } catch (IllegalArgumentException e) {
            err.println("verify-chain: " + e.getMessage());
            return USAGE;
        } catch (CmisChainReport.CannotVerify e) {
            err.println("verify-chain: cannot verify here 无法在此核验: " + e.getMessage());
            return USAGE;
        } catch (CmisBaseException | IllegalStateException e) {
            err.println("verify-chain: cannot verify " + caseRef + " at " + url + ": " + e.getMessage());
            return USAGE;
        }
        print(out, outcome);
        out.flush();
        return outcome.intact() ? INTACT : BROKEN;
    }

    static void print(PrintWriter out, CmisChainReport.Outcome outcome) {
        var facts = outcome.caseFacts();
        out.println("case 案件: " + facts.caseNumber() + " 「" + facts.title() + "」 (" + facts.caseId() + ", "
                + facts.profileId() + ")");
        out.println("links verified 已核验链接: " + outcome.verification().result().linksVerified());
        if (outcome.intact()) {
            out.println("result 结果: intact 链完整");
            return;
        }
        ChainBreak broken = outcome.firstBreak().orElseThrow();
        out.println("result 结果: BROKEN 链已断裂");
        out.println("first broken link 首个断裂链接: position " + broken.position()
                + (broken.sequence() >= 0 ? ", sequence " + broken.sequence() : ""));
        outcome.brokenRecord().ifPresentOrElse(
                r -> out.println("record 记录: " + r.name() + " (" + r.id() + ", " + r.type() + ")"),
                () -> out.println("record 记录: " + (outcome.verification().brokenRecordId() != null
                        ? outcome.verification().brokenRecordId() + " (no longer in the case 已不在案卷中)" : "—")));
        out.println("reason 原因: " + broken.reason().labelZh() + " / " + broken.reason().labelEn());
        out.println("detail 详情: " + broken.detail());
    }
}
