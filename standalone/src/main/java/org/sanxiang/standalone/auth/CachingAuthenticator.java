package org.sanxiang.standalone.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers a successful check for a short while, so that BCrypt's deliberate cost (or the repository's
 * round trip) is paid once per user and period, not on every request. The key is a salted SHA-256 of
 * name and password, the salt random per process: the cache holds no password. Failures are not cached.
 * Requests with the same credentials arriving while they are being checked wait for that one check
 * (several clients logging in at once would otherwise each pay BCrypt for the same answer).
 */
public final class CachingAuthenticator implements Authenticator {

    private record Entry(Principal principal, Instant until) {
    }

    private final Authenticator delegate;
    private final Duration ttl;
    private final Clock clock;
    private final CredentialDigest digest = new CredentialDigest();
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Optional<Principal>>> checking = new ConcurrentHashMap<>();

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
        CompletableFuture<Optional<Principal>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Principal>> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            return awaited(running);
        }
        try {
            Optional<Principal> checked = delegate.authenticate(user, password);
            if (checked.isPresent()) {
                if (cache.size() > 10_000) {
                    cache.clear();
                }
                cache.put(key, new Entry(checked.get(), now.plus(ttl)));
            } else {
                cache.remove(key);
            }
            mine.complete(checked);
            return checked;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    private static Optional<Principal> awaited(CompletableFuture<Optional<Principal>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public Map<String, Set<String>> publishedUsers() {
        return delegate.publishedUsers();
    }

    private String key(String user, String password) {
        return digest.of(user, password);
    }
}
