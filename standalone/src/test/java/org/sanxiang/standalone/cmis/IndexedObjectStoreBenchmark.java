package org.sanxiang.standalone.cmis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ObjectList;
import org.apache.chemistry.opencmis.commons.data.PropertyData;
import org.apache.chemistry.opencmis.commons.enums.IncludeRelationships;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyIdImpl;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.PropertyStringImpl;
import org.apache.chemistry.opencmis.inmemory.ConfigurationSettings;
import org.apache.chemistry.opencmis.inmemory.DummyCallContext;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.Folder;
import org.apache.chemistry.opencmis.inmemory.storedobj.api.ObjectStore;
import org.apache.chemistry.opencmis.inmemory.storedobj.impl.ObjectStoreImpl;

/**
 * Time per create in the embedded repository's store with 1,000 and 10,000 objects already in it, the indexed
 * store against the InMemory store, interleaved in one process: 500 documents into one folder, and 500 documents
 * each into a folder of its own (the folder's create counted too); then a query by name
 * ({@code SELECT cmis:objectId FROM cmis:document WHERE cmis:name = '…'}) through {@link IndexedStoreManager},
 * offered the named objects only against the same query run over every object (a conjunct the store does not
 * recognise), interleaved in one store. Prints two tables; asserts nothing.
 *
 * <pre>
 * mvn -q -o -pl standalone -am package -DskipTests
 * java -cp "standalone/target/test-classes:$(ls standalone/target/sanxiang-standalone-*-all.jar)" \
 *     org.sanxiang.standalone.cmis.IndexedObjectStoreBenchmark [rounds]
 * </pre>
 */
public final class IndexedObjectStoreBenchmark {

    private static final int CREATES = 500;
    private static final String USER = "Admin";

    private IndexedObjectStoreBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ConfigurationSettings.init(new HashMap<>());
        Map<String, Function<String, ObjectStore>> kinds = Map.of(
                "indexed", IndexedObjectStore::new,
                "InMemory", ObjectStoreImpl::new);
        System.out.println("| objects in the store | store | fill µs/create | one folder µs/create | own folders µs/create |");
        System.out.println("|---:|---|---:|---:|---:|");
        for (int size : new int[] {1_000, 10_000}) {
            Map<String, List<double[]>> results = new HashMap<>();
            for (int round = 0; round < rounds; round++) {
                List<String> order = round % 2 == 0 ? List.of("indexed", "InMemory") : List.of("InMemory", "indexed");
                for (String kind : order) {
                    results.computeIfAbsent(kind, k -> new ArrayList<>()).add(run(kinds.get(kind).apply("bench"), size));
                }
            }
            for (String kind : List.of("indexed", "InMemory")) {
                double[] m = median(results.get(kind));
                System.out.printf(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f |%n", size, kind, m[0], m[1], m[2]);
            }
            double[] i = median(results.get("indexed"));
            double[] p = median(results.get("InMemory"));
            System.out.printf(Locale.ROOT, "| %,d | InMemory / indexed | %.1f× | %.1f× | %.1f× |%n", size,
                    p[0] / i[0], p[1] / i[1], p[2] / i[2]);
        }
        nameQueries(rounds);
    }

    /** µs per name query, scoped and over every object, in one store of each size; rows checked equal. */
    private static void nameQueries(int rounds) {
        System.out.println();
        System.out.println("| objects in the store | name query µs, scoped | over every object µs | every object / scoped |");
        System.out.println("|---:|---:|---:|---:|");
        for (int size : new int[] {1_000, 10_000}) {
            IndexedStoreManager manager = new IndexedStoreManager();
            String repository = "bench" + size;
            manager.createAndInitRepository(repository, null);
            ObjectStore store = manager.getObjectStore(repository);
            run(store, size);
            String scoped = "SELECT cmis:objectId FROM cmis:document WHERE cmis:name = 'doc" + (size / 2) + "'";
            String unscoped = scoped + " AND NOT (cmis:objectId = 'none')";
            List<Double> s = new ArrayList<>();
            List<Double> u = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                if (round % 2 == 0) {
                    s.add(query(manager, repository, scoped));
                    u.add(query(manager, repository, unscoped));
                } else {
                    u.add(query(manager, repository, unscoped));
                    s.add(query(manager, repository, scoped));
                }
            }
            double ms = s.stream().sorted().toList().get(s.size() / 2);
            double mu = u.stream().sorted().toList().get(u.size() / 2);
            System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.0f× |%n", size, ms, mu, mu / ms);
        }
    }

    private static double query(IndexedStoreManager manager, String repository, String statement) {
        int queries = 200;
        long t = System.nanoTime();
        for (int n = 0; n < queries; n++) {
            ObjectList rows = manager.query(new DummyCallContext(), USER, repository, statement, false, false,
                    IncludeRelationships.NONE, "cmis:none", null, null);
            if (rows.getNumItems().intValue() != 1) {
                throw new IllegalStateException(statement + ": " + rows.getNumItems() + " rows");
            }
        }
        return (System.nanoTime() - t) / 1e3 / queries;
    }

    /** Fills the store with {@code size} documents in 100 folders, then times the two create patterns. */
    private static double[] run(ObjectStore store, int size) {
        Folder root = store.getRootFolder();
        List<Folder> folders = new ArrayList<>();
        for (int f = 0; f < 100; f++) {
            folders.add(store.createFolder("f" + f, null, USER, root, null, null, null));
        }
        long t0 = System.nanoTime();
        for (int n = 0; n < size - 100; n++) {
            store.createDocument(props("doc" + n), USER, folders.get(n % 100), null, null, null, null);
        }
        double fill = (System.nanoTime() - t0) / 1e3 / (size - 100);

        Folder one = store.createFolder("one", null, USER, root, null, null, null);
        long t1 = System.nanoTime();
        for (int n = 0; n < CREATES; n++) {
            store.createDocument(props("one" + n), USER, one, null, null, null, null);
        }
        double oneFolder = (System.nanoTime() - t1) / 1e3 / CREATES;

        long t2 = System.nanoTime();
        for (int n = 0; n < CREATES; n++) {
            Folder own = store.createFolder("own" + n, null, USER, root, null, null, null);
            store.createDocument(props("doc"), USER, own, null, null, null, null);
        }
        double ownFolders = (System.nanoTime() - t2) / 1e3 / CREATES;
        return new double[] {fill, oneFolder, ownFolders};
    }

    private static double[] median(List<double[]> runs) {
        double[] m = new double[3];
        for (int c = 0; c < 3; c++) {
            final int column = c;
            double[] sorted = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
            m[c] = sorted[sorted.length / 2];
        }
        return m;
    }

    private static Map<String, PropertyData<?>> props(String name) {
        Map<String, PropertyData<?>> props = new HashMap<>();
        props.put(PropertyIds.NAME, new PropertyStringImpl(PropertyIds.NAME, name));
        props.put(PropertyIds.OBJECT_TYPE_ID, new PropertyIdImpl(PropertyIds.OBJECT_TYPE_ID, "cmis:document"));
        return props;
    }
}
