package org.sanxiang.standalone.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
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
    private final byte[] salt = new byte[16];
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public CachingAuthenticator(Authenticator delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
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

    private String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
