package org.sanxiang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.repo.documents.DemoForms;
import org.sanxiang.repo.documents.OfficialDocuments;
import org.sanxiang.workflow.document.OfficialDocument;

/**
 * Rendering the journey's forms as PDF/A and OFD (issue 17), two builds of the renderer in one JVM taking
 * turns round after round, so that a shared machine's load falls on both alike. Each side loads the package
 * {@code org.sanxiang.repo.documents} from its own class directory (everything else, the forms included, is
 * shared): "old" from a copy of the classes before the change, "new" from this build. Prints forms/s and
 * process CPU per form (medians), the median of the per-round ratios new/old, and the load average.
 *
 * <p>Run (after {@code mvn -o -pl adapters -am test -Dtest=DocumentFontsTest}, with the old classes copied
 * from a build of main to OLD): {@code java -cp "adapters/target/test-classes:adapters/target/classes:<test
 * classpath>" org.sanxiang.bench.RenderInterleaved OLD [rounds] [forms per round]}
 */
public final class RenderInterleaved {

    private static final String PACKAGE = "org.sanxiang.repo.documents.";

    private RenderInterleaved() {
    }

    /** Loads the renderer's package from its own directory, the rest from the application. */
    private static final class PackageFirst extends URLClassLoader {

        PackageFirst(Path classes) throws IOException {
            super(new URL[] {classes.toUri().toURL()}, RenderInterleaved.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }
    }

    /** One build's {@code OfficialDocuments.render}, called reflectively. */
    private record Side(String name, Object documents, Method render, Method content) {

        static Side load(String name, Path classes) throws Exception {
            ClassLoader loader = new PackageFirst(classes);
            Class<?> type = loader.loadClass(PACKAGE + "OfficialDocuments");
            Constructor<?> make = type.getConstructor(String.class, String.class, Clock.class);
            Object documents = make.newInstance("pdf,ofd", System.getProperty("sanxiang.documents.font"), Clock.systemUTC());
            Method content = loader.loadClass(PACKAGE + "OfficialDocuments$Rendered").getMethod("content");
            return new Side(name, documents, type.getMethod("render", OfficialDocument.class), content);
        }

        long render(OfficialDocument document) throws Exception {
            long bytes = 0;
            for (Object rendered : (List<?>) render.invoke(documents, document)) {
                bytes += ((byte[]) content.invoke(rendered)).length;
            }
            return bytes;
        }
    }

    public static void main(String[] args) throws Exception {
        Path old = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 24;
        Path current = Path.of(OfficialDocuments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<OfficialDocument> forms = new ArrayList<>();
        DemoForms.all().values().stream().filter(d -> !d.name().equals("annual-report")).forEach(d -> forms.add(d.document()));
        List<Side> sides = List.of(Side.load("old", old), Side.load("new", current));
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, List<double[]>> runs = new LinkedHashMap<>();
        double load = 0;
        for (int round = -3; round < rounds; round++) { // three rounds of warm-up
            for (Side side : sides) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                long bytes = 0;
                for (int i = 0; i < perRound; i++) {
                    bytes += side.render(forms.get(i % forms.size()));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (round >= 0) {
                    runs.computeIfAbsent(side.name(), k -> new ArrayList<>()).add(new double[] {perRound / seconds,
                        (os.getProcessCpuTime() - cpu0) / 1e6 / perRound, bytes / (double) perRound});
                }
            }
            if (round >= 0) {
                load += os.getSystemLoadAverage() / rounds;
            }
        }
        System.out.printf("%d rounds of %d forms (PDF/A + OFD each, %d journey forms in turn), mean load average %.1f"
                + " (2 cores)%n", rounds, perRound, forms.size(), load);
        List<double[]> before = runs.get("old");
        for (var e : runs.entrySet()) {
            List<double[]> r = e.getValue();
            double[] ratios = new double[r.size()];
            for (int i = 0; i < r.size(); i++) {
                ratios[i] = r.get(i)[0] / before.get(i)[0];
            }
            System.out.printf("%-4s %6.1f forms/s (max %6.1f)  CPU %6.1f ms/form  %6.0f bytes/form  forms/s ratio to old:"
                    + " median %.2f, range %.2f-%.2f%n", e.getKey(), Medians.of(r, 0), r.stream().mapToDouble(x -> x[0]).max()
                    .orElse(0), Medians.of(r, 1), Medians.of(r, 2), Medians.of(ratios), Arrays.stream(ratios).min().orElse(0),
                    Arrays.stream(ratios).max().orElse(0));
        }
    }
}
