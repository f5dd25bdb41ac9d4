/**
 * A Gaussian fitted to an autoencoder's codes, to sample its latent space:
 * mean μ and covariance Σ of the codes, and z = μ + Cε with Σ = CCᵀ
 * (Cholesky) and ε ~ N(0, I). Plain TypeScript; codes are at most a few
 * dozen numbers long.
 */

export interface LatentGaussian {
  dim: number;
  mean: Float64Array;
  /** Lower-triangular Cholesky factor of the covariance, row-major [dim, dim]. */
  chol: Float64Array;
}

/**
 * Added to the covariance's diagonal, relative to its mean variance: codes
 * can be (nearly) collinear, and the Cholesky factor needs a positive
 * definite matrix. Small enough not to change what samples look like.
 */
const JITTER = 1e-6;

/** The standard normal N(0, I): what a GAN's generator is trained to take. */
export function standardGaussian(dim: number): LatentGaussian {
  const chol = new Float64Array(dim * dim);
  for (let d = 0; d < dim; d++) chol[d * dim + d] = 1;
  return { dim, mean: new Float64Array(dim), chol };
}

/** Fits N(μ, Σ) to codes [n, dim] (row-major). `diagonal` keeps only the variances. */
export function fitGaussian(codes: Float32Array, n: number, dim: number, diagonal = false): LatentGaussian {
  if (n < 2) throw new Error('Fitting a Gaussian needs at least two codes.');
  const mean = new Float64Array(dim);
  for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) mean[d] += codes[i * dim + d] / n;
  const cov = new Float64Array(dim * dim);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < dim; a++) {
      const da = codes[i * dim + a] - mean[a];
      for (let b = 0; b <= a; b++) cov[a * dim + b] += (da * (codes[i * dim + b] - mean[b])) / (n - 1);
    }
  }
  let meanVar = 0;
  for (let d = 0; d < dim; d++) meanVar += cov[d * dim + d] / dim;
  const jitter = JITTER * Math.max(meanVar, 1e-12);
  for (let d = 0; d < dim; d++) cov[d * dim + d] += jitter;
  if (diagonal) {
    const chol = new Float64Array(dim * dim);
    for (let d = 0; d < dim; d++) chol[d * dim + d] = Math.sqrt(cov[d * dim + d]);
    return { dim, mean, chol };
  }
  return { dim, mean, chol: cholesky(cov, dim) };
}

/** Lower Cholesky factor of a symmetric positive definite matrix given by its lower triangle. */
export function cholesky(lower: Float64Array, dim: number): Float64Array {
  const c = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = lower[i * dim + j];
      for (let k = 0; k < j; k++) sum -= c[i * dim + k] * c[j * dim + k];
      if (i === j) {
        if (sum <= 0) throw new Error('The covariance of the codes is not positive definite.');
        c[i * dim + i] = Math.sqrt(sum);
      } else {
        c[i * dim + j] = sum / c[j * dim + j];
      }
    }
  }
  return c;
}

/** z = μ + Cε for each row of eps [count, dim]; returns [count, dim] as Float32Array. */
export function transformNoise(g: LatentGaussian, eps: Float32Array): Float32Array {
  const { dim, mean, chol } = g;
  const count = eps.length / dim;
  const out = new Float32Array(eps.length);
  for (let i = 0; i < count; i++) {
    for (let a = 0; a < dim; a++) {
      let z = mean[a];
      for (let b = 0; b <= a; b++) z += chol[a * dim + b] * eps[i * dim + b];
      out[i * dim + a] = z;
    }
  }
  return out;
}
