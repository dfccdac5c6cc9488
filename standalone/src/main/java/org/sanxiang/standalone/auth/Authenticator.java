package org.sanxiang.standalone.auth;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a user name and password; empty when they do not match. */
public interface Authenticator {

    Optional<Principal> authenticate(String user, String password);

    /**
     * The users whose passwords are published, with their groups, for a login page to list: the sandbox's demo
     * users ({@link DemoUsers#published()}); none for a users file or a repository.
     */
    default Map<String, Set<String>> publishedUsers() {
        return Map.of();
    }
}
