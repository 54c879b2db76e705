/**
 * Exact (Clopper–Pearson) confidence intervals for a binomial proportion, for the small counts of
 * the development sets (Clopper CJ, Pearson ES. The use of confidence or fiducial limits
 * illustrated in the case of the binomial. Biometrika 26(4):404–413, 1934). The limits are
 * quantiles of beta distributions: lower = B⁻¹(α/2; x, n − x + 1), upper = B⁻¹(1 − α/2; x + 1,
 * n − x), with lower = 0 when x = 0 and upper = 1 when x = n. The regularised incomplete beta
 * function is evaluated by its continued fraction (Abramowitz & Stegun 26.5.8, with the modified
 * Lentz algorithm), ln Γ by the Lanczos approximation (g = 7, 9 terms), and the inverse by
 * bisection, which is slow but cannot fail on a monotone function.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/**
 * ln Γ(z) for z > 0 (Lanczos approximation, relative error about 1e-15).
 * @param z - argument, > 0
 * @returns the natural logarithm of the gamma function
 * @example
 * Math.exp(logGamma(5)); // 24
 */
export function logGamma(z: number): number {
  if (z < 0.5) {
    // Reflection: Γ(z) Γ(1 − z) = π / sin(πz).
    return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  }
  const x = z - 1;
  let sum = LANCZOS[0] ?? 1;
  for (let k = 1; k < LANCZOS.length; k++) {
    sum += (LANCZOS[k] ?? 0) / (x + k);
  }
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Regularised incomplete beta function I_x(a, b), the beta(a, b) distribution function at x.
 * @param x - point, 0–1
 * @param a - first shape, > 0
 * @param b - second shape, > 0
 * @returns I_x(a, b), 0–1
 * @example
 * incompleteBeta(0.5, 2, 2); // 0.5
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) {
    return 0;
  }
  if (x >= 1) {
    return 1;
  }
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x),
  );
  // The continued fraction converges fast for x below the mean; use the symmetry above it.
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(x, a, b)) / a
    : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 500; m++) {
    for (const term of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + term * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + term / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) {
      break;
    }
  }
  return h;
}

/**
 * Inverse of {@link incompleteBeta} in x: the p-quantile of the beta(a, b) distribution.
 * @param p - probability, 0–1
 * @param a - first shape, > 0
 * @param b - second shape, > 0
 * @returns x with I_x(a, b) = p, to about 1e-12
 * @example
 * inverseIncompleteBeta(0.975, 1, 10); // 0.3084971...
 */
export function inverseIncompleteBeta(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2;
    if (incompleteBeta(mid, a, b) < p) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/**
 * Exact two-sided Clopper–Pearson interval for x successes in n trials.
 * @param x - successes, 0–n (integer)
 * @param n - trials, ≥ 0 (integer)
 * @param confidence - coverage, 0–1 (default 0.95)
 * @returns [lower, upper] as proportions 0–1; null when n = 0
 * @example
 * clopperPearson(0, 10); // [0, 0.3085]
 * clopperPearson(5, 10); // [0.1871, 0.8129]
 */
export function clopperPearson(x: number, n: number, confidence = 0.95): [number, number] | null {
  if (n <= 0) {
    return null;
  }
  const alpha = 1 - confidence;
  const lower = x <= 0 ? 0 : inverseIncompleteBeta(alpha / 2, x, n - x + 1);
  const upper = x >= n ? 1 : inverseIncompleteBeta(1 - alpha / 2, x + 1, n - x);
  return [lower, upper];
}
