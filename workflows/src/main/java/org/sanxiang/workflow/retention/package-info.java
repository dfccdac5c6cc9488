/**
 * The Java behind {@code sxRetention}: one sub-process per record under {@code sx:retention} waits
 * for the end of its retention; a long-term hold ({@code sx:legalHold}, fushun-2026 细则 第二十三条)
 * blocks disposition until released; the archivists destroy (the record's trace stays in the case,
 * {@link org.sanxiang.workflow.port.CaseRepository#destroyRecord}), extend or transfer it.
 */
package org.sanxiang.workflow.retention;
