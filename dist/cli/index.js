#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  VERSION
} from "../cli-chunks/chunk-32734S2S.js";
import {
  actionMeta,
  actionNames
} from "../cli-chunks/chunk-2GYKKTUI.js";
import {
  ConfigurationError
} from "../cli-chunks/chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "../cli-chunks/chunk-FPI656G3.js";

// cli-entry.ts
init_define_ACTION_META();

// src/cli/main.ts
init_define_ACTION_META();

// src/common/action.ts
init_define_ACTION_META();
async function runAction(io, main) {
  try {
    return await main(io);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.annotate("error", e.message);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      io.annotate("error", `unexpected failure: ${err.message}. Please report it with the debug log (re-run with debug logging).`);
      io.debug(err.stack ?? String(err));
    }
    return 1;
  }
}

// src/actions/registry.ts
init_define_ACTION_META();
var ACTIONS = {
  "build-push": async () => (await import("../cli-chunks/build-push-UMQECZKU.js")).main,
  "check-drift": async () => (await import("../cli-chunks/check-drift-YE6BOOI5.js")).main,
  "lint-dockerfile": async () => (await import("../cli-chunks/lint-dockerfile-QJCNDHIW.js")).main,
  "publish-model": async () => (await import("../cli-chunks/publish-model-SP7PKOAY.js")).main,
  "pull-model": async () => (await import("../cli-chunks/pull-model-YHBRPM7U.js")).main,
  "scan-image": async () => (await import("../cli-chunks/scan-image-OP3QNM3J.js")).main,
  "test-endpoint": async () => (await import("../cli-chunks/test-endpoint-VIO2DFNV.js")).main,
  "test-model": async () => (await import("../cli-chunks/test-model-TQUBLTLR.js")).main
};

// src/cli/io.ts
init_define_ACTION_META();
import { appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
var CliIO = class {
  constructor(inputs, env = process.env, verbose = false) {
    this.inputs = inputs;
    this.env = env;
    this.verbose = verbose;
  }
  cwd = process.cwd();
  tempDir = tmpdir();
  outputs = [];
  secrets = [];
  input(name) {
    return this.inputs.get(name);
  }
  setOutput(name, value) {
    this.outputs.push([name, value]);
  }
  annotate(level, message, props = {}) {
    if (props.file) return;
    process.stderr.write(`${level}: ${this.mask(message)}
`);
  }
  info(message) {
    process.stdout.write(this.mask(message) + "\n");
  }
  warning(message) {
    process.stderr.write(`warning: ${this.mask(message)}
`);
  }
  debug(message) {
    if (this.verbose) process.stderr.write(`debug: ${this.mask(message)}
`);
  }
  group(_title, fn) {
    return fn();
  }
  summary(markdown) {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown);
  }
  setSecret(value) {
    if (value) this.secrets.push(value);
  }
  mask(s) {
    return this.secrets.reduce((acc, sec) => acc.split(sec).join("***"), s);
  }
};

// src/cli/main.ts
var POSITIONAL_INPUT = "files";
async function cli(argv) {
  const [action, ...rest] = argv;
  if (!action || action === "--help" || action === "-h" || action === "help") {
    process.stdout.write(topHelp());
    return action ? 0 : 2;
  }
  if (action === "--version" || action === "-V") {
    process.stdout.write(`model-cd ${VERSION}
`);
    return 0;
  }
  if (action === "serve") return (await import("../cli-chunks/serve-RVHZTYRT.js")).serveCommand(rest, process.env);
  const load = ACTIONS[action];
  if (!load) {
    process.stderr.write(`error: unknown action ${JSON.stringify(action)}. Actions: ${Object.keys(ACTIONS).join(", ")}. See \`model-cd --help\`.
`);
    return 2;
  }
  const meta = actionMeta(action);
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(actionHelp(action, meta));
    return 0;
  }
  const verbose = rest.includes("--verbose");
  let inputs;
  try {
    inputs = parseFlags(
      rest.filter((a) => a !== "--verbose"),
      action,
      meta
    );
  } catch (e) {
    if (e instanceof ConfigurationError) {
      process.stderr.write(`error: ${e.message}
`);
      return 2;
    }
    throw e;
  }
  const io = new CliIO(inputs, process.env, verbose);
  const code = await runAction(io, await load());
  for (const [name, value] of io.outputs) process.stderr.write(`output ${name}=${value.length > 500 ? value.slice(0, 500) + "\u2026" : value}
`);
  return code;
}
function parseFlags(args, action, meta) {
  const values = /* @__PURE__ */ new Map();
  const add = (name, value) => values.set(name, [...values.get(name) ?? [], value]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) {
      if (!meta.inputs[POSITIONAL_INPUT]) throw new ConfigurationError("argument", arg, `is not a flag; ${action} takes only --<input> flags.`);
      add(POSITIONAL_INPUT, arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? void 0 : eq);
    const input = meta.inputs[name];
    if (!input) {
      throw new ConfigurationError("flag", `--${name}`, `is not an input of ${action}. Inputs: ${Object.keys(meta.inputs).map((n) => `--${n}`).join(", ")}.`);
    }
    if (eq >= 0) {
      add(name, arg.slice(eq + 1));
      continue;
    }
    const next = args[i + 1];
    const isBool = input.default === "true" || input.default === "false";
    if (isBool && next !== "true" && next !== "false") add(name, "true");
    else if (next === void 0) throw new ConfigurationError("flag", `--${name}`, "needs a value.");
    else {
      add(name, next);
      i++;
    }
  }
  return new Map([...values].map(([k, v]) => [k, v.join("\n")]));
}
function topHelp() {
  const names = actionNames().filter((n) => ACTIONS[n]);
  const width = Math.max(...names.map((n) => n.length));
  return [
    `model-cd ${VERSION}: continuous delivery for ML models; the GitHub Actions, run locally.`,
    "",
    "Usage: model-cd <action> [--<input> <value> ...]",
    "       model-cd <action> --help",
    "",
    "Actions:",
    ...names.map((n) => `  ${n.padEnd(width)}  ${actionMeta(n).description}`),
    "",
    "Commands:",
    `  ${"serve".padEnd(width)}  Serve an ONNX model over HTTP (KServe v2, MLflow scoring, /metrics); see \`model-cd serve --help\`.`,
    ""
  ].join("\n");
}
function actionHelp(action, meta) {
  const lines = [`model-cd ${action}: ${meta.description}`, "", `Usage: model-cd ${action} [--<input> <value> ...]`, "", "Inputs:"];
  for (const [name, input] of Object.entries(meta.inputs)) {
    const def = input.default.trim() ? ` (default: ${input.default.trim().split("\n").join(", ")})` : "";
    lines.push(`  --${name}${def}`, ...wrap(input.description, 6));
  }
  lines.push("", "Outputs (printed to stderr as `output name=value`):");
  for (const [name, out] of Object.entries(meta.outputs)) lines.push(`  ${name}`, ...wrap(out.description, 6));
  return lines.join("\n") + "\n";
}
function wrap(text, indent) {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const out = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + w.length + 1 > 90 - indent) {
      out.push(" ".repeat(indent) + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(" ".repeat(indent) + line);
  return out;
}

// cli-entry.ts
process.exitCode = await cli(process.argv.slice(2));
