// The canary steps input: Argo Rollouts' steps in kebab-case YAML, and each kind of nonsense refused
// with the step, the value and the fix.
import { describe, expect, it } from 'vitest';
import { blueGreenSteps, parseSteps } from '../../../src/rollout/steps.js';

describe('steps', () => {
  it('reads set-weight, timed and open pauses and analysis steps', () => {
    expect(parseSteps('- set-weight: 10\n- pause: 1m30s\n- analysis: [errors, agreement]\n- pause: {}\n- set-weight: 50\n- pause: {duration: 2s}\n- analysis: errors\n', ['errors', 'agreement'])).toEqual([
      { kind: 'set-weight', weight: 10 },
      { kind: 'pause', ms: 90_000 },
      { kind: 'analysis', metrics: ['errors', 'agreement'] },
      { kind: 'pause', ms: null },
      { kind: 'set-weight', weight: 50 },
      { kind: 'pause', ms: 2000 },
      { kind: 'analysis', metrics: ['errors'] },
    ]);
  });

  it('has a default a first rollout can use', () => {
    expect(parseSteps('', []).map((s) => s.kind)).toEqual(['set-weight', 'pause', 'set-weight', 'pause']);
  });

  it.each([
    ['- set-weight: 50\n- set-weight: 10', /^input `steps`, step 2: "set-weight: 10" lowers the weight from 50\. A canary's weights only go up/],
    ['- set-weight: 120', /^input `steps`, step 1: set-weight: "120" is not a whole percent from 0 to 100\./],
    ['- set-weight: 12.5', /set-weight: "12\.5" is not a whole percent/],
    ['- pause: 30', /^input `steps`, step 1: pause: "30" has no unit\. Write 30s for seconds/],
    ['- analysis: [nope]', /^input `steps`, step 1: analysis: "nope" is not a metric of input `analysis` \(its metrics: errors\)/],
    ['- wait: 5s', /^input `steps`, step 1: "wait" is not a step\. Use `set-weight`, `pause` or `analysis`/],
    ['- {set-weight: 10, pause: 5s}', /^input `steps`, step 1: .* is not one step\./],
    ['set-weight: 10', /^input `steps`: .* is not a list of steps/],
    ['- [unclosed', /^input `steps`: .* is not YAML/],
  ])('refuses %j', (text, message) => {
    expect(() => parseSteps(text, ['errors'])).toThrow(message);
  });

  it('makes blue/green steps: pre-promotion analysis, the switch, post-promotion analysis, the scale-down delay', () => {
    expect(blueGreenSteps({ prePromotion: ['smoke'], postPromotion: ['errors'], scaleDownDelayMs: 30_000 })).toEqual([
      { kind: 'analysis', metrics: ['smoke'] },
      { kind: 'set-weight', weight: 100 },
      { kind: 'analysis', metrics: ['errors'] },
      { kind: 'pause', ms: 30_000 },
    ]);
    expect(blueGreenSteps({ prePromotion: [], postPromotion: [], scaleDownDelayMs: 0 })).toEqual([{ kind: 'set-weight', weight: 100 }]);
  });
});
