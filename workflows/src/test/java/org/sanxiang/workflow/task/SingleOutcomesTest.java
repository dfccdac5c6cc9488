package org.sanxiang.workflow.task;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanxiang.workflow.engine.SxProcessDefinitions;

/**
 * An outcome the task model allows one value for is not copied to the process ({@link OutcomeTaskListener}): no
 * gateway of a shipped process may read it from there.
 */
class SingleOutcomesTest {

    @Test
    void theModelsSingleOutcomesAreFound() {
        assertTrue(OutcomeTaskListener.SINGLE_OUTCOMES.containsAll(java.util.Set.of("sxwf_assembleTransferOutcome",
                "sxwf_fileDecisionOutcome", "sxwf_archiveOutcome")), OutcomeTaskListener.SINGLE_OUTCOMES.toString());
        assertFalse(OutcomeTaskListener.SINGLE_OUTCOMES.contains("sxwf_leaderDecisionOutcome"), "approve, reject, collectiveDiscussion");
    }

    @Test
    void noProcessReadsASingleOutcome() throws IOException {
        for (String key : SxProcessDefinitions.PROCESS_KEYS) {
            String resource = SxProcessDefinitions.resourceFor(key);
            String xml;
            try (InputStream in = SingleOutcomesTest.class.getClassLoader().getResourceAsStream(resource)) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String outcome : OutcomeTaskListener.SINGLE_OUTCOMES) {
                assertFalse(xml.matches("(?s).*\\$\\{[^}]*\\b" + outcome + "\\b.*"), resource + " reads " + outcome);
            }
        }
    }
}
