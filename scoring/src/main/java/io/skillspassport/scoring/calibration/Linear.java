package io.skillspassport.scoring.calibration;

/**
 * Dense symmetric positive-definite solves by Cholesky, for the small systems of the estimation.
 */
final class Linear {

  private Linear() {}

  /** The lower Cholesky factor of {@code a}, with a ridge of 1e-12 × the largest diagonal. */
  private static double[][] cholesky(double[][] a) {
    int n = a.length;
    double ridge = 0;
    for (int i = 0; i < n; i++) {
      ridge = Math.max(ridge, Math.abs(a[i][i]));
    }
    ridge *= 1e-12;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j] + (i == j ? ridge : 0);
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(sum > 0)) {
            throw new CalibrationFailure(
                "a parameter is not identified: the information matrix is singular");
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    return l;
  }

  static double[] solve(double[][] a, double[] b) {
    return substitute(cholesky(a), b);
  }

  private static double[] substitute(double[][] l, double[] b) {
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] z = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * z[k];
      }
      z[i] = sum / l[i][i];
    }
    return z;
  }

  static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] l = cholesky(a);
    double[][] inv = new double[n][n];
    for (int c = 0; c < n; c++) {
      double[] e = new double[n];
      e[c] = 1;
      double[] col = substitute(l, e);
      for (int r = 0; r < n; r++) {
        inv[r][c] = col[r];
      }
    }
    return inv;
  }
}
