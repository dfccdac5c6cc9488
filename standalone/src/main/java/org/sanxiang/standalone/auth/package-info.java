/**
 * Who is calling and what they may do: the standalone runtime's users (demo users in sandbox mode, a
 * users file with BCrypt hashes, or the connected repository), HTTP Basic on the REST API and the
 * embedded CMIS server, and the guard that checks every operation against the BPMN's candidate groups,
 * the separations of duty, the seal and the access grants before the service runs it.
 */
package org.sanxiang.standalone.auth;
