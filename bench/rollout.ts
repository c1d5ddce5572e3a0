// rollout on nginx, measured with the end-to-end tests' own stack (test/integration/rollout/
// rollout-lib.ts: a real nginx in front of real serve processes, the rollout action's bundle run as
// a workflow step, a keepalive load through nginx for the whole run). Run by vite-node, which runs
// that TypeScript as it is:
//
//   npm run build && npm run bench:rollout [-- --rollbacks 10 --scrapes 300]
//
//  1. --rollbacks canaries whose model fails on the rows it gets, each rolled back by a background
//     serve error-rate metric (interval 1s): the time from the breach being measured to traffic
//     back on stable (rollout's `rollback-seconds`), its distribution, and the requests lost in
//     transit (connection errors and timeouts; the failing model's own 500s are the breach).
//     The peer: the same switch by hand, the snippet written and `nginx -t && nginx -s reload` run
//     and waited for, the floor any nginx rollback pays.
//  2. A good canary 0 -> 10 -> 50 -> 100: requests lost over the weight changes.
//  3. What the analysis costs the serving process: CPU time serve spends answering --scrapes
//     /metrics scrapes (what the serve provider reads each interval), per scrape and as a share of
//     one core at one scrape per second.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setup as pythonSetup } from '../test/setup/python-envs.js';
import { parseExports } from '../test/setup/env.js';
import { WITH_BAD_ROW, held, host, leave, lost, runRollout, snippet, startStack, type Stack } from '../test/integration/rollout/rollout-lib.js';

const arg = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] as string) : def;
};
const ROLLBACKS = Number(arg('rollbacks', '10'));
const SCRAPES = Number(arg('scrapes', '300'));

const sh = (script: string, ...args: string[]) => execFileSync('bash', [`scripts/${script}`, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
sh('builders.sh');
sh('services.sh', 'start', 'all');
Object.assign(process.env, parseExports(sh('services.sh', 'env', 'all')));
await pythonSetup();

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
};
const fmt = (xs: number[]) => `min ${Math.min(...xs).toFixed(3)}  median ${quantile(xs, 0.5).toFixed(3)}  p90 ${quantile(xs, 0.9).toFixed(3)}  max ${Math.max(...xs).toFixed(3)} s`;

/** CPU seconds a process has used (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The peer: the same rollback done by hand, the snippet written, tested and reloaded, waited for. */
async function byHand(stack: Stack): Promise<number> {
  const [nginx, ...args] = stack.nginx.command as [string, ...string[]];
  const master = Number(readFileSync(stack.nginx.pidFile, 'utf8'));
  const workers = () => execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(master)], { encoding: 'utf8' }).trim().split('\n');
  const before = new Set(workers().map((l) => l.trim().split(' ')[0]));
  const t0 = performance.now();
  writeFileSync(stack.nginx.snippetPath, snippet({ ...held(stack.nginx), canary: null, weight: 0 }));
  execFileSync(nginx, [...args, '-t'], { stdio: 'ignore' });
  execFileSync(nginx, [...args, '-s', 'reload'], { stdio: 'ignore' });
  // Live once new workers run and none of the old ones still accepts.
  for (;;) {
    const now = workers();
    const fresh = now.some((l) => !before.has(l.trim().split(' ')[0]));
    const old = now.some((l) => before.has(l.trim().split(' ')[0]) && !l.includes('shutting down'));
    if (fresh && !old) return (performance.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const stack = await startStack();
try {
  console.log(`bench: ${ROLLBACKS} rollbacks of a failing canary at 10% (background serve error-rate, interval 1s, window 1s)`);
  const rollback: number[] = [];
  const detect: number[] = [];
  const peer: number[] = [];
  let lostAll = 0;
  let sent = 0;
  for (let i = 0; i < ROLLBACKS; i++) {
    const r = await runRollout(
      stack,
      {
        canary: host(stack.failing),
        revision: `bench-${i}`,
        steps: '[{set-weight: 10}, {pause: 60s}]',
        analysis: '[{name: canary-errors, interval: 1s, success-condition: "result < 0.05", provider: {serve: {target: canary, metric: error-rate, window: 1s}}}]',
      },
      WITH_BAD_ROW,
    );
    if (r.step.outputs.status !== 'rolled-back') throw new Error(`rollback ${i} ended ${r.step.outputs.status}: ${r.step.stdout}`);
    rollback.push(Number(r.step.outputs['rollback-seconds']));
    const routed = r.report?.events.find((e) => e.kind === 'weight')?.at as number;
    detect.push(((r.report?.failure?.breachAt as number) - routed) / 1000);
    const l = lost(r.counts);
    lostAll += Object.values(l.errors).reduce((a, b) => a + b, 0) + l.timeouts;
    sent += r.counts.sent;
    // The peer's switch from the same split: put the failing canary back at 10%, then by hand.
    await leave(stack, { ...held(stack.nginx), canary: host(stack.failing), weight: 10, status: 'progressing', step: 1, revision: `peer-${i}` });
    peer.push(await byHand(stack));
    // Leave the router as rollout wrote it for the next round.
    await leave(stack, { ...held(stack.nginx), canary: null, weight: 0, status: 'rolled-back' });
  }
  console.log(`  breach -> traffic back on stable (rollout): ${fmt(rollback)}`);
  console.log(`  the same switch by hand (nginx -t, reload):  ${fmt(peer)}`);
  console.log(`  ratio of medians rollout / by hand: ${(quantile(rollback, 0.5) / quantile(peer, 0.5)).toFixed(2)}`);
  console.log(`  first weight change -> breach measured:      ${fmt(detect)}`);
  console.log(`  requests lost in transit: ${lostAll} of ${sent}`);

  const good = await runRollout(stack, { canary: host(stack.candidate), revision: 'bench-good', steps: '[{set-weight: 10}, {pause: 2s}, {set-weight: 50}, {pause: 2s}]' });
  const g = lost(good.counts);
  console.log(`bench: a good canary 0 -> 10 -> 50 -> 100: ${good.step.outputs.status}, ${good.counts.sent} requests, ${Object.values(g.errors).reduce((a, b) => a + b, 0) + g.timeouts} lost, ${Object.values(good.counts.non2xx).reduce((a, b) => a + b, 0)} non-2xx`);

  const pid = stack.champion.proc.pid as number;
  const c0 = cpuSeconds(pid);
  const t0 = performance.now();
  for (let i = 0; i < SCRAPES; i++) await (await fetch(`${stack.champion.url}/metrics`)).text();
  const perScrape = (cpuSeconds(pid) - c0) / SCRAPES;
  console.log(`bench: serve's CPU per /metrics scrape: ${(perScrape * 1000).toFixed(2)} ms (${SCRAPES} scrapes, ${((performance.now() - t0) / SCRAPES).toFixed(2)} ms each end to end); at one scrape a second per metric, ${(perScrape * 100).toFixed(2)}% of one core`);
} finally {
  await stack.stop();
}
