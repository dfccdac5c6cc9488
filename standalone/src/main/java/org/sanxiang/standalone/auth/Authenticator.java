package org.sanxiang.standalone.auth;

import java.util.Optional;

/** Checks a user name and password; empty when they do not match. */
public interface Authenticator {

    Optional<Principal> authenticate(String user, String password);
}
