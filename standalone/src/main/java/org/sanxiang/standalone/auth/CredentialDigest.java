package org.sanxiang.standalone.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A cache key for credentials: a SHA-256 of name and password salted at random per instance, so a cache
 * keyed by it holds no password and its keys mean nothing outside this process.
 */
public final class CredentialDigest {

    private final byte[] salt = new byte[16];

    public CredentialDigest() {
        new SecureRandom().nextBytes(salt);
    }

    public String of(String user, String password) {
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
