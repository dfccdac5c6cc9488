package org.sanxiang.standalone.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a successful check for a short while, so that BCrypt's deliberate cost (or the repository's
 * round trip) is paid once per user and period, not on every request. The key is a salted SHA-256 of
 * name and password, the salt random per process: the cache holds no password. Failures are not cached.
 */
public final class CachingAuthenticator implements Authenticator {

    private record Entry(Principal principal, Instant until) {
    }

    private final Authenticator delegate;
    private final Duration ttl;
    private final Clock clock;
    private final CredentialDigest digest = new CredentialDigest();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public CachingAuthenticator(Authenticator delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<Principal> authenticate(String user, String password) {
        if (user == null || password == null) {
            return Optional.empty();
        }
        String key = key(user, password);
        Instant now = clock.instant();
        Entry hit = cache.get(key);
        if (hit != null && hit.until().isAfter(now)) {
            return Optional.of(hit.principal());
        }
        Optional<Principal> checked = delegate.authenticate(user, password);
        if (checked.isPresent()) {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, new Entry(checked.get(), now.plus(ttl)));
        } else {
            cache.remove(key);
        }
        return checked;
    }

    @Override
    public Map<String, Set<String>> publishedUsers() {
        return delegate.publishedUsers();
    }

    private String key(String user, String password) {
        return digest.of(user, password);
    }
}
