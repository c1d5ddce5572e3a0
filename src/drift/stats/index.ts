// Pure statistics core of check-drift: two-sample tests and distances that reproduce
// scipy 1.17 / Evidently 0.7 values. No I/O, no dependencies.
export { ks2samp, type Ks2SampResult } from './ks-2samp.js';
export { chiSquare, type ChiSquareResult } from './chi-square.js';
export { igam, igamc, chi2Sf } from './incomplete-gamma.js';
export { erf, erfc, normalCdf, normalSf } from './normal.js';
export { zTestTwoProportions, type ZTestResult } from './z-test.js';
export { wassersteinDistance } from './wasserstein.js';
export { jensenShannonDistance, psi, klDiv, hellinger, fillZeroesLikeEvidently } from './divergences.js';
export { kolmogn } from './kolmogorov-n.js';
export { smirnov } from './smirnov.js';
