package nl.verteller.ownwords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dynamic time warping of two feature sequences: the cheapest alignment of their frames, where either
 * may go faster or slower than the other (up to 1.6 times), and its cost per frame. A patient says a word
 * more slowly when tired; the alignment follows, the sounds must still be the same.
 */
public final class Dtw {
    /** Sequences further apart in length than this factor are not the same word said at another speed. */
    public static final double MAX_STRETCH = 1.6;

    private Dtw() {
    }

    /**
     * The mean Euclidean distance of aligned frames (symmetric weights: a diagonal step counts twice,
     * so the sum is over both sequences' frames); infinite when the lengths are too far apart.
     */
    public static double distance(float[][] a, float[][] b) {
        return align(a, b, null, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #distance(float[][], float[][])}, but infinite as soon as it is sure to exceed
     * {@code ceiling}: a word far from the nearest so far is not aligned to the end.
     */
    public static double distance(float[][] a, float[][] b, double ceiling) {
        return align(a, b, null, ceiling);
    }

    /**
     * As {@link #distance}, also giving for each frame of {@code a} the mean distance to the frames of
     * {@code b} it was aligned with, so a caller can see where along {@code a} two words differ.
     */
    public static double distance(float[][] a, float[][] b, double[] perFrameOfA) {
        return align(a, b, perFrameOfA, Double.POSITIVE_INFINITY);
    }

    /**
     * The longest stretch of {@code a} that the best alignment holds on one inner frame of {@code b} (not its
     * first or last) while sounding unlike it: counting only the frames of {@code a} where {@code counted}
     * is true (all when null) and that lie more than {@code unlike} times the alignment's mean distance
     * from that frame of {@code b}. What {@code a} says between two moments of {@code b} that {@code b} has
     * nothing for; a sound of {@code b} drawn out is held too, but sounds like it. 0 when the lengths are
     * too far apart.
     */
    public static int longestHeldWithin(float[][] a, float[][] b, boolean[] counted, double unlike) {
        byte[][] step = new byte[a.length][b.length];
        double mean = cheapest(a, b, step, Double.POSITIVE_INFINITY);
        if (Double.isInfinite(mean)) {
            return 0;
        }
        int longest = 0;
        int held = 0;
        int heldOn = -1;
        // The path from its end: frames of a on the same frame of b come one after another.
        for (int[] cell : path(step)) {
            int i = cell[0];
            int j = cell[1];
            if (j != heldOn) {
                heldOn = j;
                held = 0;
            }
            boolean inner = j > 0 && j < b.length - 1;
            boolean unlikeIt = frameDistance(a[i], b[j]) > mean * unlike;
            if (inner && unlikeIt && (counted == null || i < counted.length && counted[i])) {
                held++;
                longest = Math.max(longest, held);
            }
        }
        return longest;
    }

    private static double align(float[][] a, float[][] b, double[] perFrameOfA, double ceiling) {
        byte[][] step = perFrameOfA == null ? null : new byte[a.length][b.length];
        double distance = cheapest(a, b, step, ceiling);
        if (perFrameOfA != null && Double.isFinite(distance)) {
            perFrame(a, b, path(step), perFrameOfA);
        }
        return distance;
    }

    /** The alignment's cost per frame; {@code step}, when given, gets each cell's step for {@link #path}. */
    private static double cheapest(float[][] a, float[][] b, byte[][] step, double ceiling) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0 || n > m * MAX_STRETCH || m > n * MAX_STRETCH) {
            return Double.POSITIVE_INFINITY;
        }
        double[][] cost = new double[n][m];
        // A band around the diagonal keeps the alignment from folding a word onto a part of the other.
        double band = 0.3;
        // Costs only grow along a path, and every path crosses every row: a row's cheapest cell bounds the whole.
        double bound = ceiling * (n + m);
        for (int i = 0; i < n; i++) {
            double rowCheapest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < m; j++) {
                if (Math.abs((double) i / n - (double) j / m) > band) {
                    cost[i][j] = Double.POSITIVE_INFINITY;
                    continue;
                }
                double d = frameDistance(a[i], b[j]);
                if (i == 0 && j == 0) {
                    cost[i][j] = 2 * d;
                    continue;
                }
                double diagonal = i > 0 && j > 0 ? cost[i - 1][j - 1] + 2 * d : Double.POSITIVE_INFINITY;
                double down = i > 0 ? cost[i - 1][j] + d : Double.POSITIVE_INFINITY;
                double right = j > 0 ? cost[i][j - 1] + d : Double.POSITIVE_INFINITY;
                double best = Math.min(diagonal, Math.min(down, right));
                cost[i][j] = best;
                rowCheapest = Math.min(rowCheapest, best);
                if (step != null) {
                    step[i][j] = (byte) (best == diagonal ? 0 : best == down ? 1 : 2);
                }
            }
            if (rowCheapest > bound) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return cost[n - 1][m - 1] / (n + m);
    }

    /** For each frame of {@code a}, the mean distance to the frames of {@code b} the path aligns with it. */
    private static void perFrame(float[][] a, float[][] b, List<int[]> path, double[] perFrameOfA) {
        int[] count = new int[a.length];
        Arrays.fill(perFrameOfA, 0, a.length, 0);
        for (int[] cell : path) {
            perFrameOfA[cell[0]] += frameDistance(a[cell[0]], b[cell[1]]);
            count[cell[0]]++;
        }
        for (int k = 0; k < a.length; k++) {
            perFrameOfA[k] /= Math.max(1, count[k]);
        }
    }

    /** The best alignment's cells (frame of a, frame of b), from the last back to the first. */
    private static List<int[]> path(byte[][] step) {
        List<int[]> path = new ArrayList<>();
        int i = step.length - 1;
        int j = step[0].length - 1;
        while (true) {
            path.add(new int[] {i, j});
            if (i == 0 && j == 0) {
                break;
            }
            if (i == 0) {
                j--;
            } else if (j == 0) {
                i--;
            } else {
                switch (step[i][j]) {
                    case 0 -> {
                        i--;
                        j--;
                    }
                    case 1 -> i--;
                    default -> j--;
                }
            }
        }
        return path;
    }

    static double frameDistance(float[] x, float[] y) {
        double sum = 0;
        for (int d = 0; d < x.length; d++) {
            double diff = x[d] - y[d];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }
}
