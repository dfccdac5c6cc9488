/**
 * The web console of the standalone runtime: HTML pages at {@code /} beside the REST API at {@code /api},
 * for the people who work cases (the same work as the Share module): log in, my work, task forms, cases,
 * deadlines, the calendar and what the public sees. Pages are FreeMarker templates with HTML
 * auto-escaping; forms are rendered from the Share module's form configuration and the models, so the
 * console and Share show the same fields. Every POST carries the session's CSRF token.
 */
package org.sanxiang.standalone.console;
