package org.sanxiang.standalone.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hash-password USER [GROUP,...]}: reads a password (from the terminal without echo, or the first
 * line of stdin) and prints the users-file line {@code USER:{bcrypt}$2a$10$...:GROUPS}.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
        description = {"Make a line of a users file (serve --users FILE): reads the password from the terminal",
            "(or the first line of stdin) and prints USER:{bcrypt}hash:GROUPS. The password is never stored in clear."})
public final class HashPasswordCli implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "USER", description = "The user name.")
    String user;

    @Parameters(index = "1", arity = "0..1", paramLabel = "GROUPS", split = ",",
            description = "Its groups, comma-separated, e.g. GROUP_SX_ENFORCEMENT,GROUP_SX_LEADERS.")
    List<String> groups;

    @Override
    public Integer call() throws IOException {
        if (user.contains(":") || user.isBlank()) {
            System.err.println("hash-password: a user name without ':' is required");
            return 2;
        }
        String password;
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for %s: ", user);
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.isEmpty()) {
            System.err.println("hash-password: no password given");
            return 2;
        }
        System.out.println(user + ":" + UserDirectory.hash(password) + ":" + String.join(",", groups == null ? List.of() : groups));
        return 0;
    }
}
