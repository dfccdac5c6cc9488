/**
 * The standalone runtime's embedded CMIS 1.1 server: OpenCMIS InMemory with the sx types, served by
 * Jetty 9.4 on loopback (browser binding and AtomPub 1.1) behind basic authentication.
 */
package org.sanxiang.standalone.cmis;
