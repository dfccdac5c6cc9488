/**
 * Exactly-once steps over a repository reached by CMIS: every engine command (and every service call)
 * that writes to the repository is a <em>step</em>; each of its writes is journaled with its undo
 * information in an autonomous transaction before it is made; the step's commit marker is inserted in
 * the engine's own transaction; a step whose marker exists is finished (its deferred deletes made),
 * any other is undone — when the command ends, and at start-up after a crash. See docs/architecture.md,
 * "Exactly once".
 */
package org.sanxiang.repo.step;
