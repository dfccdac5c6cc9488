/**
 * The ports through which the Java behind the processes reaches the repository. Each is small
 * and names cases and nodes by string ids, so the same delegates run on the in-memory
 * implementations ({@code org.sanxiang.workflow.port.memory}, used by tests), on CMIS
 * (standalone) and on Alfresco's Java API (repo-amp).
 */
package org.sanxiang.workflow.port;
