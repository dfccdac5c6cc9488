package org.sanxiang.standalone.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8) and checks it. */
public final class BasicAuthentication {

    public static final String CHALLENGE = "Basic realm=\"Sanxiang\", charset=\"UTF-8\"";

    private BasicAuthentication() {
    }

    /** A user name and password as a request carried them. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]"; // never the password
        }
    }

    /** The principal, or empty when the header is missing, malformed or its credentials are wrong. */
    public static Optional<Principal> check(Authenticator authenticator, String header) {
        return credentials(header).flatMap(c -> authenticator.authenticate(c.user(), c.password()));
    }

    /** The credentials of a Basic header, or empty when it is missing or malformed (not checked). */
    public static Optional<Credentials> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** The header for a user and password. */
    public static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
