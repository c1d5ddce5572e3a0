import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  RegistryClient,
  dockerArch,
  pickPlatform,
  readBlob,
  resolveRef,
  runCommand
} from "./chunk-6AT3NUQ7.js";
import {
  TarError,
  extractTar,
  safeRelative
} from "./chunk-XZC4LR2O.js";
import {
  hashing
} from "./chunk-GOJ3UU2V.js";
import {
  HttpError,
  describeFetchError,
  fetchWithRetry,
  redact
} from "./chunk-6SQENMC6.js";
import {
  require_dist
} from "./chunk-YQEE2Z4F.js";
import {
  parseDockerfile,
  toUri
} from "./chunk-YVT3FYAE.js";
import {
  cell,
  link,
  plain
} from "./chunk-J33SUZGY.js";
import {
  which
} from "./chunk-AC4XLMWU.js";
import {
  VERSION
} from "./chunk-32734S2S.js";
import {
  bool,
  list,
  number,
  oneOf,
  output,
  readInputs,
  string,
  writeFileAtomic
} from "./chunk-ZKYIUTKU.js";
import "./chunk-2GYKKTUI.js";
import {
  ConfigurationError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  __toESM,
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/actions/scan-image.ts
init_define_ACTION_META();
import { homedir } from "node:os";
import { join as join6, resolve as resolve4 } from "node:path";

// src/scan/scan-image.ts
init_define_ACTION_META();
import { mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync4, rmSync as rmSync2 } from "node:fs";
import { join as join5, relative, resolve as resolve3 } from "node:path";

// src/scan/db.ts
init_define_ACTION_META();
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var validDate = (s) => {
  const at = s ? new Date(s) : null;
  return at && !Number.isNaN(at.getTime()) ? at : null;
};
function trivyDbStatus(cacheDir) {
  const meta = join(cacheDir, "db", "metadata.json");
  const db = join(cacheDir, "db", "trivy.db");
  const hasMeta = existsSync(meta);
  const hasDb = existsSync(db);
  if (!hasMeta && !hasDb) return { builtAt: null, damage: null };
  if (!hasDb) return { builtAt: null, damage: "db/trivy.db is missing beside db/metadata.json" };
  if (!hasMeta) return { builtAt: null, damage: "db/metadata.json is missing beside db/trivy.db" };
  try {
    const at = validDate(JSON.parse(readFileSync(meta, "utf8")).UpdatedAt);
    return at ? { builtAt: at, damage: null } : { builtAt: null, damage: "db/metadata.json has no UpdatedAt date" };
  } catch (e) {
    return { builtAt: null, damage: `db/metadata.json is not JSON (${e.message})` };
  }
}
var NO_GRYPE_DB = /^database does not exist$/i;
function grypeDbStatus(statusJson) {
  let s;
  try {
    s = JSON.parse(statusJson);
  } catch {
    return { builtAt: null, damage: null };
  }
  if (s.valid) return { builtAt: validDate(s.built), damage: null };
  const error = (s.error ?? "").trim();
  return { builtAt: null, damage: error && !NO_GRYPE_DB.test(error) ? error : null };
}
function parseMaxAge(raw) {
  const v = raw.trim();
  if (v === "" || v === "0") return null;
  const m = /^(\d+(?:\.\d+)?)\s*([hd])$/.exec(v);
  if (!m) throw new ConfigurationError("input `max-db-age`", raw, "is not an age. Give hours or days, e.g. `36h` or `5d`, or `0` for no limit.");
  return Number(m[1]) * (m[2] === "d" ? 24 : 1);
}
function ageHours(status2, now) {
  return status2.builtAt ? Math.max(0, (now.getTime() - status2.builtAt.getTime()) / 36e5) : null;
}
function describeAge(hours) {
  return hours < 48 ? `${Number(hours.toFixed(1))} h` : `${Number((hours / 24).toFixed(1))} days`;
}

// src/scan/engine.ts
init_define_ACTION_META();
import { execFile } from "node:child_process";
import { existsSync as existsSync3, mkdirSync, readFileSync as readFileSync3, rmSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/scan/grype.ts
init_define_ACTION_META();

// src/scan/trivy.ts
init_define_ACTION_META();
function trivyScanArgs(s) {
  const args = ["image", "--format", "json", "--output", s.output, "--list-all-pkgs", "--scanners", "vuln"];
  args.push("--cache-dir", s.cacheDir, "--timeout", `${s.timeoutSeconds}s`, "--no-progress", "--quiet");
  args.push("--skip-version-check", "--disable-telemetry");
  if (s.offline) args.push("--skip-db-update", "--skip-java-db-update", "--offline-scan");
  if (s.dbRepositories.length) args.push("--db-repository", s.dbRepositories.join(","));
  if (s.platform) args.push("--platform", s.platform);
  switch (s.source.kind) {
    case "oci":
      args.push("--input", s.source.ref ? `${s.source.layout}:${s.source.ref}` : s.source.layout);
      break;
    case "docker-archive":
      args.push("--input", s.source.file);
      break;
    case "registry":
      args.push("--image-src", "remote", s.source.ref);
      break;
  }
  return args;
}
function trivyConvertArgs(report, sbom) {
  return ["convert", "--format", "cyclonedx", "--output", sbom, "--quiet", report];
}
function parseTrivyReport(report) {
  const findings = [];
  let packages = 0;
  for (const r of report.Results ?? []) {
    packages += r.Packages?.length ?? 0;
    for (const v of r.Vulnerabilities ?? []) {
      const purl = v.PkgIdentifier?.PURL ?? null;
      findings.push({
        id: v.VulnerabilityID ?? "",
        aliases: v.VendorIDs ?? [],
        severity: severityOf(v.Severity),
        cvss: bestScore(v.CVSS),
        package: v.PkgName ?? "",
        version: v.InstalledVersion ?? "",
        // trivy lists every fixed version ("1.2.5, 2.0.1"); the first is the one to move to on this line.
        fixedVersion: v.FixedVersion ? v.FixedVersion.split(",")[0].trim() : null,
        type: purlType(purl) ?? typeOf(r.Type),
        purl,
        path: v.PkgPath ? `/${v.PkgPath.replace(/^\/+/, "")}` : null,
        layer: v.Layer?.DiffID ?? null,
        title: v.Title ?? v.Description?.split("\n")[0] ?? "",
        url: v.PrimaryURL ?? null
      });
    }
  }
  const os = report.Metadata?.OS ? [report.Metadata.OS.Family, report.Metadata.OS.Name].filter(Boolean).join(" ") : null;
  return { findings, packages, os: os || null, diffIds: report.Metadata?.DiffIDs ?? [], version: report.Trivy?.Version || null };
}
function severityOf(s) {
  const v = (s ?? "").toLowerCase();
  return v === "critical" || v === "high" || v === "medium" || v === "low" || v === "negligible" ? v : "unknown";
}
function bestScore(cvss) {
  let best = null;
  for (const c of Object.values(cvss ?? {})) {
    for (const s of [c.V40Score, c.V3Score]) if (typeof s === "number" && (best === null || s > best)) best = s;
  }
  return best;
}
function purlType(purl) {
  const m = purl ? /^pkg:([a-z0-9.+-]+)\//i.exec(purl) : null;
  return m ? m[1].toLowerCase() : null;
}
var TYPES = { "python-pkg": "pypi", "node-pkg": "npm", gobinary: "golang", jar: "maven", "gemspec": "gem", debian: "deb", ubuntu: "deb", alpine: "apk", redhat: "rpm" };
function typeOf(t) {
  return (t && TYPES[t]) ?? t ?? "unknown";
}

// src/scan/grype.ts
function grypeTarget(source, singleImageLayout2) {
  switch (source.kind) {
    case "oci":
      return `oci-dir:${singleImageLayout2 ?? source.layout}`;
    case "docker-archive":
      return `docker-archive:${source.file}`;
    case "registry":
      return `registry:${source.ref}`;
  }
}
function grypeScanArgs(s) {
  const args = [s.target, "--output", `json=${s.output}`, "--output", `cyclonedx-json=${s.sbom}`, "--scope", "squashed"];
  if (s.platform) args.push("--platform", s.platform);
  return args;
}
function grypeEnv(o) {
  const env = {
    GRYPE_DB_CACHE_DIR: o.cacheDir,
    GRYPE_DB_AUTO_UPDATE: String(o.autoUpdate),
    GRYPE_DB_VALIDATE_AGE: "false",
    GRYPE_CHECK_FOR_APP_UPDATE: "false",
    GRYPE_DB_UPDATE_DOWNLOAD_TIMEOUT: `${o.timeoutSeconds}s`
  };
  if (o.dbUrl) env.GRYPE_DB_UPDATE_URL = o.dbUrl;
  return env;
}
var OS_TYPES = /* @__PURE__ */ new Set(["deb", "apk", "rpm", "alpm", "portage"]);
var TYPES2 = { python: "pypi", "go-module": "golang", "java-archive": "maven", "rust-crate": "cargo" };
function parseGrypeReport(report, packages) {
  const findings = [];
  for (const m of report.matches ?? []) {
    const v = m.vulnerability ?? {};
    const a = m.artifact ?? {};
    const related = m.relatedVulnerabilities ?? [];
    const purl = a.purl || null;
    const type = purlType(purl) ?? TYPES2[a.type ?? ""] ?? a.type ?? "unknown";
    const location = a.locations?.[0];
    const scores = [...v.cvss ?? [], ...related.flatMap((r) => r.cvss ?? [])].map((c) => c.metrics?.baseScore).filter((s) => typeof s === "number" && s > 0);
    const fixed = v.fix?.state === "fixed" ? v.fix.versions?.[0] ?? null : null;
    findings.push({
      id: v.id ?? "",
      aliases: related.map((r) => r.id ?? "").filter((id) => id && id !== v.id),
      severity: severityOf(v.severity),
      cvss: scores.length ? Math.max(...scores) : null,
      package: a.name ?? "",
      version: a.version ?? "",
      fixedVersion: fixed,
      type,
      purl,
      // OS packages are read from the package database; only language packages have a file of their own.
      path: !OS_TYPES.has(a.type ?? "") && location?.path ? location.path : null,
      layer: location?.layerID ?? null,
      title: (v.description ?? related.find((r) => r.description)?.description ?? "").split("\n")[0],
      url: v.dataSource ?? v.urls?.[0] ?? related.find((r) => r.urls?.length)?.urls?.[0] ?? null
    });
  }
  const os = report.distro?.name ? [report.distro.name, report.distro.version].filter(Boolean).join(" ") : null;
  const diffIds = (report.source?.target?.layers ?? []).map((l) => l.digest ?? "").filter(Boolean);
  return { findings, packages, os, diffIds, version: report.descriptor?.version || null };
}

// src/scan/image-source.ts
init_define_ACTION_META();
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync } from "node:fs";
import { resolve } from "node:path";
var SUBJECT = "input `image`";
var FORMS = "Give a registry reference (`registry/repository:tag` or `\u2026@sha256:<digest>`, build-push's `image` output), `oci:<folder>[:<tag>]` or `docker-archive:<file.tar>`.";
var REFERENCE = /^((?:[a-zA-Z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
function parseImageSource(raw, cwd) {
  const value = raw.trim();
  if (!value) throw new ConfigurationError(SUBJECT, raw, `is required. ${FORMS}`);
  if (value.startsWith("oci:")) return ociLayout(value, cwd);
  if (value.startsWith("docker-archive:")) return dockerArchive(value, cwd);
  const m = REFERENCE.exec(value);
  if (!m) throw new ConfigurationError(SUBJECT, raw, `is not an image reference. ${FORMS}`);
  const name = m[1];
  const first = name.split("/")[0];
  const host = name.includes("/") && /[.:]|^localhost$/.test(first) ? first : "docker.io";
  return { kind: "registry", ref: value, host };
}
function ociLayout(value, cwd) {
  const m = /^oci:(.+?)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?$/.exec(value);
  const folder = m?.[1];
  if (!folder) throw new ConfigurationError(SUBJECT, value, `is not an OCI layout reference. ${FORMS}`);
  const layout = resolve(cwd, folder);
  const kind = pathKind(layout);
  if (kind !== "folder") {
    throw new ConfigurationError(SUBJECT, value, `names ${layout}, which ${kind === "missing" ? "does not exist" : "is a file, not a folder"}. An OCI layout is a folder holding index.json: point it at the folder build-push (or skopeo copy, buildah push) wrote${kind === "file" ? ", or use `docker-archive:` for an archive" : ""}.`);
  }
  let index;
  try {
    index = JSON.parse(readFileSync2(resolve(layout, "index.json"), "utf8"));
  } catch (e) {
    const why = e.code === "ENOENT" ? "has no index.json" : `has an unreadable index.json (${e.message})`;
    throw new ConfigurationError(SUBJECT, value, `names ${layout}, which ${why}, so it is not an OCI image layout. Point it at the folder build-push (or skopeo copy, buildah push) wrote.`);
  }
  const manifests = Array.isArray(index.manifests) ? index.manifests : [];
  const tags = manifests.map((d) => d.annotations?.["org.opencontainers.image.ref.name"]).filter((t) => !!t);
  const ref = m?.[2] ?? "";
  if (ref && !tags.includes(ref)) {
    throw new ConfigurationError(SUBJECT, value, `names the tag ${JSON.stringify(ref)}, which ${layout} does not hold (tags: ${tags.join(", ") || "none"}). Give one of its tags.`);
  }
  if (!ref && manifests.length !== 1) {
    throw new ConfigurationError(SUBJECT, value, `holds ${manifests.length} images; name one with \`oci:<folder>:<tag>\` (tags: ${tags.join(", ") || "none"}).`);
  }
  const chosen = ref ? manifests.find((d) => d.annotations?.["org.opencontainers.image.ref.name"] === ref) : manifests[0];
  return { kind: "oci", layout, ref, digest: chosen?.digest ?? "" };
}
function dockerArchive(value, cwd) {
  const file = resolve(cwd, value.slice("docker-archive:".length));
  const kind = pathKind(file);
  if (kind !== "file") {
    const what = kind === "missing" ? "does not exist" : `is a folder, not a file${existsSync2(resolve(file, "index.json")) ? " (an OCI layout: use `oci:` for it)" : ""}`;
    throw new ConfigurationError(SUBJECT, value, `names ${file}, which ${what}. Give the archive build-push (or \`docker save\`) wrote.`);
  }
  return { kind: "docker-archive", file };
}
function pathKind(path) {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
var onLoopback = (host) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
function describeSource(s) {
  switch (s.kind) {
    case "oci":
      return `oci:${s.layout}${s.ref ? `:${s.ref}` : ""}`;
    case "docker-archive":
      return `docker-archive:${s.file}`;
    case "registry":
      return s.ref;
  }
}

// src/scan/engine.ts
async function dbStatus(o) {
  const s = await readDbStatus(o);
  if (s.damage) throw damagedDb(o.scanner, o.cacheDir, s.damage);
  return s;
}
function readDbStatus(o) {
  if (o.scanner === "trivy") return Promise.resolve(trivyDbStatus(o.cacheDir));
  return capture(o.binary, ["db", "status", "-o", "json"], { ...o.env, ...grypeEnv({ cacheDir: o.cacheDir, dbUrl: "", autoUpdate: false, timeoutSeconds: 60 }) }, o.cwd).then(async (r) => {
    if (!isJson(r.out)) await scannerVersion(o.scanner, o.binary, o.env, o.cwd);
    return grypeDbStatus(r.out);
  });
}
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
async function scannerVersion(scanner, binary, env, cwd) {
  const r = await capture(binary, scanner === "trivy" ? ["--version", "--format", "json"] : ["version", "-o", "json"], env, cwd);
  try {
    const v = JSON.parse(r.out);
    return v.Version ?? v.version ?? "unknown";
  } catch {
    throw new ServiceError(`${binary} is not a working ${scanner}: \`${scanner} ${scanner === "trivy" ? "--version" : "version"}\` printed no version (${r.out.trim().slice(0, 200) || `exit ${r.code}`}). Check \`scanner-path\`.`);
  }
}
async function runEngine(o) {
  const made = mkdirSync(o.cacheDir, { recursive: true });
  try {
    const r = await scanWithDb(o);
    return { ...r, version: (r.version ?? await scannerVersion(o.scanner, o.binary, o.env, o.cwd)).replace(/^v/, "") };
  } catch (e) {
    if (made && !(await readDbStatus(o).catch(() => ({ builtAt: null }))).builtAt) rmSync(made, { recursive: true, force: true });
    throw e;
  }
}
async function scanWithDb(o) {
  const env = { ...o.env, ...o.scanner === "trivy" ? trivyAuthEnv(o) : grypeAuthEnv(o) };
  const before = o.db ?? await readDbStatus(o);
  if (before.damage) {
    if (o.offline) throw damagedDb(o.scanner, o.cacheDir, before.damage);
    o.log(`The ${o.scanner} DB in ${o.cacheDir} cannot be read (${before.damage}); fetching it again.`);
    removeDb(o.scanner, o.cacheDir);
  } else if (o.offline && !before.builtAt) {
    throw new ServiceError(`offline: there is no ${o.scanner} vulnerability DB in ${o.cacheDir} to scan with. Run once with \`offline: false\` to fetch it (or restore the cache folder with actions/cache; docs/scan-image.md shows how).`);
  }
  let run = await scanOnce(o, env);
  if (run.code !== 0 && !o.offline && dbUnreadable(errorText(run.tail))) {
    o.log(`The ${o.scanner} DB in ${o.cacheDir} cannot be read; fetching it again.`);
    removeDb(o.scanner, o.cacheDir);
    run = await scanOnce(o, env);
  }
  if (run.code !== 0) {
    await scannerVersion(o.scanner, o.binary, o.env, o.cwd);
    throw scanFailure(o, run);
  }
  const parsed = readReport(o);
  if (o.scanner === "trivy") {
    const c = await runCommand({ file: o.binary, args: trivyConvertArgs(o.reportPath, o.sbomPath) }, { env, cwd: o.cwd, onLine: o.debug });
    if (c.code !== 0) throw new ServiceError(`trivy could not write the CycloneDX SBOM from its report (exit ${c.code}): ${scannerSaid(c.tail) || `exit ${c.code}`}`);
  }
  return { ...parsed, db: o.offline ? before : await readDbStatus(o) };
}
function scanOnce(o, env) {
  const timeoutMs = o.timeoutSeconds * 1e3;
  if (o.scanner === "trivy") {
    const args2 = trivyScanArgs({
      source: o.source,
      cacheDir: o.cacheDir,
      dbRepositories: o.dbRepository ? o.dbRepository.split(",").map((s) => s.trim()).filter(Boolean) : [],
      offline: o.offline,
      timeoutSeconds: o.timeoutSeconds,
      platform: o.platform,
      output: o.reportPath
    });
    return runCommand({ file: o.binary, args: args2 }, { env, cwd: o.cwd, onLine: o.debug, timeoutMs });
  }
  const target = grypeTarget(o.source, o.source.kind === "oci" ? singleImageLayout(o.source, o.scratch) : null);
  const args = grypeScanArgs({ target, platform: o.platform, output: o.reportPath, sbom: o.sbomPath });
  const genv = { ...env, ...grypeEnv({ cacheDir: o.cacheDir, dbUrl: o.dbRepository, autoUpdate: !o.offline, timeoutSeconds: o.timeoutSeconds }) };
  return runCommand({ file: o.binary, args }, { env: genv, cwd: o.cwd, onLine: o.debug, timeoutMs });
}
function singleImageLayout(source, scratch) {
  const index = JSON.parse(readFileSync3(join2(source.layout, "index.json"), "utf8"));
  if (index.manifests.length === 1) return null;
  const chosen = index.manifests.filter((m) => m.annotations?.["org.opencontainers.image.ref.name"] === source.ref);
  const dir = join2(scratch, "oci-view");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join2(source.layout, "oci-layout"), join2(dir, "oci-layout"));
  writeFileSync(join2(dir, "index.json"), JSON.stringify({ ...index, manifests: chosen.slice(0, 1) }));
  symlinkSync(join2(source.layout, "blobs"), join2(dir, "blobs"));
  return dir;
}
function readReport(o) {
  let json;
  try {
    json = JSON.parse(readFileSync3(o.reportPath, "utf8"));
  } catch (e) {
    throw new ServiceError(`${o.scanner} exited 0 but its report ${o.reportPath} cannot be read (${e.message}).`);
  }
  if (o.scanner === "trivy") return parseTrivyReport(json);
  return parseGrypeReport(json, sbomComponents(o.sbomPath));
}
function sbomComponents(path) {
  try {
    const sbom = JSON.parse(readFileSync3(path, "utf8"));
    return (sbom.components ?? []).filter((c) => c.type === "library" || c.type === "application").length;
  } catch {
    return 0;
  }
}
function trivyAuthEnv(o) {
  const env = {};
  if (o.credentials) Object.assign(env, { TRIVY_USERNAME: o.credentials.username, TRIVY_PASSWORD: o.credentials.password });
  return env;
}
function grypeAuthEnv(o) {
  const env = {};
  if (o.source.kind !== "registry") return env;
  if (onLoopback(o.source.host)) env.GRYPE_REGISTRY_INSECURE_USE_HTTP = "true";
  if (o.credentials) {
    Object.assign(env, {
      GRYPE_REGISTRY_AUTH_AUTHORITY: o.source.host,
      GRYPE_REGISTRY_AUTH_USERNAME: o.credentials.username,
      GRYPE_REGISTRY_AUTH_PASSWORD: o.credentials.password
    });
  }
  return env;
}
function removeDb(scanner, cacheDir) {
  rmSync(join2(cacheDir, scanner === "trivy" ? "db" : "6"), { recursive: true, force: true });
}
function damagedDb(scanner, cacheDir, why) {
  return new ServiceError(`the ${scanner} DB in \`cache-dir\` (${cacheDir}) cannot be read: ${why}. Delete that folder (or the actions/cache entry that restored it) and run once with \`offline: false\` to fetch it again.`);
}
var ANSI = /\x1b\[[0-9;]*m/g;
var TRIVY_LINE = /^\d{4}-\d{2}-\d{2}T\S+\s+(FATAL|ERROR|WARN|INFO|DEBUG)\s+(.*)$/;
var GRYPE_LINE = /^\[\d+\]\s+(ERROR|WARN|INFO|DEBUG|TRACE)\s+(.*)$/;
function messages(tail) {
  const out = [];
  for (const raw of tail) {
    const line = raw.replace(ANSI, "");
    const m = TRIVY_LINE.exec(line) ?? GRYPE_LINE.exec(line);
    const last = out[out.length - 1];
    if (m) out.push({ level: m[1], text: m[2] });
    else if (last && /^\s/.test(line) && line.trim()) last.text += `
${line}`;
    else if (line.trim()) out.push({ level: "", text: line });
  }
  return out;
}
function errorText(tail) {
  const all = messages(tail);
  const errors = all.filter((m) => m.level === "FATAL" || m.level === "ERROR" || m.level === "");
  return (errors.length ? errors : all).map((m) => m.text).join("\n");
}
var WRAPPERS = /^(Fatal error|run error|init error|image scan error|scan error|DB error|database error|unable to initialize a scan service)[:\t ]\s*/i;
function brief(text) {
  const lines = text.split("\n");
  let causes = lines.slice(1).map((l) => /^\s*[*-]\s+(.*)$/.exec(l)?.[1]?.trim()).filter((l) => !!l);
  if (causes.some((c) => !c.startsWith("oci-model:"))) causes = causes.filter((c) => !c.startsWith("oci-model:"));
  let s = causes.length ? [...new Set(causes)].join("; ") : lines.map((l) => l.trim()).filter(Boolean).join(" ");
  for (let prev = ""; prev !== s; ) [prev, s] = [s, s.replace(WRAPPERS, "")];
  s = s.replace(/\s*;?\s*\[?map\[[^\]]*\]\]?/g, "").replace(/\t+/g, " ").trim();
  return s.length > 500 ? `${s.slice(0, 500)}\u2026` : s;
}
function scannerSaid(tail) {
  return brief(errorText(tail));
}
var DB_UNREADABLE = /error in vulnerability DB initialize|failed to open (the )?db|failed to load vulnerability db: (?!database does not exist)|invalid database|database disk image is malformed|file is not a database|failed to unmarshal import metadata|not a bolt/i;
var dbUnreadable = (errors) => DB_UNREADABLE.test(errors);
function dbFetchFailure(scanner, tail) {
  const said = messages(tail);
  const errors = said.filter((m) => m.level !== "WARN" && m.level !== "INFO");
  if (scanner === "trivy") {
    const m = errors.find((e) => /failed to download (vulnerability|the) DB|DB error: .*download/i.test(e.text));
    return m ? brief(m.text) : null;
  }
  if (!errors.some((e) => /failed to load vulnerability db: database does not exist|unable to update vulnerability database|failed to (download|update) (the )?(vulnerability )?(db|database)/i.test(e.text))) return null;
  const cause = said.map((m) => /error updating db error=([\s\S]*)$/i.exec(m.text)?.[1]).find(Boolean);
  return brief(cause ?? errors.map((e) => e.text).join("\n"));
}
var AUTH = /\bunauthorized\b|authentication required|\b401\b|\b403\b|\bdenied\b|forbidden/i;
var NOT_THERE = /manifest unknown|name unknown|MANIFEST_UNKNOWN|NAME_UNKNOWN|not found/i;
var UNREACHABLE = /connection refused|no such host|i\/o timeout|network is unreachable|connection reset|TLS handshake|certificate|server gave HTTP response to HTTPS client/i;
function scanFailure(o, run) {
  const errors = errorText(run.tail);
  const said = brief(errors) || `nothing (exit ${run.code})`;
  const image = describeSource(o.source);
  if (run.timedOut) return new ServiceError(`${o.scanner} did not finish within \`timeout\` (${o.timeoutSeconds} s) scanning ${image}. Raise \`timeout\`.`);
  const where = o.dbRepository ? `\`db-repository\` (${o.dbRepository})` : `${o.scanner}'s default DB location`;
  const fetch = o.offline ? null : dbFetchFailure(o.scanner, run.tail);
  if (fetch !== null) {
    return new ServiceError(`${o.scanner} cannot fetch its vulnerability DB from ${where}: ${fetch}. Point \`db-repository\` at a mirror you can reach, or set \`offline: true\` with a cached DB (docs/scan-image.md).`);
  }
  if (dbUnreadable(errors)) {
    if (o.offline) return damagedDb(o.scanner, o.cacheDir, said);
    return new ServiceError(`${o.scanner} fetched its vulnerability DB from ${where} and cannot read it: ${said}. Check that \`db-repository\` serves the DB for this ${o.scanner} version (schema ${o.scanner === "trivy" ? "2" : "v6"}).`);
  }
  if (o.source.kind === "registry") {
    const host = o.source.host;
    if (AUTH.test(errors)) {
      if (!o.credentials) return new ServiceError(`${host} wants credentials to read ${image}, and none were given. Set \`username\` and \`password\` (or run docker/login-action before this step). ${o.scanner} said: ${said}`);
      return new ServiceError(`${host} refused \`username\` ${JSON.stringify(o.credentials.username)} with the \`password\` given, reading ${image}. Check both (a token needs read access to that repository). ${o.scanner} said: ${said}`);
    }
    if (NOT_THERE.test(errors)) return new ServiceError(`${host} has no image ${image}: ${said}. Check \`image\` (build-push's \`image\` output names the pushed image).`);
    if (UNREACHABLE.test(errors)) return new ServiceError(`${o.scanner} cannot reach the registry ${host} to read ${image}: ${said}. Check \`image\` and that the registry is reachable from the runner.`);
  }
  const exists = o.source.kind === "registry" || existsSync3(o.source.kind === "oci" ? o.source.layout : o.source.file);
  return new ServiceError(`${o.scanner} failed on ${image}${exists ? "" : " (it no longer exists)"} with exit ${run.code}: ${said}`);
}
function capture(file, args, env, cwd) {
  return new Promise((resolve5, reject) => {
    execFile(file, args, { env, cwd, timeout: 6e4, maxBuffer: 4 * 1024 * 1024 }, (err, stdout) => {
      if (err && typeof err.code !== "number") return reject(err);
      resolve5({ code: err ? Number(err.code) : 0, out: stdout });
    });
  });
}

// src/scan/finding.ts
init_define_ACTION_META();
var SEVERITIES = ["critical", "high", "medium", "low", "negligible", "unknown"];
function severityRank(s) {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(s);
}

// src/scan/gate.ts
init_define_ACTION_META();

// src/scan/ignore-file.ts
init_define_ACTION_META();
var import_yaml = __toESM(require_dist(), 1);
var KEYS = ["id", "package", "reason", "expires"];
var INPUT = "input `ignore-file`";
var EXAMPLE = "`ignore: [{id: CVE-2099-0002, reason: why it is acceptable, expires: 2027-03-31}]` (docs/scan-image.md)";
function parseIgnoreFile(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
  const where = `${INPUT} (${file})`;
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new ConfigurationError(`${where}, line ${line}`, syntax.message.split("\n")[0] ?? "", "is not valid YAML. Fix the syntax; the file is a list under `ignore:`, e.g. " + EXAMPLE);
  }
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && root.value === null) return [];
  if (!(0, import_yaml.isMap)(root)) throw new ConfigurationError(where, JSON.stringify(doc.toJS()), "must be a mapping with one key, `ignore`, holding a list of entries, e.g. " + EXAMPLE);
  const top = doc.toJS();
  const unknown = Object.keys(top).filter((k) => k !== "ignore");
  if (unknown.length) throw new ConfigurationError(where, unknown.join(", "), `${unknown.length === 1 ? "is not a key" : "are not keys"} of the ignore file; it has one key, \`ignore\`, holding the list of entries.`);
  const list2 = root.get("ignore", true);
  if (top.ignore === null || top.ignore === void 0) return [];
  if (!(0, import_yaml.isSeq)(list2)) throw new ConfigurationError(`${where}: \`ignore\``, JSON.stringify(top.ignore), "must be a list of entries (`- id: \u2026`), e.g. " + EXAMPLE);
  const entries = [];
  list2.items.forEach((item, i) => {
    const offset = item?.range?.[0];
    const line = offset === void 0 ? null : lines.linePos(offset).line;
    entries.push(readEntry(top.ignore[i], file, i + 1, line));
  });
  const seen = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const key = `${e.id.toUpperCase()}\0${e.package ?? ""}`;
    const first = seen.get(key);
    if (first) {
      throw new ConfigurationError(
        label(e),
        e.id,
        `repeats entry ${first.entry}${first.line ? ` (line ${first.line})` : ""}${e.package ? ` for package ${e.package}` : ""}. Keep one entry per advisory and package: merge the reasons and keep the date you mean.`
      );
    }
    seen.set(key, e);
  }
  return entries;
}
function expiresAt(e) {
  return /* @__PURE__ */ new Date(`${e.expires}T23:59:59.999Z`);
}
function isExpired(e, now) {
  return now.getTime() > expiresAt(e).getTime();
}
function label(e, key) {
  const what = [e.id, e.line ? `line ${e.line}` : ""].filter(Boolean).join(", ");
  return `${INPUT} (${e.file}), entry ${e.entry}${what ? ` (${what})` : ""}${key ? `: \`${key}\`` : ""}`;
}
function readEntry(raw, file, entry, line) {
  const at = { file, entry, line, id: "" };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigurationError(label(at), JSON.stringify(raw) ?? String(raw), "must be a mapping with id, reason and expires (and optionally package), e.g. " + EXAMPLE);
  }
  const m = raw;
  if (typeof m.id === "string" && m.id.trim()) at.id = m.id.trim();
  const unknown = Object.keys(m).filter((k) => !KEYS.includes(k));
  if (unknown.length) {
    const hint = unknown.map((k) => suggest(k)).find(Boolean);
    throw new ConfigurationError(label(at), unknown.join(", "), `${unknown.length === 1 ? "is not a key" : "are not keys"} of an ignore entry (they are ${KEYS.join(", ")}).${hint ? ` Did you mean \`${hint}\`?` : ""}`);
  }
  if (typeof m.id !== "string" || !m.id.trim()) {
    throw new ConfigurationError(label(at, "id"), m.id === void 0 ? "" : String(m.id), m.id === void 0 || m.id === null ? "is missing. Give the advisory ID the scanner reports (CVE-\u2026, GHSA-\u2026)." : "must be an advisory ID as text (CVE-\u2026, GHSA-\u2026).");
  }
  if (/\s/.test(at.id)) throw new ConfigurationError(label(at, "id"), at.id, "is not one advisory ID (it has spaces). Write one ID per entry.");
  let pkg = null;
  if (m.package !== void 0 && m.package !== null) {
    if (typeof m.package !== "string" || !m.package.trim()) throw new ConfigurationError(label(at, "package"), String(m.package), "must be a package name as text (as installed, e.g. zlib1g or requests), or left out to match every package.");
    pkg = m.package.trim();
  }
  if (m.reason === void 0 || m.reason === null || typeof m.reason === "string" && !m.reason.trim()) {
    throw new ConfigurationError(label(at, "reason"), typeof m.reason === "string" ? m.reason : "", 'is missing or blank. Say why the finding is acceptable (e.g. "no fix upstream; not reachable from the model server"): the summary and SARIF show it.');
  }
  if (typeof m.reason !== "string") throw new ConfigurationError(label(at, "reason"), JSON.stringify(m.reason), "must be text saying why the finding is acceptable.");
  if (m.expires === void 0 || m.expires === null) {
    throw new ConfigurationError(label(at, "expires"), "", "is missing. Every entry needs an end date, YYYY-MM-DD (e.g. 2027-03-31); after that day (UTC) the finding counts again.");
  }
  const expires = typeof m.expires === "string" ? m.expires.trim() : String(m.expires);
  if (typeof m.expires !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(expires)) {
    throw new ConfigurationError(label(at, "expires"), expires, "is not a date written YYYY-MM-DD (e.g. 2027-03-31).");
  }
  if (!isCalendarDate(expires)) throw new ConfigurationError(label(at, "expires"), expires, "is not a real calendar date. Give a day that exists, YYYY-MM-DD (e.g. 2027-03-31).");
  return { id: at.id, package: pkg, reason: m.reason.trim(), expires, file, entry, line };
}
function isCalendarDate(s) {
  const [y, mo, d] = s.split("-").map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
var ALIASES = { ids: "id", cve: "id", vulnerability: "id", pkg: "package", packages: "package", justification: "reason", comment: "reason", expiry: "expires", expires_at: "expires", until: "expires", expired_at: "expires" };
function suggest(key) {
  const k = key.toLowerCase();
  return ALIASES[k] ?? KEYS.find((known) => known.startsWith(k.slice(0, 3))) ?? null;
}

// src/scan/vex-match.ts
init_define_ACTION_META();

// src/scan/purl.ts
init_define_ACTION_META();
var LOWER_NAME = /* @__PURE__ */ new Set(["apk", "bitbucket", "deb", "github", "golang", "npm", "pypi", "composer"]);
var LOWER_NAMESPACE = /* @__PURE__ */ new Set([...LOWER_NAME, "rpm", "alpm"]);
function parsePurl(s) {
  const m = /^pkg:\/*([^/]+)\/(.+)$/i.exec(s.trim());
  if (!m) return null;
  const type = m[1].toLowerCase();
  if (!/^[a-z.+-][a-z0-9.+-]*$/.test(type)) return null;
  let rest = m[2];
  let subpath = null;
  const hash = rest.indexOf("#");
  if (hash >= 0) {
    subpath = rest.slice(hash + 1).split("/").filter((p) => p && p !== "." && p !== "..").map(decode).join("/") || null;
    rest = rest.slice(0, hash);
  }
  const qualifiers = {};
  const q = rest.indexOf("?");
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split("&")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const value = decode(pair.slice(eq + 1));
      if (value) qualifiers[pair.slice(0, eq).toLowerCase()] = value;
    }
    rest = rest.slice(0, q);
  }
  let version = null;
  const at = rest.lastIndexOf("@");
  if (at > 0 && rest[at - 1] !== "/") {
    version = decode(rest.slice(at + 1)) || null;
    rest = rest.slice(0, at);
  }
  const segments = rest.split("/").filter(Boolean).map(decode);
  let name = segments.pop();
  if (!name) return null;
  let namespace = segments.length ? segments.join("/") : null;
  if (LOWER_NAME.has(type)) name = name.toLowerCase();
  if (namespace && LOWER_NAMESPACE.has(type)) namespace = namespace.toLowerCase();
  if (type === "pypi") name = name.replace(/[-_.]+/g, "-");
  if (type === "oci" && version) version = version.toLowerCase();
  return { type, namespace, name, version, qualifiers, subpath };
}
function purlMatches(pattern, actual, sameQualifier = (_, a, b) => a === b) {
  if (pattern.type !== actual.type || pattern.namespace !== actual.namespace || pattern.name !== actual.name) return false;
  if (pattern.version !== null && pattern.version !== actual.version) return false;
  if (pattern.subpath !== null && pattern.subpath !== actual.subpath) return false;
  for (const [k, v] of Object.entries(pattern.qualifiers)) {
    const have = actual.qualifiers[k];
    if (have === void 0 || !sameQualifier(k, v, have)) return false;
  }
  return true;
}
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/scan/vex-match.ts
function imageIdentity(refs) {
  const parsed = [];
  const given = [];
  const bare = [];
  for (const raw of refs.map((r) => r.trim()).filter(Boolean)) {
    if (/^pkg:/i.test(raw)) {
      const p = parsePurl(raw);
      if (p?.type === "oci") given.push(p);
    } else if (isDigest(raw)) bare.push(raw.toLowerCase());
    else {
      const r = parseImageRef(raw);
      if (r) parsed.push(r);
    }
  }
  const refsWithDigests = parsed.flatMap((r) => r.digest || bare.length === 0 ? [r] : bare.map((digest) => ({ ...r, digest })));
  const purls = [
    ...given,
    ...refsWithDigests.map((r) => ({
      type: "oci",
      namespace: null,
      name: r.repository.split("/").pop().toLowerCase(),
      version: r.digest,
      qualifiers: { repository_url: r.repository, ...r.tag ? { tag: r.tag } : {} },
      subpath: null
    }))
  ];
  const digests = /* @__PURE__ */ new Set([...bare, ...parsed.map((r) => r.digest).filter((d) => d !== null), ...given.map((p) => p.version).filter((v) => v !== null)]);
  return { refs: refsWithDigests, purls, digests };
}
function vexVerdict(f, docs, image) {
  const ids = new Set([f.id, ...f.aliases].map((i) => i.toUpperCase()));
  const purl = f.purl ? parsePurl(f.purl) : null;
  let best = null;
  for (const document of docs) {
    for (const statement of document.statements) {
      if (!statement.ids.some((i) => ids.has(i.toUpperCase()))) continue;
      if (!covers(statement, purl, image)) continue;
      if (!best || statement.timestamp.getTime() >= best.statement.timestamp.getTime()) best = { statement, document };
    }
  }
  return best;
}
function vexSuppression(f, docs, image) {
  const v = vexVerdict(f, docs, image);
  if (!v || v.statement.status !== "not_affected" && v.statement.status !== "fixed") return null;
  return { by: "vex", status: v.statement.status, justification: v.statement.justification ?? v.statement.impactStatement, document: v.document.file };
}
function covers(s, pkg, image) {
  return s.products.some((p) => {
    if (isImage(p, image)) return p.subcomponents.length === 0 || pkg !== null && p.subcomponents.some((c) => isPackage(c, pkg));
    return p.subcomponents.length === 0 && pkg !== null && isPackage(p, pkg);
  });
}
function isPackage(c, pkg) {
  return purlsOf(c).some((p) => p.type !== "oci" && purlMatches(p, pkg));
}
function isImage(c, image) {
  if (purlsOf(c).some((p) => p.type === "oci" && image.purls.some((ip) => purlMatches(p, ip, sameOciQualifier)))) return true;
  const sha = c.hashes["sha-256"];
  if (sha && image.digests.has(`sha256:${sha.replace(/^sha256:/, "")}`)) return true;
  if (!c.id || /^pkg:/i.test(c.id)) return false;
  if (isDigest(c.id)) return image.digests.has(c.id.toLowerCase());
  const named = parseImageRef(c.id.replace(/^(docker|oci):\/\//, ""));
  return named !== null && image.refs.some((r) => r.repository === named.repository && (!named.tag || named.tag === r.tag) && (!named.digest || named.digest === r.digest));
}
function purlsOf(c) {
  return [c.id, c.purl].filter((s) => s !== null && /^pkg:/i.test(s)).map((s) => parsePurl(s)).filter((p) => p !== null);
}
function sameOciQualifier(key, a, b) {
  if (key !== "repository_url") return a === b;
  const ra = parseImageRef(a.replace(/^[a-z]+:\/\//i, ""));
  const rb = parseImageRef(b);
  return ra !== null && rb !== null && ra.repository === rb.repository;
}
var isDigest = (s) => /^sha256:[0-9a-f]{64}$/i.test(s);
function parseImageRef(raw) {
  let rest = raw.trim();
  let digest = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1).toLowerCase();
    if (!/^[a-z0-9]+:[0-9a-f]{32,}$/.test(digest)) return null;
    rest = rest.slice(0, at);
  }
  let tag = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split("/");
  if (parts.some((p) => !p)) return null;
  const first = parts[0];
  let registry = "docker.io";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) registry = parts.shift().toLowerCase();
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = "docker.io";
  if (registry === "docker.io" && parts.length === 1) parts.unshift("library");
  const path = parts.join("/").toLowerCase();
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path)) return null;
  if (tag !== null && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) return null;
  return { repository: `${registry}/${path}`, tag, digest };
}

// src/scan/gate.ts
var FAIL_ON = ["critical", "high", "medium", "low", "none"];
function parseFailOn(raw) {
  const v = raw.trim().toLowerCase();
  if (FAIL_ON.includes(v)) return v;
  throw new ConfigurationError("input `fail-on`", raw, `is not a severity. Use one of: ${FAIL_ON.join(", ")} (none reports findings without failing).`);
}
function judge(findings, o) {
  const image = imageIdentity(o.imageRefs);
  const live = o.ignores.filter((e) => !isExpired(e, o.now));
  const expired = o.ignores.filter((e) => isExpired(e, o.now));
  const matched = new Map(expired.map((e) => [e, 0]));
  const judged = mergeDuplicates(findings).map((f) => {
    const gone = expired.filter((e) => ignoreMatches(e, f));
    for (const e of gone) matched.set(e, (matched.get(e) ?? 0) + 1);
    const entry = live.find((e) => ignoreMatches(e, f));
    let suppressed = vexSuppression(f, o.vex, image);
    if (!suppressed && entry) suppressed = { by: "ignore-file", reason: entry.reason, expires: entry.expires };
    if (!suppressed && o.ignoreUnfixed && f.fixedVersion === null) suppressed = { by: "ignore-unfixed" };
    const lapsed = !entry && gone[0] ? { reason: gone[0].reason, expires: gone[0].expires } : null;
    return { ...f, suppressed, expiredIgnore: lapsed };
  });
  judged.sort(worstFirst);
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, { open: 0, total: 0 }]));
  for (const f of judged) {
    counts[f.severity].total++;
    if (!f.suppressed) counts[f.severity].open++;
  }
  const failing = o.failOn === "none" ? [] : judged.filter((f) => !f.suppressed && atOrAbove(f.severity, o.failOn));
  return {
    findings: judged,
    counts,
    failOn: o.failOn,
    passed: failing.length === 0,
    failing,
    expiredIgnores: expired.map((entry) => ({ entry, matched: matched.get(entry) ?? 0 }))
  };
}
function atOrAbove(s, threshold) {
  return severityRank(s) >= severityRank(threshold);
}
function worstFirst(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || (b.cvss ?? -1) - (a.cvss ?? -1) || a.id.localeCompare(b.id) || a.package.localeCompare(b.package) || a.version.localeCompare(b.version) || (a.path ?? "").localeCompare(b.path ?? "");
}
function ignoreMatches(e, f) {
  if (e.package !== null && e.package !== f.package) return false;
  const id = e.id.toUpperCase();
  return f.id.toUpperCase() === id || f.aliases.some((a) => a.toUpperCase() === id);
}
function mergeDuplicates(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = [f.id, f.package, f.version, f.path ?? ""].join("\0");
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...f, aliases: unique(f.aliases.filter((a) => a !== f.id)) });
      continue;
    }
    byKey.set(key, {
      ...seen,
      aliases: unique([...seen.aliases, ...f.aliases].filter((a) => a !== seen.id)),
      severity: severityRank(f.severity) > severityRank(seen.severity) ? f.severity : seen.severity,
      cvss: seen.cvss === null ? f.cvss : f.cvss === null ? seen.cvss : Math.max(seen.cvss, f.cvss),
      fixedVersion: seen.fixedVersion ?? f.fixedVersion,
      purl: seen.purl ?? f.purl,
      layer: seen.layer ?? f.layer,
      title: seen.title || f.title,
      url: seen.url ?? f.url
    });
  }
  return [...byKey.values()];
}
var unique = (xs) => [...new Set(xs)];

// src/scan/install.ts
init_define_ACTION_META();
import { createReadStream, createWriteStream, existsSync as existsSync4, statSync as statSync2 } from "node:fs";
import { chmod, mkdir, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join as join3, resolve as resolve2 } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { createHash } from "node:crypto";

// src/scan/pins.ts
init_define_ACTION_META();
var SCANNER_PINS = {
  trivy: {
    version: "0.74.0",
    url: "https://github.com/aquasecurity/trivy/releases/download/v{version}/{file}",
    binary: "trivy",
    files: {
      "linux-x64": { file: "trivy_0.74.0_Linux-64bit.tar.gz", sha256: "2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a" },
      "linux-arm64": { file: "trivy_0.74.0_Linux-ARM64.tar.gz", sha256: "b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5" },
      "darwin-x64": { file: "trivy_0.74.0_macOS-64bit.tar.gz", sha256: "472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485" },
      "darwin-arm64": { file: "trivy_0.74.0_macOS-ARM64.tar.gz", sha256: "1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11" }
    }
  },
  grype: {
    version: "0.120.1",
    url: "https://github.com/anchore/grype/releases/download/v{version}/{file}",
    binary: "grype",
    files: {
      "linux-x64": { file: "grype_0.120.1_linux_amd64.tar.gz", sha256: "0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d" },
      "linux-arm64": { file: "grype_0.120.1_linux_arm64.tar.gz", sha256: "29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514" },
      "darwin-x64": { file: "grype_0.120.1_darwin_amd64.tar.gz", sha256: "5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62" },
      "darwin-arm64": { file: "grype_0.120.1_darwin_arm64.tar.gz", sha256: "cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732" }
    }
  }
};

// src/scan/install.ts
async function installScanner(o) {
  if (o.scannerPath) return { path: givenBinary(o), pinned: null, source: "scanner-path" };
  const pin = (o.pins ?? SCANNER_PINS)[o.scanner];
  const key = `${o.platform}-${o.arch}`;
  const release = pin.files[key];
  if (!release) {
    throw new ConfigurationError("input `scanner`", o.scanner, `has no pinned ${o.scanner} ${pin.version} release for ${key} (pinned: ${Object.keys(pin.files).join(", ")}). Install ${o.scanner} yourself and set \`scanner-path\` to it.`);
  }
  const dir = join3(o.toolCache, `model-cd-${o.scanner}`, pin.version, key);
  const binary = join3(dir, pin.binary);
  const marker = join3(dir, ".sha256");
  if (existsSync4(binary) && existsSync4(marker)) return { path: binary, pinned: pin.version, source: "tool cache" };
  const url = (o.downloadUrl || pin.url).replaceAll("{version}", pin.version).replaceAll("{file}", release.file);
  o.log(`Downloading ${o.scanner} ${pin.version} from ${redact(url)}`);
  const parent = join3(o.toolCache, `model-cd-${o.scanner}`, pin.version);
  const made = await mkdir(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const archive = `${dir}.download-${stamp}`;
  const staging = `${dir}.staging-${stamp}`;
  let installed = false;
  try {
    const got = await download(url, archive, o);
    if (got !== release.sha256) {
      throw new ServiceError(`${redact(url)} is not ${release.file} of ${o.scanner} ${pin.version}: its sha256 is ${got}, the pinned one is ${release.sha256}. Nothing was kept. If \`scanner-download-url\` points at a mirror, it serves other bytes than the release; else the download was cut short or tampered with.`);
    }
    await extractBinary(archive, staging, pin.binary, release.file);
    await writeFile(join3(staging, ".sha256"), `${release.sha256}
`);
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
    installed = true;
  } finally {
    await rm(archive, { force: true });
    await rm(staging, { recursive: true, force: true });
    if (!installed && made) await removeEmptyUpTo(resolve2(parent), resolve2(made));
  }
  return { path: binary, pinned: pin.version, source: "downloaded" };
}
async function removeEmptyUpTo(dir, top) {
  for (let d = dir; ; d = dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === top || dirname(d) === d) return;
  }
}
function givenBinary(o) {
  const p = o.scannerPath;
  const subject = "input `scanner-path`";
  if (!p.includes("/") && !p.includes("\\")) {
    const found = which(p, o.env);
    if (!found) throw new ConfigurationError(subject, p, `is not a command on PATH. Give the path of the ${o.scanner} binary, or leave it empty to download the pinned ${o.scanner} ${SCANNER_PINS[o.scanner].version}.`);
    return found;
  }
  const file = resolve2(o.cwd, p);
  let ok = false;
  try {
    ok = statSync2(file).isFile();
  } catch {
    ok = false;
  }
  if (!ok) throw new ConfigurationError(subject, p, `is not a file. Give the path of the ${o.scanner} binary (or a command name on PATH), or leave it empty to download the pinned ${o.scanner} ${SCANNER_PINS[o.scanner].version}.`);
  return file;
}
async function download(url, file, o) {
  const fix = `Give a mirror that serves the release files with \`scanner-download-url\`, or install ${o.scanner} and set \`scanner-path\``;
  let res;
  try {
    res = await fetchWithRetry(url, {}, { attempts: 4, timeoutMs: 6e4, onRetry: (i) => o.log(`retrying ${i.target}: ${i.reason}`) });
  } catch (e) {
    throw new ServiceError(`cannot download ${o.scanner} from ${redact(url)} (${e instanceof HttpError ? e.message : describeFetchError(e)}). ${fix}.`);
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => void 0);
    throw new ServiceError(`downloading ${o.scanner} from ${redact(url)} failed with HTTP ${res.status}. ${fix}.`, res.status);
  }
  const hash = createHash("sha256");
  try {
    await pipeline(Readable.fromWeb(res.body), hashing(hash), createWriteStream(file));
  } catch (e) {
    throw new ServiceError(`the download of ${o.scanner} from ${redact(url)} broke off (${describeFetchError(e)}); nothing was kept. Run the step again, or ${fix.charAt(0).toLowerCase()}${fix.slice(1)}.`);
  }
  return hash.digest("hex");
}
async function extractBinary(archive, dest, binary, what) {
  const gunzip = createGunzip();
  const source = createReadStream(archive);
  source.pipe(gunzip);
  source.on("error", (e) => gunzip.destroy(e));
  let written;
  try {
    written = await extractTar(gunzip, dest, (p) => p.replace(/^\.\//, "") === binary ? binary : null);
  } catch (e) {
    if (e instanceof TarError || e.code === "Z_DATA_ERROR") throw new ServiceError(`${what} matches its pinned sha256 but cannot be unpacked (${e.message}).`);
    throw e;
  }
  if (!written.length) throw new ServiceError(`${what} matches its pinned sha256 but holds no \`${binary}\` at its top level.`);
  await chmod(join3(dest, binary), 493);
}

// src/scan/base-layers.ts
init_define_ACTION_META();
import { createReadStream as createReadStream2 } from "node:fs";
import { mkdtemp, readFile, rm as rm2 } from "node:fs/promises";
import { join as join4 } from "node:path";
var isIndex = (m) => Array.isArray(m.manifests);
var diffIdsOf = (config) => JSON.parse(config.toString("utf8")).rootfs?.diff_ids ?? [];
async function baseDiffIds(source, o) {
  const arch = o.platform ? o.platform.split("/")[1] ?? "" : dockerArch(o.nodeArch);
  try {
    switch (source.kind) {
      case "oci":
        return await fromLayout(source.layout, source.ref, arch);
      case "docker-archive":
        return await fromArchive(source.file, o.scratch);
      case "registry":
        return await fromRegistry(source, arch, o);
    }
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ServiceError(`cannot read the layers of \`base-image\` ${source.kind === "registry" ? source.ref : ""}(${e.message}). Give the base build-push used (its \`base\` input), or leave \`base-image\` empty.`);
  }
}
async function fromLayout(layout, ref, arch) {
  let desc = await resolveRef(layout, ref);
  for (; ; ) {
    const m = JSON.parse((await readBlob(layout, desc.digest)).toString("utf8"));
    if (!isIndex(m)) return diffIdsOf(await readBlob(layout, m.config.digest));
    const pick = pickPlatform(m.manifests ?? [], arch);
    if (!pick) throw new Error(`the index ${desc.digest} has no image for ${arch}`);
    desc = pick;
  }
}
async function fromArchive(file, scratch) {
  const dir = await mkdtemp(join4(scratch, "base-archive-"));
  try {
    await extractTar(createReadStream2(file), dir, (p) => p.replace(/^\.\//, "") === "manifest.json" ? "manifest.json" : null);
    const entries = JSON.parse(await readFile(join4(dir, "manifest.json"), "utf8"));
    const config = entries[0]?.Config;
    if (!config || !safeRelative(config)) throw new Error(`${file} has no usable manifest.json`);
    await extractTar(createReadStream2(file), dir, (p) => p.replace(/^\.\//, "") === config ? "config.json" : null);
    return diffIdsOf(await readFile(join4(dir, "config.json")));
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}
async function fromRegistry(source, arch, o) {
  const { host } = source;
  const rest = source.ref.slice(source.ref.indexOf("/") + 1);
  const at = rest.indexOf("@");
  const colon = rest.lastIndexOf(":", at < 0 ? void 0 : at);
  const repo = at >= 0 ? rest.slice(0, colon > 0 && colon < at ? colon : at) : colon > 0 ? rest.slice(0, colon) : rest;
  let reference = at >= 0 ? rest.slice(at + 1) : colon > 0 ? rest.slice(colon + 1) : "latest";
  const client = new RegistryClient({ host, insecure: onLoopback(host), ...o.credentials ? { credentials: o.credentials } : {} });
  for (; ; ) {
    const got = await client.getManifest(repo, reference);
    const m = JSON.parse(got.bytes.toString("utf8"));
    if (!isIndex(m)) return diffIdsOf(await client.getBlob(repo, m.config.digest));
    const pick = pickPlatform(m.manifests ?? [], arch);
    if (!pick) throw new Error(`the index ${got.digest} has no image for ${arch}`);
    reference = pick.digest;
  }
}

// src/scan/sarif.ts
init_define_ACTION_META();
import { createHash as createHash2 } from "node:crypto";

// src/scan/dockerfile-base.ts
init_define_ACTION_META();
function baseFrom(dockerfile) {
  const stages = parseDockerfile(dockerfile).instructions.filter((i) => i.keyword === "FROM").map((i) => {
    const words = i.args.split(/\s+/).filter(Boolean);
    const alias = words[1]?.toLowerCase() === "as" && words[2] ? words[2].toLowerCase() : null;
    return { line: i.line, image: words[0] ?? "", alias };
  });
  let at = stages.length - 1;
  if (at < 0) return null;
  for (; ; ) {
    const stage = stages[at];
    const from = stage.image.toLowerCase();
    const earlier = stages.slice(0, at).map((s, i) => ({ ...s, i })).reverse().find((s) => s.alias === from);
    if (!earlier) return { line: stage.line, image: stage.image };
    at = earlier.i;
  }
}

// src/scan/sarif.ts
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", negligible: "note", unknown: "note" };
var BAND = {
  critical: { min: 9.1, max: 10, fallback: 9.5 },
  high: { min: 7, max: 9, fallback: 8 },
  medium: { min: 4, max: 6.9, fallback: 5.5 },
  low: { min: 0.1, max: 3.9, fallback: 3 },
  negligible: { min: 0, max: 0, fallback: 0 },
  unknown: { min: 0, max: 0, fallback: 0 }
};
var MAX_TEXT = 1024;
var IMAGE_BASE_ID = "IMAGE";
function securitySeverity(severity, cvss) {
  const band = BAND[severity];
  const score = cvss !== null && cvss >= band.min && cvss <= band.max ? cvss : band.fallback;
  return score.toFixed(1);
}
function scanSarif(findings, o) {
  const sorted = [...findings].sort(worstFirst);
  const byRule = /* @__PURE__ */ new Map();
  for (const f of sorted) byRule.set(f.id, [...byRule.get(f.id) ?? [], f]);
  const ids = [...byRule.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const from = o.dockerfile ? baseFrom(o.dockerfile.text) : null;
  const base = o.baseLayers ?? /* @__PURE__ */ new Set();
  const rules = ids.map((id) => rule(byRule.get(id)));
  const results = sorted.map((f) => {
    const inBase = f.layer !== null && base.has(f.layer);
    const where = `${f.package} ${f.version}${f.path ? ` (/${f.path.replace(/^\/+/, "")})` : ""}`;
    const physicalLocation = o.dockerfile ? { artifactLocation: { uri: toUri(o.dockerfile.path) }, region: { startLine: inBase && from ? from.line : 1, startColumn: 1 } } : { artifactLocation: { uri: toUri((f.path ?? f.package).replace(/^\/+/, "")), uriBaseId: IMAGE_BASE_ID }, region: { startLine: 1, startColumn: 1 } };
    const fix = f.fixedVersion ? `Fixed in ${f.fixedVersion}.` : "No fixed version yet.";
    const origin = inBase ? ` It comes with the base image${from ? ` (${from.image})` : ""}.` : "";
    return {
      ruleId: f.id,
      ruleIndex: index.get(f.id),
      level: LEVEL[f.severity],
      message: { text: `${f.id} (${f.severity}) in ${where}: ${f.title || "no title given"}. ${fix}${origin}` },
      locations: [{ physicalLocation, message: { text: `${where} in ${o.image}` } }],
      partialFingerprints: { primaryLocationLineHash: createHash2("sha256").update([f.id, f.package, f.path ?? ""].join("\0")).digest("hex").slice(0, 32) },
      ...f.suppressed ? { suppressions: [{ kind: "external", status: "accepted", justification: justification(f.suppressed) }] } : {},
      properties: {
        package: f.package,
        installedVersion: f.version,
        fixedVersion: f.fixedVersion,
        packageType: f.type,
        ...f.purl ? { purl: f.purl } : {},
        ...f.path ? { path: f.path } : {},
        ...f.layer ? { layer: f.layer } : {}
      }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "model-cd scan-image", informationUri: "https://github.com/model-cd/model-cd", version: o.version, semanticVersion: o.version, rules },
          extensions: [{ name: o.scanner.name, version: o.scanner.version }]
        },
        ...o.dockerfile ? {} : { originalUriBaseIds: { [IMAGE_BASE_ID]: { description: { text: `The root file system of ${o.image}.` } } } },
        results,
        properties: { image: o.image, scanner: o.scanner.name, scannerVersion: o.scanner.version }
      }
    ]
  };
}
function justification(s) {
  switch (s.by) {
    case "ignore-file":
      return s.reason;
    case "vex":
      return `VEX ${s.status}${s.justification ? `: ${s.justification}` : ""} (${s.document})`;
    case "ignore-unfixed":
      return "No fixed version exists and ignore-unfixed is on.";
  }
}
function rule(group) {
  const f = group[0];
  const title = clip(f.title || f.id);
  const aliases = [...new Set(group.flatMap((g) => g.aliases))].filter((a) => a !== f.id);
  const full = clip(`${f.id}${aliases.length ? ` (also ${aliases.join(", ")})` : ""}: ${f.title || "no title given"}`);
  const url = f.url && /^https?:\/\//i.test(f.url) ? f.url : null;
  const cvss = group.map((g) => g.cvss).filter((c) => c !== null);
  const rating = `${f.severity}${cvss.length ? `, CVSS ${Math.max(...cvss).toFixed(1)}` : ""}`;
  const rated = group.filter((g) => g.severity === f.severity && g.cvss !== null).map((g) => g.cvss);
  const worstScore = rated.length ? Math.max(...rated) : null;
  const rows = group.map((g) => `| ${md(g.package)} | ${md(g.version)} | ${g.fixedVersion ? md(g.fixedVersion) : "no fix yet"} | ${g.path ? md(g.path) : ""} |`);
  const text = [`${f.id} (${rating}): ${f.title || "no title given"}`, ...group.map((g) => `${g.package} ${g.version}: ${g.fixedVersion ? `fixed in ${g.fixedVersion}` : "no fix yet"}`), ...url ? [`More: ${url}`] : []].join("\n");
  const markdown = [
    `**${md(f.id)}** (${rating}): ${md(f.title || "no title given")}`,
    "",
    "| Package | Installed | Fixed in | Path |",
    "| --- | --- | --- | --- |",
    ...rows,
    ...url ? ["", link(md(f.id), url)] : []
  ].join("\n");
  return {
    id: f.id,
    shortDescription: { text: title },
    fullDescription: { text: full },
    help: { text, markdown },
    ...url ? { helpUri: url } : {},
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: { "security-severity": securitySeverity(f.severity, worstScore), tags: ["security", "vulnerability", f.severity] }
  };
}
var clip = (s) => s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}\u2026` : s;
var md = (s) => cell(plain(s));

// src/scan/summary.ts
init_define_ACTION_META();
var TOP = 10;
var FULL_ROWS = 1e3;
var WEEK_MS = 7 * 24 * 3600 * 1e3;
var md2 = (s) => cell(plain(s));
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var open = (j) => j.findings.filter((f) => !f.suppressed);
function bySeverity(fs) {
  return SEVERITIES.map((s) => [s, fs.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(", ");
}
function verdictLine(j, m) {
  const o = open(j);
  if (j.failOn === "none") return `scan-image: ${o.length ? `${plural(o.length, "open finding")} (${bySeverity(o)})` : "no open findings"} in ${m.image}; fail-on is none, so the step passes`;
  if (!j.passed) return `scan-image: ${plural(j.failing.length, "finding")} at ${j.failOn} or above (${bySeverity(j.failing)}) in ${m.image}: failed`;
  return `scan-image: nothing open at ${j.failOn} or above in ${m.image}${o.length ? ` (${o.length} below: ${bySeverity(o)})` : ""}: passed`;
}
function scanSummary(j, m) {
  const o = open(j);
  const image = `\`${md2(m.image)}\``;
  let title;
  if (j.failOn === "none") title = `### ${o.length ? "\u26A0\uFE0F" : "\u2705"} scan-image: ${o.length ? `${plural(o.length, "open finding")} (${bySeverity(o)})` : "no open findings"} in ${image} (fail-on is \`none\`: report only)`;
  else if (!j.passed) title = `### \u274C scan-image: ${plural(j.failing.length, "finding")} at \`${j.failOn}\` or above in ${image} (${bySeverity(j.failing)})`;
  else title = `### \u2705 scan-image: nothing open at \`${j.failOn}\` or above in ${image}${o.length ? ` (${o.length} below it: ${bySeverity(o)})` : ""}`;
  const suppressed = j.findings.length - o.length;
  const how = ["vex", "ignore-file", "ignore-unfixed"].map((by) => [by, j.findings.filter((f) => f.suppressed?.by === by).length]).filter(([, n]) => n > 0).map(([by, n]) => `${n} by ${by === "vex" ? "VEX" : by === "ignore-file" ? "the ignore file" : "ignore-unfixed"}`);
  const lines = [
    title,
    "",
    `Scanned with ${md2(m.scanner)} ${md2(m.scannerVersion)}; ${dbAge(m)}.${j.failOn === "none" ? "" : ` Fails on \`${j.failOn}\` and above.`}`,
    j.findings.length ? `${plural(j.findings.length, "finding")}: ${o.length} open, ${suppressed} suppressed${how.length ? ` (${how.join(", ")})` : ""}.` : "No vulnerabilities found."
  ];
  if (j.findings.length) {
    lines.push("", "| Severity | Open | Suppressed |", "| --- | ---: | ---: |");
    for (const s of SEVERITIES) {
      const c = j.counts[s];
      if (c.total) lines.push(`| ${s} | ${c.open} | ${c.total - c.open} |`);
    }
  }
  if (o.length) {
    const failing = new Set(j.failing);
    lines.push("", `**Worst open findings**${o.length > TOP ? ` (${TOP} of ${o.length})` : ""}`, "", "| Advisory | Severity | Package | Installed | Fixed in |", "| --- | --- | --- | --- | --- |");
    for (const f of o.slice(0, TOP)) {
      const sev = failing.has(f) ? `**${f.severity}** \u274C` : f.severity;
      lines.push(`| ${link(md2(f.id), f.url)} | ${sev} | ${md2(f.package)} | ${md2(f.version)} | ${f.fixedVersion ? md2(f.fixedVersion) : "no fix yet"} |`);
    }
  }
  if (j.expiredIgnores.length) {
    lines.push("", "**Expired ignore entries** (they hide nothing now)", "");
    for (const { entry: e, matched } of j.expiredIgnores) {
      const then = matched ? `it matched ${plural(matched, "finding")}, counted again: fix ${matched === 1 ? "it" : "them"} or renew \`expires\`` : "it matches no finding now: delete it";
      lines.push(`- \`${md2(e.id)}\`${e.package ? ` in ${md2(e.package)}` : ""} expired ${e.expires} (${md2(e.file)}, entry ${e.entry}${e.line ? `, line ${e.line}` : ""}): ${then}. Reason given: ${md2(e.reason)}`);
    }
  }
  if (j.findings.length) {
    const rows = j.findings.slice(0, FULL_ROWS);
    lines.push("", `<details><summary>All ${plural(j.findings.length, "finding")}</summary>`, "", "| Advisory | Severity | Package | Installed | Fixed in | Path | Status |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const f of rows) {
      lines.push(`| ${link(md2(f.id), f.url)} | ${f.severity} | ${md2(f.package)} | ${md2(f.version)} | ${f.fixedVersion ? md2(f.fixedVersion) : "no fix yet"} | ${f.path ? `\`${md2(f.path)}\`` : ""} | ${status(f, j)} |`);
    }
    if (j.findings.length > rows.length) lines.push("", `\u2026and ${j.findings.length - rows.length} more in the SARIF report.`);
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}
function status(f, j) {
  const s = f.suppressed;
  if (!s) return j.failing.includes(f) ? "\u274C open, fails the gate" : f.expiredIgnore ? `open (ignore expired ${f.expiredIgnore.expires})` : "open";
  if (s.by === "ignore-file") return `ignored until ${s.expires ?? "\u2013"}: ${md2(s.reason)}`;
  if (s.by === "vex") return `VEX ${s.status}${s.justification ? `: ${md2(s.justification)}` : ""} (${md2(s.document)})`;
  return "no fix yet (ignore-unfixed)";
}
function dbAge(m) {
  if (!m.dbUpdatedAt) return "vulnerability database age unknown";
  const ms = m.now.getTime() - m.dbUpdatedAt.getTime();
  const hours = Math.floor(ms / 36e5);
  const age = ms < 0 ? "dated in the future" : hours < 1 ? "under an hour old" : hours < 48 ? `${plural(hours, "hour")} old` : `${Math.floor(hours / 24)} days old`;
  const stale = ms > WEEK_MS ? " \u26A0\uFE0F over a week old, so recent advisories are missing" : "";
  return `vulnerability database built ${m.dbUpdatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC (${age})${stale}`;
}
function annotationsFor(j, dockerfile, baseLayers) {
  const from = baseFrom(dockerfile.text);
  const inBase = open(j).filter((f) => f.layer !== null && baseLayers.has(f.layer));
  if (!from || inBase.length === 0) return [];
  const failing = inBase.filter((f) => j.failing.includes(f));
  const listed = inBase.slice(0, 5).map((f) => `${f.id} (${f.severity}) in ${f.package} ${f.version}${f.fixedVersion ? `, fixed in ${f.fixedVersion}` : ", no fix yet"}`);
  const more = inBase.length > listed.length ? `, and ${inBase.length - listed.length} more` : "";
  const gate = failing.length ? ` ${failing.length} of them ${failing.length === 1 ? "fails" : "fail"} the gate (fail-on ${j.failOn}).` : "";
  return [
    {
      level: failing.length ? "error" : "warning",
      file: dockerfile.path,
      line: from.line,
      title: `scan-image: base image ${from.image}`,
      message: `The base image ${from.image} brings ${plural(inBase.length, "open vulnerability", "open vulnerabilities")} (${bySeverity(inBase)}): ${listed.join("; ")}${more}.${gate} A newer base image may fix them.`
    }
  ];
}

// src/scan/vex.ts
init_define_ACTION_META();
var VEX_STATUSES = ["not_affected", "affected", "fixed", "under_investigation"];
var VEX_JUSTIFICATIONS = [
  "component_not_present",
  "vulnerable_code_not_present",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "inline_mitigations_already_exist"
];
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
var SPEC = "https://github.com/openvex/spec";
function parseVex(text, file) {
  const where = `input \`vex\` (${file})`;
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ConfigurationError(where, e.message, `is not JSON. Give an OpenVEX document (JSON, ${SPEC}).`);
  }
  if (!isObj(doc)) throw new ConfigurationError(where, JSON.stringify(doc).slice(0, 60), `is not an OpenVEX document: that is a JSON object with @context, timestamp and statements (${SPEC}).`);
  const context = doc["@context"];
  if (context === void 0) {
    const other = doc.bomFormat === "CycloneDX" ? " It looks like CycloneDX VEX; scan-image reads OpenVEX." : doc.document !== void 0 ? " It looks like CSAF; scan-image reads OpenVEX." : "";
    throw new ConfigurationError(`${where}: \`@context\``, "", `is missing: an OpenVEX document starts with "@context": "https://openvex.dev/ns/v0.2.0".${other}`);
  }
  if (typeof context !== "string" || !/^https?:\/\/openvex\.dev\/ns(\/|$)/.test(context)) {
    throw new ConfigurationError(`${where}: \`@context\``, JSON.stringify(context), 'is not an OpenVEX context. Use "https://openvex.dev/ns/v0.2.0".');
  }
  const timestamp = readTime(doc.timestamp, `${where}: \`timestamp\``, true);
  if (!Array.isArray(doc.statements)) {
    throw new ConfigurationError(`${where}: \`statements\``, doc.statements === void 0 ? "" : JSON.stringify(doc.statements).slice(0, 60), `is ${doc.statements === void 0 ? "missing" : "not a list"}: an OpenVEX document holds a list of statements (${SPEC}).`);
  }
  if (doc.statements.length === 0) throw new ConfigurationError(`${where}: \`statements\``, "[]", "is empty: a VEX document needs at least one statement. Remove the file from `vex`, or add a statement.");
  const statements = doc.statements.map((s, i) => readStatement(s, i + 1, where, timestamp));
  return { file, id: typeof doc["@id"] === "string" ? doc["@id"] : null, timestamp, statements };
}
function readStatement(raw, index, where, docTime) {
  const at = (name2, key) => `${where}, statement ${index}${name2 ? ` (${name2})` : ""}${key ? `: \`${key}\`` : ""}`;
  if (!isObj(raw)) throw new ConfigurationError(at(""), JSON.stringify(raw).slice(0, 60), "must be an object with vulnerability, products and status.");
  const v = raw.vulnerability;
  let name;
  const ids = [];
  if (typeof v === "string" && v.trim()) {
    name = v.trim();
  } else if (isObj(v) && typeof v.name === "string" && v.name.trim()) {
    name = v.name.trim();
    if (v.aliases !== void 0) {
      if (!Array.isArray(v.aliases) || v.aliases.some((a) => typeof a !== "string")) throw new ConfigurationError(at(name, "vulnerability.aliases"), JSON.stringify(v.aliases), "must be a list of IDs as text.");
      ids.push(...v.aliases.map((a) => a.trim()).filter(Boolean));
    }
    if (typeof v["@id"] === "string" && v["@id"].trim()) ids.push(v["@id"].trim());
  } else {
    throw new ConfigurationError(at("", "vulnerability.name"), v === void 0 ? "" : JSON.stringify(v).slice(0, 60), 'is missing: each statement names its vulnerability, e.g. "vulnerability": {"name": "CVE-2099-0002"}.');
  }
  ids.unshift(name);
  const status2 = raw.status;
  if (typeof status2 !== "string" || !VEX_STATUSES.includes(status2)) {
    throw new ConfigurationError(at(name, "status"), status2 === void 0 ? "" : String(status2), `is ${status2 === void 0 ? "missing" : "not a VEX status"}. Use one of: ${VEX_STATUSES.join(", ")}.`);
  }
  const justification2 = optionalText(raw.justification, at(name, "justification"));
  if (justification2 !== null && !VEX_JUSTIFICATIONS.includes(justification2)) {
    throw new ConfigurationError(at(name, "justification"), justification2, `is not a VEX justification label. Use one of: ${VEX_JUSTIFICATIONS.join(", ")}; put free text in impact_statement.`);
  }
  const impactStatement = optionalText(raw.impact_statement, at(name, "impact_statement"));
  if (status2 === "not_affected" && justification2 === null && impactStatement === null) {
    throw new ConfigurationError(
      at(name, "status"),
      status2,
      `needs a justification (one of: ${VEX_JUSTIFICATIONS.join(", ")}) or an impact_statement saying why the product is not affected, as the OpenVEX spec requires.`
    );
  }
  if (!Array.isArray(raw.products) || raw.products.length === 0) {
    throw new ConfigurationError(
      at(name, "products"),
      raw.products === void 0 ? "" : JSON.stringify(raw.products).slice(0, 60),
      'names no product. List the image (e.g. {"@id": "pkg:oci/model-server?repository_url=ghcr.io/acme/model-server"}), with the package as a subcomponent to narrow it, or the package itself by purl.'
    );
  }
  const products = raw.products.map((p, i) => {
    const c = readComponent(p, (k) => at(name, `products[${i}]${k}`), true);
    const subs = isObj(p) ? p.subcomponents : void 0;
    if (subs !== void 0 && !Array.isArray(subs)) throw new ConfigurationError(at(name, `products[${i}].subcomponents`), JSON.stringify(subs).slice(0, 60), 'must be a list of components ({"@id": "pkg:\u2026"}).');
    const subcomponents = (subs ?? []).map((s, j) => readComponent(s, (k) => at(name, `products[${i}].subcomponents[${j}]${k}`), false));
    return { ...c, subcomponents };
  });
  const timestamp = readTime(raw.timestamp, at(name, "timestamp"), false) ?? docTime;
  return { index, vulnerability: name, ids, products, status: status2, justification: justification2, impactStatement, timestamp };
}
function readComponent(raw, at, product) {
  if (typeof raw === "string" && raw.trim() && product) return checkPurls({ id: raw.trim(), purl: null, hashes: {} }, at);
  if (!isObj(raw)) throw new ConfigurationError(at(""), JSON.stringify(raw)?.slice(0, 60) ?? "", "must be an object with an @id (an IRI or purl) or identifiers.");
  const id = typeof raw["@id"] === "string" && raw["@id"].trim() ? raw["@id"].trim() : null;
  if (raw["@id"] !== void 0 && id === null) throw new ConfigurationError(at(".@id"), JSON.stringify(raw["@id"]), "must be an IRI or purl as text.");
  let purl = null;
  if (raw.identifiers !== void 0) {
    if (!isObj(raw.identifiers)) throw new ConfigurationError(at(".identifiers"), JSON.stringify(raw.identifiers), "must map identifier types (purl, cpe22, cpe23) to values.");
    const p = raw.identifiers.purl;
    if (p !== void 0 && (typeof p !== "string" || !p.trim())) throw new ConfigurationError(at(".identifiers.purl"), JSON.stringify(p), "must be a package URL as text (pkg:\u2026).");
    purl = typeof p === "string" ? p.trim() : null;
  }
  const hashes = {};
  if (raw.hashes !== void 0) {
    if (!isObj(raw.hashes) || Object.values(raw.hashes).some((h) => typeof h !== "string")) throw new ConfigurationError(at(".hashes"), JSON.stringify(raw.hashes), "must map hash names (sha-256, \u2026) to hex values.");
    for (const [k, h] of Object.entries(raw.hashes)) hashes[k.toLowerCase()] = h.trim().toLowerCase();
  }
  if (id === null && raw.identifiers === void 0 && Object.keys(hashes).length === 0) {
    throw new ConfigurationError(at(""), JSON.stringify(raw).slice(0, 60), "identifies nothing: give an @id (the image's pkg:oci purl, or a package purl) or identifiers.purl.");
  }
  return checkPurls({ id, purl, hashes }, at);
}
function checkPurls(c, at) {
  for (const [key, value] of [["@id", c.id], ["identifiers.purl", c.purl]]) {
    if (value && value.toLowerCase().startsWith("pkg:") && !parsePurl(value)) {
      throw new ConfigurationError(at(`.${key}`), value, "is not a valid package URL. Write pkg:<type>/<namespace>/<name>@<version>, e.g. pkg:deb/debian/zlib1g or pkg:oci/model-server?repository_url=ghcr.io/acme/model-server.");
    }
  }
  return c;
}
function optionalText(v, where) {
  if (v === void 0 || v === null) return null;
  if (typeof v !== "string") throw new ConfigurationError(where, JSON.stringify(v), "must be text.");
  return v.trim() || null;
}
function readTime(v, where, required) {
  if (v === void 0 || v === null || v === "") {
    if (!required) return null;
    throw new ConfigurationError(where, "", 'is missing: an OpenVEX document says when it was issued, as an RFC 3339 date-time (e.g. "2026-12-01T10:00:00Z").');
  }
  const t = typeof v === "string" && DATE_TIME.test(v.trim()) ? new Date(v.trim()) : null;
  if (!t || Number.isNaN(t.getTime())) throw new ConfigurationError(where, String(v), 'is not an RFC 3339 date-time. Write it like "2026-12-01T10:00:00Z".');
  return t;
}

// src/scan/scan-image.ts
function prepare(c) {
  const source = parseImageSource(c.image, c.cwd);
  const failOn = parseFailOn(c.failOn);
  const maxAgeHours = parseMaxAge(c.maxDbAge);
  const ignores = c.ignoreFile ? parseIgnoreFile(readInput("ignore-file", c.ignoreFile, c.cwd), c.ignoreFile) : [];
  const vex = c.vex.map((f) => parseVex(readInput("vex", f, c.cwd), f));
  let dockerfile = null;
  if (c.dockerfile) {
    const abs = resolve3(c.cwd, c.dockerfile);
    dockerfile = { path: relative(c.cwd, abs).split("\\").join("/"), text: readInput("dockerfile", c.dockerfile, c.cwd) };
  }
  let base = null;
  if (c.baseImage) {
    try {
      base = parseImageSource(c.baseImage, c.cwd);
    } catch (e) {
      if (e instanceof ConfigurationError && !(e instanceof ServiceError)) throw new ConfigurationError("input `base-image`", c.baseImage, e.fix);
      throw e;
    }
  }
  if (!c.username !== !c.password) {
    throw new ConfigurationError(c.username ? "input `password`" : "input `username`", "", `is empty while \`${c.username ? "username" : "password"}\` is set. Give both, or neither (the docker config from docker/login-action is then used).`);
  }
  const credentials = c.username ? { username: c.username, password: c.password } : null;
  return { source, failOn, maxAgeHours, ignores, vex, dockerfile, base, credentials };
}
function readInput(input, file, cwd) {
  try {
    return readFileSync4(resolve3(cwd, file), "utf8");
  } catch (e) {
    const code = e.code;
    throw new ConfigurationError(`input \`${input}\``, file, code === "ENOENT" ? "does not exist. Give a path relative to the working directory, or leave it empty." : `cannot be read (${code ?? e.message}).`);
  }
}
async function scanImage(c) {
  const p = prepare(c);
  const scannerDir = join5(c.cacheDir, c.scanner);
  const errors = [];
  const warnings = [];
  mkdirSync2(c.reportDir, { recursive: true });
  const scratch = mkdtempSync(join5(c.reportDir, ".scratch-"));
  try {
    const installed = await installScanner({ scanner: c.scanner, scannerPath: c.scannerPath, downloadUrl: c.scannerDownloadUrl, toolCache: c.toolCache, cwd: c.cwd, env: c.env, platform: c.nodePlatform, arch: c.nodeArch, log: c.log });
    const baseLayers = p.base ? new Set(await baseDiffIds(p.base, { credentials: p.credentials, platform: c.platform, nodeArch: c.nodeArch, scratch })) : /* @__PURE__ */ new Set();
    const offlineDb = c.offline ? await dbStatus({ scanner: c.scanner, binary: installed.path, cacheDir: scannerDir, env: c.env, cwd: c.cwd }) : void 0;
    if (offlineDb) checkAge(offlineDb, p.maxAgeHours, c, errors, warnings, true);
    const engineReport = join5(c.reportDir, `${c.scanner}.json`);
    const sbomPath = join5(c.reportDir, "sbom.cdx.json");
    const engine = await runEngine({
      scanner: c.scanner,
      binary: installed.path,
      source: p.source,
      cacheDir: scannerDir,
      dbRepository: c.dbRepository,
      offline: c.offline,
      timeoutSeconds: c.timeout,
      platform: c.platform,
      credentials: p.credentials,
      reportPath: engineReport,
      sbomPath,
      scratch,
      db: offlineDb,
      env: c.env,
      cwd: c.cwd,
      log: c.log,
      debug: c.debug
    });
    if (!c.offline) checkAge(engine.db, p.maxAgeHours, c, errors, warnings, false);
    const now = c.now();
    const image = describeSource(p.source);
    const judgement = judge(engine.findings, { failOn: p.failOn, ignoreUnfixed: c.ignoreUnfixed, ignores: p.ignores, vex: p.vex, imageRefs: [c.image, ...p.source.kind === "oci" && p.source.digest ? [p.source.digest] : []], now });
    for (const e of judgement.expiredIgnores) {
      warnings.push(`ignore-file: the entry for ${e.entry.id} expired on ${e.entry.expires}${e.matched ? ` and no longer hides ${e.matched === 1 ? "its finding" : `${e.matched} findings`}` : " and matches nothing any more: delete it"} (${e.entry.reason}).`);
    }
    const meta = { image, scanner: c.scanner, scannerVersion: engine.version, dbUpdatedAt: engine.db.builtAt, now };
    const sarifPath = join5(c.reportDir, "results.sarif");
    writeFileAtomic(sarifPath, JSON.stringify(scanSarif(judgement.findings, { version: c.version, scanner: { name: c.scanner, version: engine.version }, image, dockerfile: p.dockerfile, baseLayers })), "the SARIF file");
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, judgement.counts[s].open]));
    const dbAge2 = ageHours(engine.db, now);
    const reportPath = join5(c.reportDir, "scan-report.json");
    const report = {
      image,
      scanner: { name: c.scanner, version: engine.version, source: installed.source },
      db: { builtAt: engine.db.builtAt?.toISOString() ?? null, ageHours: dbAge2 === null ? null : Number(dbAge2.toFixed(2)), offline: c.offline },
      os: engine.os,
      packages: engine.packages,
      failOn: p.failOn,
      passed: judgement.passed && !errors.length,
      counts,
      findings: judgement.findings,
      expiredIgnores: judgement.expiredIgnores.map((e) => ({ ...e.entry, matched: e.matched }))
    };
    writeFileAtomic(reportPath, `${JSON.stringify(report, null, 2)}
`, "the scan report");
    const annotations = p.dockerfile && baseLayers.size ? annotationsFor(judgement, p.dockerfile, baseLayers) : [];
    let markdown = scanSummary(judgement, meta);
    if (errors.length || warnings.length) markdown += `
${[...errors.map((e) => `> [!CAUTION]
> ${e}`), ...warnings.map((w) => `> [!WARNING]
> ${w}`)].join("\n\n")}
`;
    return {
      judgement,
      counts,
      passed: judgement.passed && !errors.length,
      errors,
      warnings,
      annotations,
      sarifPath,
      sbomPath,
      reportPath,
      dbAgeHours: dbAge2,
      markdown,
      logLine: verdictLine(judgement, meta)
    };
  } finally {
    rmSync2(scratch, { recursive: true, force: true });
  }
}
function checkAge(db, maxHours, c, errors, warnings, before) {
  const age = ageHours(db, c.now());
  if (age === null) {
    if (before) throw new ServiceError(`offline: there is no ${c.scanner} vulnerability DB in ${join5(c.cacheDir, c.scanner)} to scan with. Run once with \`offline: false\` to fetch it (or restore the cache folder with actions/cache; docs/scan-image.md shows how).`);
    warnings.push(`${c.scanner} does not say when its DB was built, so its age is not checked.`);
    return;
  }
  const line = `The ${c.scanner} DB${c.offline ? " (offline, from the cache)" : ""} was built ${describeAge(age)} ago (${db.builtAt?.toISOString()}).`;
  c.log(line);
  if (maxHours === null || age <= maxHours) return;
  const msg = `The ${c.scanner} DB is ${describeAge(age)} old, older than \`max-db-age\` (${c.maxDbAge}): findings published since ${db.builtAt?.toISOString().slice(0, 10)} are missed. ${c.offline ? "Run once with `offline: false` to refresh the cache" : "Check `db-repository`: the mirror serves an old DB"}, or raise \`max-db-age\`.`;
  if (c.oldDb === "fail") errors.push(msg);
  else warnings.push(msg);
}

