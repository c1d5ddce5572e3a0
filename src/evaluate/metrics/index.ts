export {
  ClassificationAccumulator,
  type AveragedScore,
  type ClassificationAccumulatorJSON,
  type ClassificationBatch,
  type ClassificationMetrics,
} from './classification.js';
export { RegressionAccumulator, type RegressionAccumulatorJSON, type RegressionBatch, type RegressionMetrics } from './regression.js';
export { LatencyAccumulator, percentile, type LatencyAccumulatorJSON, type LatencyMetrics } from './latency.js';
export { compareCodePoints, isNumericLabel, sortLabels } from './labels.js';
