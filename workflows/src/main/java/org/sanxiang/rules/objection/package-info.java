/**
 * Objections to published enforcement information (对公示信息的异议): who checks an objection, within
 * what limit, and whether the objector is told the result, per jurisdiction profile (top-level
 * profile section {@code objection}). Pure Java: no engine, no Spring, no model names.
 */
package org.sanxiang.rules.objection;
