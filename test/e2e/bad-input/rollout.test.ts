// rollout given bad inputs (helper.ts says what each case must show): steps that make no sense,
// metrics and conditions that do not parse, a router that is not configured, addresses nginx
// cannot take, a snippet someone else wrote. Each is refused before anything is routed: no nginx runs here, and the snippet
// file named is never created.
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { badWorkspace, corpus, type BadCase } from './helper.js';

let workspace: string;
let base: Record<string, string>;
beforeAll(() => {
  workspace = badWorkspace('rollout', { 'hand-written.conf': 'upstream model-cd {\n  server 127.0.0.1:8080;\n}\n' });
  base = { stable: '127.0.0.1:8080', canary: '127.0.0.1:8081', revision: 'r1', 'nginx-snippet': join(workspace, 'model-cd.conf'), 'report-dir': 'report' };
});

const METRIC = '{name: errors, interval: 10s, count: 3, success-condition: "result < 0.01", provider: {serve: {metric: error-rate}}}';

const cases: BadCase[] = [
  { name: 'weights that go down', inputs: { steps: '[{set-weight: 50}, {set-weight: 10}]' }, names: 'input `steps`, step 2: "set-weight: 10" lowers the weight from 50' },
  { name: 'a weight over 100', inputs: { steps: '[{set-weight: 150}]' }, names: 'input `steps`, step 1: set-weight: "150" is not a whole percent from 0 to 100' },
  { name: 'steps that are not YAML', inputs: { steps: '[{set-weight: 10}' }, names: 'input `steps`: "[{set-weight: 10}" is not YAML' },
  { name: 'a step that is not one', inputs: { steps: '[{setWeight: 10}]' }, names: 'input `steps`, step 1: "setWeight" is not a step' },
  { name: 'a pause without a unit', inputs: { steps: '[{set-weight: 10}, {pause: 30}]' }, names: 'input `steps`, step 2: pause: "30" has no unit' },
  { name: 'an open pause in mode auto', inputs: { steps: '[{set-weight: 10}, {pause: {}}]' }, names: 'has an open `pause: {}`, which waits for a later job, and `mode` is `auto`' },
  { name: 'a step naming a metric analysis does not define', inputs: { steps: '[{set-weight: 10}, {analysis: [latency]}]', analysis: `[${METRIC}]` }, names: 'input `steps`, step 2: analysis: "latency" is not a metric of input `analysis` (its metrics: errors)' },
  { name: 'a metric key in Argo’s camelCase', inputs: { analysis: '[{name: errors, successCondition: "result < 1", provider: {serve: {metric: error-rate}}}]' }, names: 'input `analysis` metrics[0] key: "successCondition" is not a metric key (did you mean success-condition?)' },
  { name: 'a condition that does not parse', inputs: { analysis: '[{name: errors, success-condition: "result < ", provider: {serve: {metric: error-rate}}}]' }, names: /^input `analysis` metric "errors" `success-condition`: "result < "/ },
  { name: 'a metric without a provider', inputs: { analysis: '[{name: errors}]' }, names: 'input `analysis` metric "errors" `provider`: "" is missing' },
  { name: 'a provider that is not one', inputs: { analysis: '[{name: errors, provider: {datadog: {query: x}}}]' }, names: 'must name one provider: prometheus, serve, test-endpoint' },
  { name: 'a serve metric that is not one', inputs: { analysis: '[{name: errors, provider: {serve: {metric: accuracy}}}]' }, names: '`metric`: "accuracy" is not a serve metric' },
  { name: 'a prometheus address with credentials', inputs: { analysis: '[{name: q, provider: {prometheus: {address: "http://u:secret@127.0.0.1:9090", query: up}}}]' }, names: 'holds credentials, which would show in logs' },
  { name: 'a metric with no count in an analysis step', inputs: { steps: '[{set-weight: 10}, {analysis: [errors]}]', analysis: '[{name: errors, interval: 10s, provider: {serve: {metric: error-rate}}}]' }, names: 'input `analysis` metric "errors": "interval: 10s" has no `count`, so an analysis step that runs it would never end' },
  { name: 'a test-endpoint metric with no condition', inputs: { analysis: '[{name: checks, provider: {test-endpoint: {target: canary}}}]' }, names: 'with no condition every measurement passes. Add success-condition: result == 0' },
  { name: 'background-analysis naming an unknown metric', inputs: { analysis: `[${METRIC}]`, 'background-analysis': 'latency' }, names: 'input `background-analysis`: "latency" is not a metric of input `analysis`' },
  { name: 'a typo in strategy', inputs: { strategy: 'bluegreen' }, names: 'input `strategy`: "bluegreen" is not allowed' },
  { name: 'a typo in mode', inputs: { mode: 'resume' }, names: 'input `mode`: "resume" is not allowed' },
  { name: 'no canary', inputs: { canary: '' }, names: 'input `canary`: "" is required' },
  { name: 'a canary given as a URL', inputs: { canary: 'http://127.0.0.1:8081' }, names: 'input `canary`: "http://127.0.0.1:8081" is not an nginx server address' },
  { name: 'no nginx-snippet', inputs: { 'nginx-snippet': '' }, names: 'input `nginx-snippet`: "" is required with `provider: nginx`' },
  { name: 'a snippet model-cd did not write', inputs: { 'nginx-snippet': 'hand-written.conf' }, names: /^nginx snippet \S+hand-written\.conf: "upstream model-cd \{" is not a snippet model-cd wrote/ },
  { name: 'a bad upstream name', inputs: { 'nginx-upstream': 'model cd;' }, names: 'input `nginx-upstream`: "model cd;" is not an nginx upstream name' },
  { name: 'a ready-timeout without a unit', inputs: { 'ready-timeout': '120' }, names: 'input `ready-timeout`: "120" has no unit' },
  { name: 'start with no revision outside GitHub Actions', inputs: { mode: 'start', revision: '', steps: '[{set-weight: 10}, {pause: {}}]' }, names: 'input `revision`: "" is empty and there is no GITHUB_SHA' },
];

corpus('rollout', cases, () => ({ workspace, base }));
