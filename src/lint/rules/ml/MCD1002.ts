// A serving image is a network-facing process that loads untrusted input (and often pickled
// weights): it should not run as root. DL3002 only sees an explicit `USER root`.
import type { Hit, Rule } from '../../rule.js';
import { chainBody, knownNonRootBase, servingFinalChain, type Stage } from './util.js';

export const MCD1002: Rule = {
  code: 'MCD1002',
  severity: 'warning',
  message: 'Set a non-root USER in the final stage of the serving image (e.g. `USER 10001`); it runs as root otherwise.',
  docs: {
    rationale:
      'A model server parses requests from the network and often loads pickle-based weights, which run code on load; as root, ' +
      'any exploit owns the container and whatever volume or token it mounts. hadolint DL3002 fires only when the last USER is ' +
      'explicitly root; an image that never sets USER also runs as root, and this rule catches that case for images that serve ' +
      '(EXPOSE, or a CMD/ENTRYPOINT starting uvicorn, gunicorn, torchserve, tritonserver, vllm, mlflow models serve, ...). ' +
      'Base images known to default to a non-root user (distroless `nonroot` tags, Chainguard) pass.',
    bad: 'FROM python:3.12-slim\nCOPY . /srv\nEXPOSE 8080\nCMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
    good:
      'FROM python:3.12-slim\nRUN useradd --uid 10001 --no-create-home app\nCOPY . /srv\nUSER 10001\nEXPOSE 8080\n' +
      'CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8080"]\n',
  },
  check: (ctx): Hit[] => {
    const serving = servingFinalChain(ctx);
    if (!serving || knownNonRootBase((serving.chain[0] as Stage).base)) return [];
    return chainBody(serving.chain).some((i) => i.keyword === 'USER') ? [] : [{ line: serving.final.from.line }];
  },
};
