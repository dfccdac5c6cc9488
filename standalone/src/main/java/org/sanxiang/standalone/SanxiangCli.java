package org.sanxiang.standalone;

import java.util.concurrent.Callable;
import org.sanxiang.standalone.auth.HashPasswordCli;
import org.sanxiang.standalone.chain.VerifyChainCli;
import org.sanxiang.standalone.demo.BenchCli;
import org.sanxiang.standalone.demo.DemoCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The standalone runtime's command line: {@code java -jar sanxiang-standalone-*-all.jar <command>}.
 * {@code ./run.sh} passes its arguments through.
 */
@Command(name = "sanxiang", mixinStandardHelpOptions = true, versionProvider = SanxiangCli.Version.class,
        description = "Sanxiang 三项 — enforcement records for HRSS bureaus (standalone runtime).",
        subcommands = {ServeCli.class, DemoCli.class, EvaluateCli.class, CalendarCli.class, VerifyChainCli.class,
            BenchCli.class, HashPasswordCli.class, HealthCli.class})
public final class SanxiangCli implements Callable<Integer> {

    public static void main(String[] args) {
        // The engine, Jetty and OpenCMIS log through slf4j-simple: warnings and errors unless asked for more.
        quiet("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // Jetty warns about the REST server's root context path, which is meant
        quiet("org.slf4j.simpleLogger.log.org.eclipse.jetty.server.handler.ContextHandler", "error");
        // Tika logs through the Log4j API, which has no provider here: its start-up complaint is noise
        quiet("log4j2.statusLoggerLevel", "OFF");
        System.exit(run(args));
    }

    private static void quiet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new SanxiangCli());
        if (args.length == 0) {
            args = new String[] {"serve"};
        }
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SanxiangCli.class.getPackage().getImplementationVersion();
            return new String[] {"sanxiang " + (version == null ? "(development build)" : version)};
        }
    }
}
