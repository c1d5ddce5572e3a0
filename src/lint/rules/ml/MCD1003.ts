// Docker and Compose restart or route around a serving container by its health status; without a
// HEALTHCHECK a server that loaded no model, or hung, still counts as running.
import type { Hit, Rule } from '../../rule.js';
import { chainBody, servingFinalChain } from './util.js';

export const MCD1003: Rule = {
  code: 'MCD1003',
  severity: 'info',
  message: 'Add a HEALTHCHECK to the serving image (or `HEALTHCHECK NONE` when the orchestrator probes it).',
  docs: {
    rationale:
      'Model servers take a while to load weights and can fail to load them while the process keeps running; a HEALTHCHECK ' +
      'that hits the readiness endpoint lets Docker, Compose and Swarm tell a serving container from a broken one. hadolint ' +
      'DL3057 is off by default and fires on every stage, builders included; this rule looks only at the final stage, and only ' +
      'when it serves (EXPOSE, or a CMD/ENTRYPOINT starting a known model server). Kubernetes ignores HEALTHCHECK and uses ' +
      'its own probes: write `HEALTHCHECK NONE` to record that choice.',
    bad: 'FROM python:3.12-slim\nUSER 10001\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
    good:
      'FROM python:3.12-slim\nUSER 10001\nEXPOSE 8080\n' +
      'HEALTHCHECK --interval=30s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8080/healthz\')"]\n' +
      'CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
  },
  check: (ctx): Hit[] => {
    const serving = servingFinalChain(ctx);
    if (!serving) return [];
    // `HEALTHCHECK NONE` is a HEALTHCHECK instruction too: a deliberate choice passes.
    return chainBody(serving.chain).some((i) => i.keyword === 'HEALTHCHECK') ? [] : [{ line: serving.final.from.line }];
  },
};
