package org.sanxiang.standalone;

import java.util.concurrent.Callable;
import org.sanxiang.standalone.chain.VerifyChainCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The standalone runtime's command line: {@code java -jar sanxiang-standalone-*-all.jar <command>}.
 * {@code ./run.sh} passes its arguments through.
 */
@Command(name = "sanxiang", mixinStandardHelpOptions = true, versionProvider = SanxiangCli.Version.class,
        description = "Sanxiang 三项 — enforcement records for HRSS bureaus (standalone runtime).",
        subcommands = {SanxiangCli.Serve.class, SanxiangCli.Demo.class, EvaluateCli.class, CalendarCli.class,
            VerifyChainCli.class})
public final class SanxiangCli implements Callable<Integer> {

    /** Exit code when a command's part of the runtime is not built yet. */
    static final int NOT_AVAILABLE = 3;

    public static void main(String[] args) {
        System.exit(run(args));
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

    @Command(name = "serve", description = "Start the embedded runtime (engine, CMIS server, REST API).")
    static final class Serve implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("""
                    sanxiang serve: not available yet.
                      The embedded runtime (Activiti engine, CMIS 1.1 server on 127.0.0.1, REST API) is
                      not written yet. What works today: the rules, through `evaluate` and `calendar`,
                      and every test (`./run.sh test`).""");
            return NOT_AVAILABLE;
        }
    }

    @Command(name = "demo", description = "Run the demo cases through the three systems in a fresh sandbox.")
    static final class Demo implements Callable<Integer> {
        @Override
        public Integer call() {
            System.err.println("sanxiang demo: not available yet (it needs the embedded runtime of `serve`).");
            return NOT_AVAILABLE;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SanxiangCli.class.getPackage().getImplementationVersion();
            return new String[] {"sanxiang " + (version == null ? "(development build)" : version)};
        }
    }
}
