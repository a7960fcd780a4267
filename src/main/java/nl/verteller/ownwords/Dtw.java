package nl.verteller.ownwords;

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

    private static double align(float[][] a, float[][] b, double[] perFrameOfA, double ceiling) {
        int n = a.length;
        int m = b.length;
        if (n == 0 || m == 0 || n > m * MAX_STRETCH || m > n * MAX_STRETCH) {
            return Double.POSITIVE_INFINITY;
        }
        double[][] cost = new double[n][m];
        byte[][] step = perFrameOfA == null ? null : new byte[n][m];
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
        if (perFrameOfA != null) {
            backtrack(a, b, step, perFrameOfA);
        }
        return cost[n - 1][m - 1] / (n + m);
    }

    private static void backtrack(float[][] a, float[][] b, byte[][] step, double[] perFrameOfA) {
        int[] count = new int[a.length];
        java.util.Arrays.fill(perFrameOfA, 0, a.length, 0);
        int i = a.length - 1;
        int j = b.length - 1;
        while (true) {
            perFrameOfA[i] += frameDistance(a[i], b[j]);
            count[i]++;
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
        for (int k = 0; k < a.length; k++) {
            perFrameOfA[k] /= Math.max(1, count[k]);
        }
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
