package org.sanxiang.standalone.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;
import org.sanxiang.model.SanxiangModel;
import org.sanxiang.standalone.SanxiangCli;
import org.sanxiang.workflow.record.CaseSeal;
import picocli.CommandLine;

/**
 * {@code verify-chain} against the sandbox, on the cases the demo journeys sealed and nobody touched: it
 * never says BROKEN (exit 1). The sandbox keeps the seal's protected properties out of CMIS, so the honest
 * answer is "cannot verify here" (exit 2). The same command verifies intact where the seal is readable
 * (VerifyChainCliTest, on a bare embedded server).
 */
class SandboxVerifyChainTest {

    @ParameterizedTest
    @EnumSource(value = BindingType.class, names = {"BROWSER", "ATOMPUB"})
    @DisplayName("an untouched sealed case of the sandbox: 'cannot verify here', exit 2, never a false BROKEN")
    void untouchedSealedCaseIsNeverReportedBroken(BindingType binding) {
        PopulatedSandbox sandbox = PopulatedSandbox.get();
        List<String> sealedCases = sealedCases(sandbox.session(BindingType.BROWSER), sandbox.runtime.config().cmisRootPath());
        assertFalse(sealedCases.isEmpty(), "the journeys seal archived cases");
        for (String caseId : sealedCases) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new SanxiangCli());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("verify-chain", "--url", sandbox.url(binding), "--binding",
                    binding == BindingType.BROWSER ? "browser" : "atompub", "--user", sandbox.user(),
                    "--password", sandbox.password(), "--case", caseId);
            assertEquals(2, code, out + "" + err);
            assertTrue(err.toString().contains("cannot verify here"), err.toString());
            assertFalse(out.toString().contains("BROKEN"), out.toString());
        }
    }

    /** The case folders that hold a seal manifest. */
    static List<String> sealedCases(Session session, String root) {
        List<String> result = new ArrayList<>();
        Folder cases = (Folder) session.getObjectByPath(root + "/cases");
        for (CmisObject c : cases.getChildren()) {
            if (c instanceof Folder f && f.getType().getId().equals("F:" + SanxiangModel.TYPE_CASE_FOLDER.toPrefixString())) {
                for (CmisObject child : f.getChildren()) {
                    if (CaseSeal.MANIFEST_MARKER.equals(child.getPropertyValue(PropertyIds.DESCRIPTION))
                            || CaseSeal.MANIFEST_MARKER.equals(child.getPropertyValue("cm:description"))) {
                        result.add(f.getId());
                        break;
                    }
                }
            }
        }
        return result;
    }
}
