package org.sanxiang.standalone;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sanxiang.rules.calendar.CalendarRepository;
import org.sanxiang.rules.evaluate.EvaluateCommand;
import org.sanxiang.rules.evaluate.Evaluator;
import org.sanxiang.rules.profile.ProfileRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: JSON Lines of cases on stdin, one decision per line on stdout. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Apply the rules to cases: JSON Lines on stdin (one case per line), one JSON object",
            "per line on stdout, in input order. A line that cannot be read gives {\"id\":…,\"error\":…}."})
final class EvaluateCli implements Callable<Integer> {

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "Directory of local (district or city) profiles, merged over the shipped ones.")
    Path profiles;

    @Option(names = "--calendar-override", paramLabel = "FILE",
            description = "Holiday override file (a year's notice or local days), merged over the shipped data.")
    Path calendarOverride;

    @Option(names = "--strict", description = "Exit 1 when any line gave an error.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        Evaluator evaluator = new Evaluator(ProfileRegistry.load(profiles),
                new CalendarRepository(calendarOverride).current());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        int errors = new EvaluateCommand(evaluator).run(in, out);
        return strict && errors > 0 ? 1 : 0;
    }
}
