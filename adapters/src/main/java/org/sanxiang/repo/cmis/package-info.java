/**
 * CMIS adapters of the workflows' ports, written against the OpenCMIS 1.1 client API only, so they run
 * unchanged against Alfresco's CMIS endpoint or the standalone runtime's embedded server:
 * {@link org.sanxiang.repo.cmis.CmisDisclosureChannel} (publishing with an outbox, exactly once) and
 * {@link org.sanxiang.repo.cmis.CmisCaseRepository} (case folders). Inside Alfresco the OpenCMIS client
 * classes come from Alfresco; the AMP does not ship them.
 */
package org.sanxiang.repo.cmis;
