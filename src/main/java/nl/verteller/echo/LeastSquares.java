package nl.verteller.echo;

/** Solves small normal equations by Gaussian elimination with partial pivoting. */
final class LeastSquares {
    private LeastSquares() {
    }

    /**
     * @param equations {@code n} rows of {@code n} coefficients and the right-hand side; changed
     * @return the solution, zeros where the equations leave it undetermined (silence)
     */
    static double[] solve(double[][] equations) {
        int n = equations.length;
        double trace = 0;
        for (int k = 0; k < n; k++) {
            trace += equations[k][k];
        }
        // A touch of ridge keeps silence or a pure tone (singular equations) from blowing up.
        double ridge = 1e-9 * trace + 1e-12;
        for (int k = 0; k < n; k++) {
            equations[k][k] += ridge;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(equations[row][col]) > Math.abs(equations[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = equations[col];
            equations[col] = equations[pivot];
            equations[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = equations[row][col] / equations[col][col];
                for (int c = col; c <= n; c++) {
                    equations[row][c] -= factor * equations[col][c];
                }
            }
        }
        double[] solution = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = equations[row][n];
            for (int c = row + 1; c < n; c++) {
                sum -= equations[row][c] * solution[c];
            }
            solution[row] = sum / equations[row][row];
        }
        return solution;
    }
}
