package org.sanxiang.standalone.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Users with BCrypt password hashes and their groups: the sandbox's demo users, or a users file the
 * operator supplies ({@code --users FILE}), one user a line:
 *
 * <pre>
 * # comment
 * officer1:{bcrypt}$2a$10$...:GROUP_SX_ENFORCEMENT
 * lawyer1:{bcrypt}$2a$10$...:GROUP_SX_LEGAL_OFFICE,GROUP_SX_LEADERS
 * </pre>
 *
 * A password is never kept in clear: {@code ./run.sh hash-password USER GROUPS} makes a line. In connected
 * mode a line may carry {@code -} instead of a hash: the repository checks the password, the file gives
 * the groups.
 */
public final class UserDirectory implements Authenticator {

    static final String BCRYPT = "{bcrypt}";
    /** The cost of new hashes: 2^10 rounds, BCrypt's default. */
    static final int STRENGTH = 10;
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(STRENGTH);
    /** Compared against when the user is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DUMMY = ENCODER.encode("no such user");

    /** A user of the directory. */
    public record User(String name, String hash, Set<String> groups) {
    }

    private final Map<String, User> users;

    private UserDirectory(Map<String, User> users) {
        this.users = Map.copyOf(users);
    }

    public static UserDirectory of(List<User> users) {
        Map<String, User> byName = new LinkedHashMap<>();
        for (User u : users) {
            if (byName.put(u.name(), u) != null) {
                throw new IllegalArgumentException("users: " + u.name() + " is listed twice");
            }
        }
        return new UserDirectory(byName);
    }

    /** Reads a users file; a bad line is an error naming its number. */
    public static UserDirectory read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("users: cannot read " + file + ": " + e.getMessage(), e);
        }
        java.util.ArrayList<User> users = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            users.add(parse(line, file + ":" + (i + 1)));
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("users: " + file + " lists no user");
        }
        return of(users);
    }

    static User parse(String line, String where) {
        // the hash holds no ':' ($2a$10$...), so a line splits in three at its first and last colon
        int first = line.indexOf(':');
        int last = line.lastIndexOf(':');
        if (first <= 0 || last == first) {
            throw new IllegalArgumentException("users: " + where + ": expected user:{bcrypt}hash:GROUP_A,GROUP_B");
        }
        String name = line.substring(0, first).strip();
        String hash = line.substring(first + 1, last).strip();
        if (!hash.equals("-") && !(hash.startsWith(BCRYPT) && hash.length() > BCRYPT.length() + 50)) {
            throw new IllegalArgumentException("users: " + where + ": the password must be a {bcrypt} hash (./run.sh hash-password"
                    + " makes one), or - when the repository checks it; a password in clear is refused");
        }
        Set<String> groups = new LinkedHashSet<>();
        Arrays.stream(line.substring(last + 1).split(",")).map(String::strip).filter(g -> !g.isEmpty()).forEach(groups::add);
        return new User(name, hash, groups);
    }

    /** A user with a password hashed now (for the demo users, whose password is their name). */
    public static User hashed(String name, String password, Set<String> groups) {
        return new User(name, hash(password), groups);
    }

    /** {@code {bcrypt}$2a$10$...} */
    public static String hash(String password) {
        return BCRYPT + ENCODER.encode(password);
    }

    @Override
    public Optional<Principal> authenticate(String user, String password) {
        User u = user == null ? null : users.get(user);
        String hash = u == null || !u.hash().startsWith(BCRYPT) ? DUMMY : u.hash().substring(BCRYPT.length());
        boolean matches = password != null && ENCODER.matches(password, hash);
        return u != null && matches && u.hash().startsWith(BCRYPT) ? Optional.of(principal(u)) : Optional.empty();
    }

    /** The user's principal without a password (trusted in-process callers: the demo, the load test's set-up). */
    public Optional<Principal> principal(String user) {
        return Optional.ofNullable(users.get(user)).map(UserDirectory::principal);
    }

    /** The groups the file gives a user (connected mode with a file), empty when it lists the user not. */
    public Optional<Set<String>> groups(String user) {
        return Optional.ofNullable(users.get(user)).map(User::groups);
    }

    public List<User> users() {
        return List.copyOf(users.values());
    }

    private static Principal principal(User u) {
        return new Principal(u.name(), u.groups());
    }
}
