package org.sanxiang.bench;

import java.util.Arrays;
import java.util.List;

/** Medians of the interleaved benchmarks' rounds. */
final class Medians {

    private Medians() {
    }

    /** The median of one field of every round. */
    static double of(List<double[]> rounds, int field) {
        return of(rounds.stream().mapToDouble(x -> x[field]).toArray());
    }

    static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