// src/actions/scan-image.ts
var spec = {
  image: string(),
  scanner: oneOf(["trivy", "grype"]),
  "scanner-path": string(),
  "scanner-download-url": string(),
  "cache-dir": output("folder"),
  "db-repository": string(),
  offline: bool(),
  "max-db-age": string(),
  "old-db": oneOf(["fail", "warn"]),
  "fail-on": string(),
  "ignore-unfixed": bool(),
  "ignore-file": string(),
  vex: list(),
  dockerfile: string(),
  "base-image": string(),
  platform: string(),
  username: string(),
  password: string(),
  timeout: number({ min: 1, max: 86400, integer: true }),
  "report-dir": output("folder")
};
async function main(io) {
  const inputs = readInputs("scan-image", spec, io);
  if (inputs.password) io.setSecret(inputs.password);
  const home = io.env.XDG_CACHE_HOME || join6(io.env.HOME || homedir(), ".cache");
  const r = await scanImage({
    ...inputs,
    cacheDir: resolve4(io.cwd, inputs.cacheDir.trim() || join6(home, "model-cd", "scan")),
    reportDir: resolve4(io.cwd, inputs.reportDir.trim() || join6(io.tempDir, "scan-image")),
    toolCache: io.env.RUNNER_TOOL_CACHE || join6(home, "model-cd", "tools"),
    cwd: io.cwd,
    env: io.env,
    nodePlatform: process.platform,
    nodeArch: process.arch,
    version: VERSION,
    now: () => /* @__PURE__ */ new Date(),
    log: (l) => io.info(l),
    debug: (l) => io.debug(l)
  });
  io.info(r.logLine);
  for (const a of r.annotations) io.annotate(a.level, a.message, { file: a.file, line: a.line, title: a.title });
  for (const w of r.warnings) io.annotate("warning", w, { title: "scan-image" });
  for (const e of r.errors) io.annotate("error", e, { title: "scan-image" });
  if (!r.judgement.passed) {
    for (const f of r.judgement.failing.slice(0, 10)) io.annotate("error", `${f.id} (${f.severity}) in ${f.package} ${f.version}${f.fixedVersion ? `, fixed in ${f.fixedVersion}` : ", no fix yet"}`, { title: "scan-image" });
  }
  io.setOutput("passed", String(r.passed));
  io.setOutput("vulnerabilities", JSON.stringify(r.counts));
  io.setOutput("critical", String(r.counts.critical));
  io.setOutput("high", String(r.counts.high));
  io.setOutput("sarif", r.sarifPath);
  io.setOutput("sbom", r.sbomPath);
  io.setOutput("report", r.reportPath);
  io.setOutput("db-age-hours", r.dbAgeHours === null ? "" : String(Number(r.dbAgeHours.toFixed(2))));
  io.summary(r.markdown);
  return r.passed ? 0 : 1;
}
export {
  main,
  spec
};
