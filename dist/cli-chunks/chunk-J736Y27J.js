import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  HttpError,
  describeFetchError,
  fetchWithRetry,
  redact,
  sendingBody
} from "./chunk-6SQENMC6.js";
import {
  writeError,
  writeFileAtomic
} from "./chunk-ZKYIUTKU.js";
import {
  ConfigurationError,
  NotFoundError,
  ServiceError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/registry/s3/credentials.ts
init_define_ACTION_META();
var NONE_FOUND = /could not load credentials from any providers/i;
var CHAIN = "environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), a profile in ~/.aws/credentials or ~/.aws/config, a web identity token (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN), container credentials (ECS, EKS Pod Identity) or instance metadata (EC2)";
async function awsAuth(env, opts) {
  const id = env.AWS_ACCESS_KEY_ID ?? "";
  const secret = env.AWS_SECRET_ACCESS_KEY ?? "";
  if (Boolean(id) !== Boolean(secret)) {
    throw new ConfigurationError(
      "environment variable",
      id ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID",
      "is not set while its partner is. Set both (aws-actions/configure-aws-credentials does), or neither to use the other credential sources."
    );
  }
  const profile = env.AWS_PROFILE || env.AWS_DEFAULT_PROFILE || "";
  const files = await sharedFiles(profile);
  const source = profile ? `profile ${profile}` : id ? "the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN)" : describeChain(env, files.names);
  const clientConfig = { region: opts.region || files.region || "us-east-1" };
  const chain = profile ? cached((await import("./dist-cjs-GBJ24F6N.js")).fromIni({ profile, clientConfig })) : (await import("./dist-cjs-G7OIK5C5.js")).defaultProvider({ clientConfig });
  let lastMasked = "";
  const masked = async () => {
    const c = await chain();
    if (c.secretAccessKey !== lastMasked) {
      lastMasked = c.secretAccessKey;
      opts.setSecret(c.secretAccessKey);
      if (c.sessionToken) opts.setSecret(c.sessionToken);
    }
    return c.sessionToken ? { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken } : { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey };
  };
  const auth = { source, profileRegion: files.region };
  try {
    await masked();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!profile && NONE_FOUND.test(message)) {
      if (opts.required) {
        throw new ConfigurationError("AWS credentials", "", `were not found: publishing writes to the bucket and needs them. Looked in ${CHAIN}. Set some, e.g. with aws-actions/configure-aws-credentials.`);
      }
      opts.info(`No AWS credentials found (looked in ${CHAIN}): sending unsigned requests, which only public buckets answer.`);
      return { ...auth, credentials: null };
    }
    throw new ServiceError(`could not get AWS credentials from ${source}: ${firstLine(message)}. ${sourceHint(profile, env)}`);
  }
  opts.info(`AWS credentials: from ${source}.`);
  return { ...auth, credentials: masked };
}
function cached(provider) {
  let current;
  return async () => {
    current ??= provider();
    const c = await current;
    if (c.expiration && c.expiration.getTime() - Date.now() < 3e5) current = provider();
    return current;
  };
}
async function sharedFiles(profile) {
  const { loadSharedConfigFiles } = await import("./config-BAWL7ZZA.js");
  const { configFile, credentialsFile } = await loadSharedConfigFiles().catch(() => ({ configFile: {}, credentialsFile: {} }));
  const names = [.../* @__PURE__ */ new Set([...Object.keys(credentialsFile), ...Object.keys(configFile)])].sort();
  const used = profile || "default";
  if (profile && !names.includes(profile)) {
    throw new ConfigurationError(
      "environment variable AWS_PROFILE",
      profile,
      `names no profile in ~/.aws/credentials or ~/.aws/config (or the files AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name): ${names.length ? `the profiles there are ${names.join(", ")}` : "there are none"}. Fix the name, or unset AWS_PROFILE.`
    );
  }
  return { names, region: configFile[used]?.region ?? credentialsFile[used]?.region ?? "" };
}
function describeChain(env, profiles) {
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return `the web identity token file (AWS_WEB_IDENTITY_TOKEN_FILE, role ${env.AWS_ROLE_ARN || "unset"})`;
  if (profiles.includes("default")) return "profile default";
  if (env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) return "container credentials";
  return "instance metadata";
}
function sourceHint(profile, env) {
  if (profile) return `Check profile ${profile} in ~/.aws/config and ~/.aws/credentials (role_arn, source_profile, credential_process, sso_session), and that the role may be assumed.`;
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE) return "Check AWS_WEB_IDENTITY_TOKEN_FILE (the file must exist and hold a current token) and AWS_ROLE_ARN (the role must trust this identity provider).";
  return `The chain looks in ${CHAIN}.`;
}
var firstLine = (s) => s.split("\n")[0]?.replace(/\.$/, "") ?? "";
function rejectionHint(code, source) {
  const from = source ? ` (credentials from ${source})` : "";
  const those = source ? ` from ${source}` : "";
  if (code === "ExpiredToken" || code === "TokenRefreshRequired") {
    return `The session token has expired${from}: get new temporary credentials (with aws-actions/configure-aws-credentials, a role-duration-seconds longer than the job).`;
  }
  if (code === "InvalidToken") return `The server does not accept the session token${from}: it is malformed, expired or from another partition. Get new temporary credentials.`;
  if (code === "InvalidAccessKeyId") return `The server does not know the access key${from}. Check that the credentials belong to this account and endpoint.`;
  if (code === "SignatureDoesNotMatch") return `The secret key does not match the access key${from}, or \`aws-region\` is not the bucket's.`;
  return `Check the credentials${those} and \`aws-region\`.`;
}
var resolveCredentials = async (c) => typeof c === "function" ? c() : c;
async function s3ConfigFrom(inputs, env, opts) {
  const region = inputs.awsRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || "";
  const auth = await awsAuth(env, { ...opts, region });
  return {
    endpoint: inputs.s3Endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || "",
    region: region || auth.profileRegion || "us-east-1",
    pathStyle: inputs.s3PathStyle,
    credentials: auth.credentials,
    credentialSource: auth.source
  };
}

// src/registry/s3/client.ts
init_define_ACTION_META();
import { createHash as createHash2 } from "node:crypto";

// src/registry/s3/sigv4.ts
init_define_ACTION_META();
import { createHash, createHmac } from "node:crypto";
var UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
var EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
var UNSIGNED_HEADERS = /* @__PURE__ */ new Set([
  "authorization",
  "connection",
  "expect",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id"
]);
function uriEncode(s, keepSlash = false) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c) || keepSlash && c === "/") out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function uriDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function canonicalQuery(search) {
  const raw = search.startsWith("?") ? search.slice(1) : search;
  if (!raw) return "";
  const pairs = raw.split("&").filter((p) => p !== "").map((p) => {
    const eq = p.indexOf("=");
    const k = eq < 0 ? p : p.slice(0, eq);
    const v = eq < 0 ? "" : p.slice(eq + 1);
    return [uriEncode(uriDecode(k)), uriEncode(uriDecode(v))];
  });
  pairs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}
function hostOf(url) {
  return url.host.toLowerCase();
}
function amzDate(d) {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
function sign(input) {
  const service = input.service ?? "s3";
  const stamp = amzDate(input.date);
  const day = stamp.slice(0, 8);
  const headers = {};
  for (const [k, v] of Object.entries(input.headers)) {
    if (k.toLowerCase() === "authorization") continue;
    headers[k] = v;
  }
  dropHeader(headers, "x-amz-date");
  dropHeader(headers, "x-amz-content-sha256");
  dropHeader(headers, "x-amz-security-token");
  headers["x-amz-date"] = stamp;
  headers["x-amz-content-sha256"] = input.payloadHash;
  if (input.credentials.sessionToken) headers["x-amz-security-token"] = input.credentials.sessionToken;
  const toSign = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(headers)) {
    const name = k.toLowerCase();
    if (UNSIGNED_HEADERS.has(name)) continue;
    toSign.set(name, [...toSign.get(name) ?? [], v.trim().split(/\s+/).join(" ")]);
  }
  if (!toSign.has("host")) toSign.set("host", [hostOf(input.url)]);
  const names = [...toSign.keys()].sort();
  const canonicalHeaders = names.map((n) => `${n}:${(toSign.get(n) ?? []).join(",")}
`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    input.method.toUpperCase(),
    input.url.pathname || "/",
    canonicalQuery(input.url.search),
    canonicalHeaders,
    signedHeaders,
    input.payloadHash
  ].join("\n");
  const scope = `${day}/${input.region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", stamp, scope, createHash("sha256").update(canonicalRequest).digest("hex")].join("\n");
  const key = signingKey(input.credentials.secretAccessKey, day, input.region, service);
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  headers["authorization"] = `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign };
}
function signingKey(secret, day, region, service) {
  const kDate = createHmac("sha256", `AWS4${secret}`).update(day).digest();
  const kRegion = createHmac("sha256", kDate).update(region).digest();
  const kService = createHmac("sha256", kRegion).update(service).digest();
  return createHmac("sha256", kService).update("aws4_request").digest();
}
function dropHeader(headers, name) {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name) delete headers[k];
}

// src/registry/s3/client.ts
var s3Uri = (bucket, key = "") => `s3://${bucket}/${key}`;
function encodeQuery(params) {
  return params.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join("&");
}
var S3Client = class {
  constructor(config) {
    this.config = config;
    const endpoint = config.endpoint || `https://s3.${config.region}.amazonaws.com`;
    try {
      this.base = new URL(endpoint);
    } catch {
      throw new ServiceError(`the S3 endpoint ${JSON.stringify(endpoint)} is not a URL. Give one like https://s3.example.com or http://127.0.0.1:9000.`);
    }
    if (this.base.protocol !== "http:" && this.base.protocol !== "https:") {
      throw new ServiceError(`the S3 endpoint ${JSON.stringify(endpoint)} is not an http(s) URL.`);
    }
  }
  base;
  get endpoint() {
    return this.base.origin + this.base.pathname.replace(/\/$/, "");
  }
  /** The URL of an object (or of the bucket when key is undefined), path-style or virtual-host. */
  url(bucket, key, query = "") {
    const u = new URL(this.base.href);
    const prefix = u.pathname.replace(/\/$/, "");
    if (key?.split("/").some((s) => s === "." || s === "..")) throw new ServiceError(`the object key ${JSON.stringify(key)} has a "." or ".." segment, which cannot be addressed safely.`);
    const encodedKey = key === void 0 ? "" : uriEncode(key, true);
    if (this.usePathStyle(bucket)) {
      u.pathname = `${prefix}/${uriEncode(bucket)}/${encodedKey}`;
    } else {
      u.hostname = `${bucket}.${u.hostname}`;
      u.pathname = `${prefix}/${encodedKey}`;
    }
    u.search = query;
    return u;
  }
  /** Virtual-host addressing needs a DNS name for the bucket; IP and localhost endpoints cannot. */
  usePathStyle(bucket) {
    if (this.config.pathStyle) return true;
    const host = this.base.hostname;
    if (host === "localhost" || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith("[")) return true;
    return this.base.protocol === "https:" && bucket.includes(".");
  }
  async head(bucket, key) {
    const res = await this.send("HEAD", bucket, key, {}, { what: s3Uri(bucket, key) });
    await res.body?.cancel().catch(() => void 0);
    if (!res.ok) throw await this.failure(res, bucket, key);
    return infoFrom(key, res);
  }
  async get(bucket, key, opts = {}) {
    const headers = {};
    if (opts.range) headers["range"] = `bytes=${opts.range.start}-${opts.range.end ?? ""}`;
    if (opts.ifMatch) headers["if-match"] = quoteEtag(opts.ifMatch);
    const res = await this.send("GET", bucket, key, headers, { what: s3Uri(bucket, key), ...opts.signal ? { signal: opts.signal } : {} });
    if (res.status !== 200 && res.status !== 206) throw await this.failure(res, bucket, key);
    if (!res.body) throw new ServiceError(`the S3 server sent no body for ${s3Uri(bucket, key)} (HTTP ${res.status}).`, res.status);
    let offset = 0;
    let size = Number(res.headers.get("content-length") ?? NaN);
    if (res.status === 206) {
      const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(res.headers.get("content-range") ?? "");
      if (!m) throw new ServiceError(`the S3 server answered a range request for ${s3Uri(bucket, key)} without a readable Content-Range.`, 206);
      offset = Number(m[1]);
      size = m[3] === "*" ? NaN : Number(m[3]);
    }
    const info = infoFrom(key, res);
    info.size = size;
    return { status: res.status, info, offset, body: res.body };
  }
  /** Every object under a prefix, following continuation tokens. */
  async *list(bucket, prefix) {
    let token;
    do {
      const params = [
        ["list-type", "2"],
        ["prefix", prefix],
        ["encoding-type", "url"]
      ];
      if (token) params.push(["continuation-token", token]);
      const query = encodeQuery(params);
      const res = await this.send("GET", bucket, void 0, {}, { what: s3Uri(bucket, prefix), query });
      if (!res.ok) throw await this.failure(res, bucket, prefix, true);
      const xml = await res.text();
      const page = parseListPage(xml);
      for (const o of page.objects) yield o;
      token = page.truncated ? page.nextToken : void 0;
      if (page.truncated && !token) throw new ServiceError(`the S3 server truncated the listing of ${s3Uri(bucket, prefix)} without a continuation token.`);
    } while (token);
  }
  async put(bucket, key, body, opts = {}) {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    const headers = { "content-length": String(bytes.length) };
    if (opts.contentType) headers["content-type"] = opts.contentType;
    if (opts.ifNoneMatch) headers["if-none-match"] = "*";
    const payloadHash = createHash2("sha256").update(bytes).digest("hex");
    const res = await this.send("PUT", bucket, key, headers, { what: s3Uri(bucket, key), body: bytes, payloadHash });
    await res.body?.cancel().catch(() => void 0);
    if (res.status === 412 && opts.ifNoneMatch) throw new ServiceError(`${s3Uri(bucket, key)} already exists (a conditional write lost the race).`, 412);
    if (!res.ok) throw await this.failure(res, bucket, key);
    return { etag: unquoteEtag(res.headers.get("etag") ?? "") };
  }
  async send(method, bucket, key, headers, opts) {
    const url = this.url(bucket, key, opts.query ?? "");
    const payloadHash = opts.payloadHash ?? (opts.body ? createHash2("sha256").update(opts.body).digest("hex") : method === "GET" || method === "HEAD" ? UNSIGNED_PAYLOAD : EMPTY_SHA256);
    const credentials = await resolveCredentials(this.config.credentials);
    const signed = credentials ? sign({ method, url, headers, payloadHash, credentials, region: this.config.region, date: (this.config.now ?? (() => /* @__PURE__ */ new Date()))() }).headers : { ...headers };
    if (!headers["range"]) signed["accept-encoding"] = "identity";
    const init = { method, headers: signed, redirect: "manual" };
    if (opts.signal) init.signal = opts.signal;
    if (opts.body) init.body = opts.body;
    try {
      return await fetchWithRetry(url, init, this.config.retry);
    } catch (e) {
      if (e instanceof HttpError && e.status === null) {
        throw new ServiceError(
          `cannot reach the S3 endpoint ${redact(this.endpoint)} for ${opts.what}: ${e.message.replace(/^.*failed after/, "failed after")}. Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`
        );
      }
      if (e instanceof HttpError) throw new ServiceError(`the S3 server kept failing for ${opts.what}: ${e.message}.`, e.status);
      if (opts.signal?.aborted) throw e;
      if (e instanceof TypeError) {
        const cause = e.cause;
        throw new ServiceError(
          `cannot reach the S3 endpoint ${redact(this.endpoint)} for ${opts.what}: ${cause?.code ?? ""}${cause?.code ? " " : ""}(${cause?.message ?? e.message}). Check \`s3-endpoint\` (or AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL) and the network.`
        );
      }
      throw e;
    }
  }
  async failure(res, bucket, key, listing = false) {
    const text2 = res.status === 304 || !res.body ? "" : await res.text().catch(() => "");
    const code = xmlText(text2, "Code") ?? "";
    const message = xmlText(text2, "Message") ?? "";
    const said = [code, message].filter(Boolean).join(": ");
    const detail = `HTTP ${res.status}${said ? ` ${said}` : ""}`;
    const target = s3Uri(bucket, key);
    if ((res.status === 401 || res.status === 403) && !this.config.credentials) {
      return new ServiceError(
        `access denied for ${target} to an unsigned request (${detail}): no AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (e.g. with aws-actions/configure-aws-credentials) or AWS_PROFILE, or run where the instance or pod has a role.`,
        res.status
      );
    }
    if (res.status === 401 || res.status === 403) {
      return new ServiceError(
        `credentials rejected for ${target} (${detail}). ${rejectionHint(code, this.config.credentialSource)} They must be allowed to read this ${listing ? "bucket (s3:ListBucket)" : "object (s3:GetObject; a missing object also answers 403 without s3:ListBucket)"}.`,
        res.status
      );
    }
    if (res.status === 404) {
      if (code === "NoSuchBucket") return new ServiceError(`no bucket s3://${bucket} at ${redact(this.endpoint)} (${detail}). Check the bucket name, \`s3-endpoint\` and \`aws-region\`.`, 404);
      return new NotFoundError(`no object ${target} at ${redact(this.endpoint)} (${detail}). Check the key; a folder needs a trailing slash (s3://bucket/prefix/).`);
    }
    if (res.status === 301 || res.status === 307 || res.status === 400) {
      const region = res.headers.get("x-amz-bucket-region");
      if (region && region !== this.config.region) {
        return new ServiceError(`${target} is in region ${region}, not ${this.config.region} (${detail}). Set \`aws-region: ${region}\`.`, res.status);
      }
    }
    if (res.status === 412) return new ServiceError(`${target} changed while it was being read (${detail}). Run again.`, 412);
    return new ServiceError(`the S3 server refused ${target} (${detail}).`, res.status);
  }
};
function infoFrom(key, res) {
  return {
    key,
    size: Number(res.headers.get("content-length") ?? NaN),
    etag: unquoteEtag(res.headers.get("etag") ?? ""),
    lastModified: res.headers.get("last-modified") ?? "",
    contentType: res.headers.get("content-type") ?? ""
  };
}
function unquoteEtag(etag) {
  return etag.replace(/^W\//, "").replace(/^"(.*)"$/, "$1");
}
function quoteEtag(etag) {
  return etag.startsWith('"') ? etag : `"${etag}"`;
}
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function xmlUnescape(s) {
  return s.replace(
    /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g,
    (_, e) => e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]
  );
}
function xmlText(xml, tag) {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? xmlUnescape(m[1]) : void 0;
}
function parseListPage(xml) {
  const urlEncoded = xmlText(xml, "EncodingType") === "url";
  const objects = [];
  for (const m of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
    const block = m[1];
    const rawKey = xmlText(block, "Key") ?? "";
    objects.push({
      key: urlEncoded ? decodeURIComponent(rawKey.replace(/\+/g, " ")) : rawKey,
      size: Number(xmlText(block, "Size") ?? NaN),
      etag: unquoteEtag(xmlText(block, "ETag") ?? ""),
      lastModified: xmlText(block, "LastModified") ?? "",
      contentType: ""
    });
  }
  const page = { objects, truncated: xmlText(xml, "IsTruncated") === "true" };
  const next = xmlText(xml, "NextContinuationToken");
  if (next !== void 0) page.nextToken = next;
  return page;
}

// src/registry/uri.ts
init_define_ACTION_META();
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var ACCEPTED_FORMS = "s3://bucket/key (a file), s3://bucket/prefix/ (a folder), models:/<name>@<alias>, models:/<name>/<version>, models:/<name>/latest, runs:/<run-id>/<path>, s3://bucket/registry#<name>@<alias> and s3://bucket/registry#<name>/<version> (the plain S3 registry), file:///absolute/path or a local path";
var INPUT = "input `model-uri`";
function bad(value, why) {
  return new ConfigurationError(INPUT, value, `${why}. Accepted forms: ${ACCEPTED_FORMS}.`);
}
var BUCKET = /^[a-z0-9][a-z0-9._-]{2,254}$/i;
var MODEL_NAME = /^[^/@]+$/;
function parseModelUri(value, cwd) {
  const uri = value.trim();
  if (!uri) throw bad(value, "is empty");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]+):/.exec(uri)?.[1]?.toLowerCase();
  switch (scheme) {
    case void 0:
      return { kind: "local", path: resolve(cwd, uri) };
    case "s3":
    case "s3a":
    case "s3n":
      return parseS3(uri, value);
    case "file":
      return parseFile(uri, value);
    case "models":
      return parseModels(uri, value);
    case "runs":
      return parseRuns(uri, value);
    default:
      throw bad(value, `has the unknown scheme "${scheme}:"`);
  }
}
var REGISTRY_FRAGMENT = /^(.*)#([A-Za-z0-9][A-Za-z0-9._-]{0,127})(?:@([A-Za-z0-9][A-Za-z0-9._-]{0,127})|\/([1-9]\d{0,8}))$/s;
function parseS3(uri, value) {
  const reg = REGISTRY_FRAGMENT.exec(uri);
  if (reg) {
    const base = reg[1];
    const root = parseS3(/^[a-z0-9]+:\/\/[^/]+$/i.test(base) ? `${base}/` : base, value);
    if (root.kind !== "s3") throw bad(value, "is not an S3 registry URI");
    const prefix = root.key.replace(/\/+$/, "");
    const name = reg[2];
    return { kind: "s3-registry", bucket: root.bucket, prefix, name, ref: reg[3] !== void 0 ? { alias: reg[3] } : { version: Number(reg[4]) } };
  }
  if (/#[^/]*@[^/]*$/.test(uri) || /#[^/]+\/\d+$/.test(uri)) throw bad(value, 'has a registry fragment that is not #<name>@<alias> or #<name>/<version> (names and aliases: letters, digits, ".", "_" and "-"; versions from 1)');
  const m = /^[a-z0-9]+:\/\/([^/]*)(?:\/(.*))?$/is.exec(uri);
  if (!m) throw bad(value, "is not an S3 URI (s3:// then the bucket)");
  const bucket = m[1];
  const key = m[2];
  if (!BUCKET.test(bucket)) throw bad(value, `names the bucket ${JSON.stringify(bucket)}, which is not a valid bucket name`);
  if (key === void 0) throw bad(value, `names a bucket but no key: use s3://${bucket}/ for every object in the bucket, or s3://${bucket}/<key>`);
  const folder = key === "" || key.endsWith("/");
  const problem = keyProblem(folder ? key.replace(/\/$/, "") : key, folder);
  if (problem) throw bad(value, `has an object key that ${problem}`);
  return { kind: "s3", bucket, key, folder };
}
function keyProblem(key, allowEmpty = false) {
  if (key === "") return allowEmpty ? null : "is empty";
  if (key.startsWith("/")) return 'is absolute (starts with "/")';
  if (/^[a-zA-Z]:/.test(key)) return "starts with a drive letter";
  if (key.includes("\\")) return "contains a backslash";
  if (/[\u0000-\u001f\u007f]/.test(key)) return "contains a control character";
  const segments = key.split("/");
  if (segments.some((s) => s === "..")) return 'contains a ".." segment and would escape the destination';
  if (segments.some((s) => s === ".")) return 'contains a "." segment';
  if (segments.some((s) => s === "")) return 'contains an empty segment ("//" or a trailing "/")';
  return null;
}
function parseFile(uri, value) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    throw bad(value, "is not a valid file:// URL");
  }
  if (url.hostname && url.hostname !== "localhost") throw bad(value, `names the host "${url.hostname}"; file URLs must be local (file:///path)`);
  if (url.search || url.hash) throw bad(value, "has a query or fragment, which a file URL for a model cannot have");
  if (/%2f/i.test(url.pathname)) throw bad(value, 'has an encoded slash (%2F). Write the slashes of the path as "/" (file:///folder/model.onnx)');
  let path;
  try {
    path = fileURLToPath(new URL(`file://${url.pathname}`));
  } catch {
    throw bad(value, 'has a broken %-escape (a "%" must be followed by two hex digits; write a literal "%" as %25)');
  }
  if (!isAbsolute(path)) throw bad(value, "is not an absolute path");
  return { kind: "local", path };
}
function parseModels(uri, value) {
  const m = /^models:\/([^/].*)$/i.exec(uri);
  if (!m || uri.startsWith("models://")) throw bad(value, "is not a registry URI: write models:/<name>@<alias> or models:/<name>/<version>");
  const rest = m[1];
  const at = /^([^/@]+)@([^/@]+)$/.exec(rest);
  if (at) return { kind: "mlflow-model", name: at[1], ref: { alias: at[2] } };
  const parts = rest.split("/");
  if (parts.length !== 2 || !MODEL_NAME.test(parts[0]) || !parts[1]) {
    throw bad(value, 'needs a model name and one version, alias or "latest" (models:/<name>@<alias>, models:/<name>/<version>, models:/<name>/latest)');
  }
  const [name, ref] = parts;
  if (/^\d+$/.test(ref)) return { kind: "mlflow-model", name, ref: { version: String(Number(ref)) } };
  if (ref === "latest") return { kind: "mlflow-model", name, ref: { latest: true } };
  return { kind: "mlflow-model", name, ref: { stage: ref } };
}
function parseRuns(uri, value) {
  const m = /^runs:\/([A-Za-z0-9_-]+)(?:\/(.*))?$/.exec(uri);
  if (!m || uri.startsWith("runs://")) throw bad(value, "is not a run URI: write runs:/<run-id>/<artifact path>");
  const path = (m[2] ?? "").replace(/\/$/, "");
  const problem = keyProblem(path, true);
  if (problem) throw bad(value, `has an artifact path that ${problem}`);
  return { kind: "mlflow-run", runId: m[1], path };
}

// src/registry/s3registry/layout.ts
init_define_ACTION_META();

// src/common/answer.ts
init_define_ACTION_META();
var Mismatch = class extends Error {
};
function describe(v) {
  if (v === void 0) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  const text2 = JSON.stringify(v);
  return `${typeof v} ${text2.length > 40 ? `${text2.slice(0, 40)}\u2026` : text2}`;
}
function fail(at, v, expected) {
  throw new Mismatch(`${at || "the document"} is ${describe(v)}, expected ${expected}`);
}
var str = (v, at) => typeof v === "string" ? v : fail(at, v, "a string");
var bool = (v, at) => typeof v === "boolean" ? v : fail(at, v, "true or false");
var matching = (re, expected) => (v, at) => typeof v === "string" && re.test(v) ? v : fail(at, v, expected);
var int = (min) => (v, at) => typeof v === "number" && Number.isInteger(v) && v >= min ? v : fail(at, v, `a whole number from ${min}`);
var text = (v, at) => typeof v === "string" || typeof v === "number" && Number.isFinite(v) ? String(v) : fail(at, v, "a string or a number");
var literal = (want) => (v, at) => v === want ? want : fail(at, v, JSON.stringify(want));
var optional = (c) => (v, at) => v === void 0 ? void 0 : c(v, at);
var nullable = (c) => (v, at) => v === null ? null : c(v, at);
var where = (c, ok, expected) => (v, at) => {
  const got = c(v, at);
  return ok(got) ? got : fail(at, v, expected);
};
var array = (item) => (v, at) => Array.isArray(v) ? v.map((x, i) => item(x, `${at}[${i}]`)) : fail(at, v, "an array");
var record = (value) => (v, at) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(at, v, "an object");
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, `${at}.${k}`)]));
};
var anything = (v) => v;
var object = (shape) => (v, at) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(at, v, "an object");
  const out = { ...v };
  for (const [k, c] of Object.entries(shape)) {
    const got = c(v[k], at ? `${at}.${k}` : k);
    if (got === void 0) delete out[k];
    else out[k] = got;
  }
  return out;
};
function checkAnswer(value, check, c) {
  try {
    return check(value, "");
  } catch (e) {
    if (!(e instanceof Mismatch)) throw e;
    throw new ServiceError(`${c.what} is not ${c.expected}: ${e.message}. ${c.suggest}`);
  }
}
function answer(body, check, c) {
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    const start = body.slice(0, 80).replace(/\s+/g, " ").trim();
    throw new ServiceError(`${c.what} is not JSON (${start ? `it starts ${JSON.stringify(start)}` : "it is empty"}), expected ${c.expected}. ${c.suggest}`);
  }
  return checkAnswer(value, check, c);
}

// src/registry/manifest.ts
init_define_ACTION_META();
import { createHash as createHash3 } from "node:crypto";
function sortEntries(entries) {
  return [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}
function manifestText(entries) {
  return sortEntries(entries).map((e) => `${e.sha256}  ${e.path}
`).join("");
}
function manifestSha256(entries) {
  if (entries.length === 0) throw new Error("a manifest needs at least one file");
  return createHash3("sha256").update(manifestText(entries)).digest("hex");
}
var SHA256_HEX = /^[0-9a-f]{64}$/;

// src/registry/s3registry/layout.ts
var MANIFEST_SCHEMA = "model-cd/s3-registry/manifest/v1";
var ALIAS_SCHEMA = "model-cd/s3-registry/alias/v1";
var BUCKET2 = /^[a-z0-9][a-z0-9._-]{2,254}$/i;
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function parseRegistry(value) {
  const fix = "is not an S3 registry root or an MLflow tracking server. Give s3://<bucket>/<prefix> (or s3://<bucket> for the top of the bucket), or `mlflow` or the http(s) URL of an MLflow tracking server.";
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/i.exec(value.trim());
  if (!m || !BUCKET2.test(m[1])) throw new ConfigurationError("input `registry`", value, fix);
  const prefix = (m[2] ?? "").replace(/\/+$/, "");
  const problem = prefix ? keyProblem(prefix) : null;
  if (problem) throw new ConfigurationError("input `registry`", value, `has a prefix that ${problem}. ${fix}`);
  return { bucket: m[1], prefix };
}
function checkName(input, value) {
  if (!NAME.test(value)) {
    throw new ConfigurationError(`input \`${input}\``, value, 'is not a valid name: use letters, digits, ".", "_" and "-" (starting with a letter or digit, at most 128).');
  }
  return value;
}
function parseVersion(value, input = "version") {
  const v = value.trim();
  if (!/^[1-9]\d{0,8}$/.test(v)) throw new ConfigurationError(`input \`${input}\``, value, "is not a version: give a whole number from 1, as the `version` output of an earlier publish-model.");
  return Number(v);
}
var join = (...parts) => parts.filter(Boolean).join("/");
var modelPrefix = (r, name) => join(r.prefix, name) + "/";
var versionPrefix = (r, name, n) => join(r.prefix, name, "versions", String(n)) + "/";
var claimKey = (r, name, n) => versionPrefix(r, name, n) + "claim.json";
var filesPrefix = (r, name, n) => versionPrefix(r, name, n) + "files/";
var fileKey = (r, name, n, path) => filesPrefix(r, name, n) + path;
var manifestKey = (r, name, n) => versionPrefix(r, name, n) + "manifest.json";
var aliasKey = (r, name, alias) => join(r.prefix, name, "aliases", alias);
var versionUri = (r, name, n) => `s3://${r.bucket}/${filesPrefix(r, name, n)}`;
function parseTags(text2) {
  const tags = {};
  for (const line of text2.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const eq = line.indexOf("=");
    const key = eq < 0 ? "" : line.slice(0, eq).trim();
    if (!key) throw new ConfigurationError("input `tags`", line, "is not a tag: write one key=value per line.");
    tags[key] = line.slice(eq + 1).trim();
  }
  return tags;
}
function runnerTags(env) {
  const tags = {};
  if (env.GITHUB_SHA) tags["git.commit"] = env.GITHUB_SHA;
  if (env.GITHUB_REPOSITORY) tags["git.repository"] = env.GITHUB_REPOSITORY;
  const run = runUrl(env);
  if (run) tags["github.run-url"] = run;
  return tags;
}
function runUrl(env) {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return "";
  return `${env.GITHUB_SERVER_URL.replace(/\/$/, "")}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
var FILE_ENTRY = object({
  path: where(str, (p) => keyProblem(p) === null, "a relative path inside the version folder"),
  size: int(0),
  sha256: matching(SHA256_HEX, "64 hex digits")
});
var MANIFEST = object({
  schema: literal(MANIFEST_SCHEMA),
  name: optional(str),
  version: int(1),
  created: optional(str),
  sha256: matching(SHA256_HEX, "64 hex digits"),
  size: optional(int(0)),
  files: where(array(FILE_ENTRY), (f) => f.length > 0, "at least one file"),
  tags: optional(record(text)),
  metrics: optional(record(anything)),
  description: optional(str)
});
var ALIAS = object({
  // Older pointers may lack the schema; one that names another is not ours.
  schema: optional(literal(ALIAS_SCHEMA)),
  version: int(1),
  previous: nullable(int(1)),
  updated: optional(str),
  by: optional(str)
});
var DAMAGED = "The registry object is corrupted or was written by something other than publish-model (a proxy answering in place of the S3 server sends a page instead).";
function parseManifest(text2, uri) {
  return answer(text2, MANIFEST, { what: `the manifest ${uri}`, expected: `a ${MANIFEST_SCHEMA} manifest`, suggest: DAMAGED });
}
function parseAlias(text2, uri) {
  const expected = 'an alias pointer {"schema": "' + ALIAS_SCHEMA + '", "version": <n>, "previous": <n|null>, "updated": <time>}';
  return answer(text2, ALIAS, { what: `the alias ${uri}`, expected, suggest: DAMAGED });
}

// src/registry/pull.ts
init_define_ACTION_META();
import { createHash as createHash7 } from "node:crypto";
import { createReadStream, createWriteStream as createWriteStream2, constants as fsConstants } from "node:fs";
import { chmod as chmod2, copyFile, link, lstat, mkdir as mkdir3, mkdtemp, readdir as readdir2, rename as rename2, rm as rm3, stat as stat2 } from "node:fs/promises";
import { basename, dirname as dirname3, isAbsolute as isAbsolute3, join as join5, relative as relative2, resolve as resolve2, sep } from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/registry/cache.ts
init_define_ACTION_META();
import { createHash as createHash4, randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join as join2 } from "node:path";
var STALE_TEMP_MS = 24 * 3600 * 1e3;
var ModelCache = class {
  constructor(root) {
    this.root = root;
  }
  entryDir(sha256) {
    return join2(this.root, "sha256", sha256);
  }
  contentPath(sha256) {
    return join2(this.entryDir(sha256), "content");
  }
  /** A complete, unmodified entry, or null. Sizes and mtimes are checked, not hashes (cheap, and catches truncation and edits). */
  entry(sha256) {
    let entry;
    try {
      entry = JSON.parse(readFileSync(join2(this.entryDir(sha256), "entry.json"), "utf8"));
    } catch {
      return null;
    }
    try {
      for (const f of entry.files) {
        const st = statSync(this.filePath(entry, f.path));
        if (st.size !== f.size || st.mtimeMs !== f.mtimeMs) return null;
      }
      return entry;
    } catch {
      return null;
    }
  }
  /** Where a file of an entry lives: the content itself for a single file. */
  filePath(entry, path) {
    const content = this.contentPath(entry.sha256);
    return entry.kind === "file" ? content : join2(content, ...path.split("/"));
  }
  /** A fresh folder for a download, inside the cache so that adding it is a rename. */
  async tempDir() {
    const dir = join2(this.root, "tmp", `${Date.now()}-${process.pid}-${randomBytes(4).toString("hex")}`);
    await mkdir(dir, { recursive: true });
    return dir;
  }
  /** Leftovers of pulls that were killed. */
  async sweepTemp(now = Date.now()) {
    const dir = join2(this.root, "tmp");
    if (!existsSync(dir)) return;
    for (const name of await readdir(dir)) {
      const path = join2(dir, name);
      const st = await stat(path).catch(() => null);
      if (st && now - st.mtimeMs > STALE_TEMP_MS) await rm(path, { recursive: true, force: true });
    }
  }
  /**
   * Moves a temp folder holding `content` into the cache as the entry for its hash, read-only and
   * stamped. When a good entry is already there (another pull won), the temp folder is dropped; a
   * spoilt one is replaced.
   */
  async commit(temp, unstamped) {
    const files = [];
    for (const f of unstamped.files) {
      const path = unstamped.kind === "file" ? join2(temp, "content") : join2(temp, "content", ...f.path.split("/"));
      await chmod(path, 292);
      files.push({ ...f, mtimeMs: (await stat(path)).mtimeMs });
    }
    const entry = { ...unstamped, files };
    writeFileAtomic(join2(temp, "entry.json"), JSON.stringify(entry) + "\n");
    await mkdir(join2(this.root, "sha256"), { recursive: true });
    const target = this.entryDir(entry.sha256);
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(temp, target);
        return entry;
      } catch (e) {
        const code = e.code;
        if (attempt > 2 || code !== "ENOTEMPTY" && code !== "EEXIST") throw e;
        const existing = this.entry(entry.sha256);
        if (existing) {
          await rm(temp, { recursive: true, force: true });
          return existing;
        }
        const trash = join2(this.root, "tmp", `spoilt-${process.pid}-${randomBytes(4).toString("hex")}`);
        await rename(target, trash).catch(() => void 0);
        await rm(trash, { recursive: true, force: true });
      }
    }
  }
  indexPath(source) {
    return join2(this.root, "index", `${createHash4("sha256").update(source).digest("hex")}.json`);
  }
  lookup(source, validator) {
    try {
      const rec = JSON.parse(readFileSync(this.indexPath(source), "utf8"));
      return rec.source === source && rec.validator === validator ? rec : null;
    } catch {
      return null;
    }
  }
  remember(rec) {
    writeFileAtomic(this.indexPath(rec.source), JSON.stringify(rec) + "\n");
  }
};

// src/registry/fetch-into-cache.ts
init_define_ACTION_META();
import { mkdir as mkdir2, rm as rm2 } from "node:fs/promises";
import { dirname, join as join3 } from "node:path";
async function fetchIntoCache(o) {
  const { cache, what, log } = o;
  let entry = null;
  const hit = cache.lookup(o.source, o.validator);
  if (hit) entry = cache.entry(hit.sha256);
  const fromCache = entry !== null;
  if (entry) {
    log(`${what}: unchanged since it was cached (sha256 ${entry.sha256}); nothing to download.`);
  } else {
    const temp = await cache.tempDir().catch((e) => {
      throw diskError(e, o.cacheDir, "cache-dir");
    });
    try {
      const content = join3(temp, "content");
      const done = [];
      log(o.announce());
      let failed = false;
      const one = async (f) => {
        if (failed) return;
        const file = o.single ? content : join3(content, ...f.rel.split("/"));
        await mkdir2(dirname(file), { recursive: true });
        const r = await o.fetchOne(f, file);
        done.push({ path: f.rel, size: r.size, sha256: r.sha256 });
      };
      const sequential = o.sequential ?? (() => false);
      const guard = (p) => p.catch((e) => {
        failed = true;
        throw e;
      });
      await allOrNothing([
        ...o.files.filter((f) => !sequential(f)).map((f) => () => guard(o.limiter.run(() => one(f)))),
        async () => {
          for (const f of o.files.filter(sequential)) await guard(one(f));
        }
      ]);
      const sha256 = o.single ? done[0].sha256 : manifestSha256(done);
      verify(sha256, o.expectedSha256, what, !o.single);
      const size = done.reduce((n, f) => n + f.size, 0);
      entry = await cache.commit(temp, { kind: o.single ? "file" : "folder", sha256, size, files: sortEntries(done) });
    } catch (e) {
      throw diskError(e, o.cacheDir, "cache-dir");
    } finally {
      await rm2(temp, { recursive: true, force: true });
    }
    cache.remember({ source: o.source, validator: o.validator, sha256: entry.sha256, metadata: o.metadata });
  }
  verify(entry.sha256, o.expectedSha256, what, !o.single);
  return { entry, fromCache };
}
function verify(sha256, expected, what, folder) {
  if (expected !== void 0 && sha256 !== expected) {
    throw new ServiceError(
      `sha256 mismatch for ${what}: expected ${expected}, got ${sha256}${folder ? ' (the sha256 of the folder manifest: sorted lines "<sha256>  <relative path>")' : ""}. The model changed or \`expected-sha256\` is wrong; nothing was kept.`
    );
  }
}
function diskError(e, folder, input) {
  const code = e.code ?? "";
  return ["ENOSPC", "EDQUOT", "EACCES", "EROFS", "EPERM", "ENOTDIR"].includes(code) ? writeError(e, folder, `input \`${input}\``) : e;
}
async function allOrNothing(tasks) {
  const settled = await Promise.allSettled(tasks.map((t) => t()));
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

// src/registry/download.ts
init_define_ACTION_META();
import { createHash as createHash5 } from "node:crypto";
import { open } from "node:fs/promises";
var Limiter = class {
  constructor(n) {
    this.n = n;
  }
  active = 0;
  waiting = [];
  async run(fn) {
    if (this.active >= this.n) await new Promise((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
};
var partLength = (p) => p.end - p.start + 1;
var COALESCE = 1 << 20;
function splitParts(size, partSize) {
  const parts = [];
  for (let start = 0; start < size; start += partSize) parts.push({ start, end: Math.min(size, start + partSize) - 1, written: 0 });
  return parts;
}
function isResumable(e) {
  if (e instanceof ServiceError) return false;
  if (e instanceof ShortBodyError) return true;
  if (!(e instanceof Error)) return false;
  if (e.name === "AbortError" || e.name === "TimeoutError") return true;
  const code = e.code ?? e.cause?.code;
  if (code && ["ECONNRESET", "EPIPE", "ETIMEDOUT", "UND_ERR_SOCKET", "UND_ERR_BODY_TIMEOUT", "UND_ERR_ABORTED", "ECONNREFUSED"].includes(code)) return true;
  return e instanceof TypeError && /terminated|fetch failed/.test(e.message);
}
var ShortBodyError = class extends Error {
  name = "ShortBodyError";
};
var HOLD_LIMIT = 64 << 20;
var OrderedHasher = class {
  constructor(fh, frontier, holdLimit = HOLD_LIMIT) {
    this.fh = fh;
    this.frontier = frontier;
    this.holdLimit = holdLimit;
  }
  cursor = 0;
  hash = createHash5("sha256");
  pumping = null;
  failure = null;
  runs = [];
  held = 0;
  /** `chunk` was written at `offset` (and the frontier already counts it). */
  written(offset, chunk) {
    if (!this.pumping && offset === this.cursor) {
      this.hash.update(chunk);
      this.cursor += chunk.length;
      this.hashHeld();
    } else if (offset >= this.cursor) {
      this.hold(offset, chunk);
    }
    if (this.frontier() > this.cursor) this.kick();
  }
  hold(offset, chunk) {
    if (this.held + chunk.length > this.holdLimit) return;
    const run = this.runs.find((r) => r.end === offset);
    if (run) {
      run.chunks.push(chunk);
      run.end += chunk.length;
    } else {
      this.runs.push({ start: offset, end: offset + chunk.length, chunks: [chunk] });
    }
    this.held += chunk.length;
  }
  /** Hashes the held runs that start at the cursor. */
  hashHeld() {
    for (let i = this.runs.findIndex((r) => r.start === this.cursor); i >= 0; i = this.runs.findIndex((r) => r.start === this.cursor)) {
      const run = this.runs.splice(i, 1)[0];
      for (const c of run.chunks) this.hash.update(c);
      this.cursor = run.end;
      this.held -= run.end - run.start;
    }
  }
  kick() {
    if (this.pumping || this.failure) return;
    this.pumping = this.pump().catch((e) => {
      this.failure = { error: e };
    }).finally(() => {
      this.pumping = null;
    });
  }
  /** Reads back what was written but not held, up to the frontier, hashing held runs as the cursor reaches them. */
  async pump() {
    let buf = null;
    for (let end = this.frontier(); ; end = this.frontier()) {
      this.hashHeld();
      if (this.cursor >= end) return;
      const next = this.runs.reduce((n, r) => r.start > this.cursor && r.start < n ? r.start : n, end);
      buf ??= Buffer.allocUnsafe(COALESCE);
      const want = Math.min(buf.length, next - this.cursor);
      const { bytesRead } = await this.fh.read(buf, 0, want, this.cursor);
      if (bytesRead <= 0) throw new Error(`read back ${bytesRead} bytes at ${this.cursor}`);
      this.hash.update(buf.subarray(0, bytesRead));
      this.cursor += bytesRead;
    }
  }
  async idle() {
    while (this.pumping) await this.pumping;
    if (this.failure) throw this.failure.error;
  }
  reset() {
    this.cursor = 0;
    this.hash = createHash5("sha256");
    this.runs = [];
    this.held = 0;
  }
  async digest(size) {
    await this.idle();
    this.kick();
    await this.idle();
    if (this.cursor !== size) throw new Error(`hashed ${this.cursor} of ${size} bytes`);
    return this.hash.digest("hex");
  }
};
async function writeAll(fh, chunks, pos) {
  let rest = chunks;
  while (rest.length > 0) {
    const { bytesWritten } = await fh.writev(rest, pos);
    pos += bytesWritten;
    let skip = bytesWritten;
    while (rest.length > 0 && skip >= rest[0].length) skip -= rest.shift().length;
    if (skip > 0) rest[0] = rest[0].subarray(skip);
  }
}
async function downloadObject(o) {
  const { what, server } = o.source;
  const ranged = o.size > o.rangeThreshold;
  const parts = ranged ? splitParts(o.size, o.partSize) : [{ start: 0, end: o.size - 1, written: 0 }];
  const maxResumes = o.maxResumes ?? 5;
  const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  let transferred = 0;
  let resumes = 0;
  const fh = await open(o.file, "w+");
  try {
    const frontier = () => {
      for (const p of parts) if (p.written < partLength(p)) return p.start + p.written;
      return o.size;
    };
    const hasher = new OrderedHasher(fh, frontier);
    const writeAt = async (p, chunks) => {
      let pos = p.start + p.written;
      await writeAll(fh, [...chunks], pos);
      for (const c of chunks) {
        p.written += c.length;
        hasher.written(pos, c);
        pos += c.length;
      }
    };
    const stop = new AbortController();
    let firstError = null;
    const fetchPart = async (p) => {
      for (let attempt = 0; ; attempt++) {
        if (stop.signal.aborted) throw stop.signal.reason;
        const from = p.start + p.written;
        const useRange = ranged || p.written > 0;
        try {
          const res = await o.source.get(useRange ? { start: from, end: p.end } : void 0, stop.signal);
          if (useRange && res.status !== 206) {
            if (ranged) {
              await res.body.cancel().catch(() => void 0);
              throw new ServiceError(`${server} ignored a byte-range request for ${what}; set \`range-threshold\` above the object's size to fetch it in one piece.`);
            }
            await hasher.idle();
            hasher.reset();
            p.written = 0;
          } else if (useRange && res.offset !== from) {
            await res.body.cancel().catch(() => void 0);
            throw new ServiceError(`${server} sent bytes from ${res.offset} when ${from} was asked for ${what}.`);
          }
          let pending = [];
          let buffered = 0;
          const flush = async () => {
            if (buffered === 0) return;
            const chunks = pending;
            pending = [];
            buffered = 0;
            await writeAt(p, chunks);
          };
          try {
            for await (const c of res.body) {
              if (p.written + buffered + c.length > partLength(p)) {
                throw new ServiceError(`${server} sent more than the ${o.size} bytes of ${what} (the object changed?). Run again.`);
              }
              pending.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
              buffered += c.length;
              transferred += c.length;
              o.onBytes?.(c.length);
              if (buffered >= COALESCE) await flush();
            }
          } finally {
            await flush();
          }
          if (p.written < partLength(p)) throw new ShortBodyError(`body ended after ${p.written} of ${partLength(p)} bytes`);
          return;
        } catch (e) {
          if (stop.signal.aborted) throw e;
          if (!isResumable(e) || attempt >= maxResumes) {
            if (isResumable(e)) {
              throw new ServiceError(`the download of ${what} kept breaking off (${describe2(e)}) after ${maxResumes} resumes, at byte ${p.start + p.written} of ${o.size}. Check the network and run again.`);
            }
            throw e;
          }
          resumes++;
          await sleep(Math.min(5e3, 200 * 2 ** attempt));
        }
      }
    };
    const guarded = (p) => fetchPart(p).catch((e) => {
      if (!stop.signal.aborted) {
        firstError = e;
        stop.abort(new Error("another range failed"));
      }
      throw e;
    });
    const settled = ranged ? await Promise.allSettled(parts.map((p) => o.limiter.run(() => guarded(p)))) : await Promise.allSettled([guarded(parts[0])]);
    if (settled.some((r) => r.status === "rejected")) throw firstError;
    const sha256 = await hasher.digest(o.size);
    return { sha256, transferred, ranges: ranged ? parts.length : 1, resumes };
  } finally {
    await fh.close();
  }
}
function describe2(e) {
  const err = e;
  return err.cause?.code ? `${err.cause.code}: ${err.cause.message ?? ""}`.trim() : err.message ?? String(e);
}

// src/registry/mlflow-pull.ts
init_define_ACTION_META();
import { createHash as createHash6 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname as dirname2, isAbsolute as isAbsolute2, join as join4, relative } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/registry/mlflow.ts
init_define_ACTION_META();
var tagList = optional(array(object({ key: str, value: text })));
var MODEL_VERSION = object({
  name: str,
  version: text,
  source: optional(str),
  run_id: optional(str),
  description: optional(str),
  tags: tagList,
  aliases: optional(array(str)),
  status: optional(str),
  status_message: optional(str)
});
var REGISTERED_MODEL = object({ name: str, description: optional(str), tags: tagList, aliases: optional(array(object({ alias: str, version: text }))) });
var RUN = object({
  info: object({ run_id: str, artifact_uri: str }),
  data: optional(object({ metrics: optional(array(object({ key: str, value: anything }))), params: optional(array(object({ key: str, value: text }))) }))
});
var ARTIFACT_LIST = object({ files: optional(array(object({ path: str, is_dir: optional(bool), file_size: optional(text) }))) });
var API_ERROR = (v) => typeof v === "object" && v !== null ? v : {};
var AUTH_HELP = "Set MLFLOW_TRACKING_TOKEN (a bearer token), or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD, to credentials this server accepts.";
var MlflowError = class extends ServiceError {
  constructor(message, status, code) {
    super(message, status);
    this.code = code;
  }
};
var kv = (xs) => Object.fromEntries((xs ?? []).map((x) => [x.key, x.value]));
var MlflowClient = class {
  constructor(o) {
    this.o = o;
    const raw = o.trackingUri.trim();
    let url = null;
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    if (!url || url.protocol !== "http:" && url.protocol !== "https:") {
      throw new ConfigurationError(
        "input `mlflow-tracking-uri`",
        redact(raw),
        "is not an http(s) URL of an MLflow tracking server. Give e.g. https://mlflow.example.com (or set MLFLOW_TRACKING_URI); file stores and databricks URIs are not served."
      );
    }
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    this.headers = { accept: "application/json" };
    const auth = o.auth;
    if (auth && "token" in auth) this.headers.authorization = `Bearer ${auth.token}`;
    else if (auth) this.headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}`;
    else if (url.username) this.headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString("base64")}`;
    url.username = "";
    url.password = "";
    this.base = url;
  }
  base;
  headers;
  get trackingUri() {
    return this.base.toString().replace(/\/$/, "");
  }
  url(path, query = {}) {
    const u = new URL(path.replace(/^\//, ""), this.base);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u;
  }
  /**
   * A request; network failures and auth refusals become clear errors, other answers are returned.
   * `bytes`: the size of a body sent before the answer comes (an upload), which extends the wait.
   */
  async fetch(url, init = {}, retry = {}, bytes = 0) {
    let res;
    try {
      const opts = sendingBody({ attempts: 4, timeoutMs: 6e4, ...this.o.retry, ...retry }, bytes);
      res = await fetchWithRetry(url, { ...init, headers: { ...this.headers, ...init.headers } }, opts);
    } catch (e) {
      const reason = e instanceof HttpError ? e.message : describeFetchError(e);
      throw new ServiceError(
        `cannot reach the MLflow tracking server at ${this.trackingUri} (${reason}). Check \`mlflow-tracking-uri\` (or MLFLOW_TRACKING_URI) and that the server is up and reachable from this runner.`
      );
    }
    if (res.status === 401 || res.status === 403) {
      await res.body?.cancel().catch(() => void 0);
      throw new MlflowError(
        `the MLflow tracking server at ${this.trackingUri} refused the request (HTTP ${res.status} ${res.status === 401 ? "unauthorized" : "forbidden"}). ${AUTH_HELP}`,
        res.status,
        "UNAUTHORIZED"
      );
    }
    return res;
  }
  /**
   * A REST call: GET with `query`, or POST with the JSON `payload`. API errors become MlflowError;
   * an answer that `check` refuses, one ServiceError naming the call and the field.
   */
  async api(path, check, query = {}, payload, retry = {}) {
    const init = payload === void 0 ? {} : { method: "POST", body: JSON.stringify(payload), headers: { "content-type": "application/json" } };
    const res = await this.fetch(this.url(`api/2.0/mlflow/${path}`, query), init, retry);
    const body = await jsonBody(res, this, path);
    if (!res.ok) {
      const err = API_ERROR(body);
      const message = typeof err.message === "string" ? err.message : `the MLflow tracking server at ${this.trackingUri} answered ${path} with HTTP ${res.status} and no MLflow error message. Check the server's logs, and that no proxy answers in its place.`;
      throw new MlflowError(message, res.status, typeof err.error_code === "string" ? err.error_code : `HTTP_${res.status}`);
    }
    return this.checked(body, check, path);
  }
  /** An answer of the server checked against what the API promises. */
  checked(body, check, call) {
    return checkAnswer(body, check, {
      what: `the answer of the MLflow tracking server at ${this.trackingUri} to ${call}`,
      expected: "what the MLflow REST API answers",
      suggest: "A proxy or another service may be answering in its place, or the server runs an MLflow this action does not know. Check `mlflow-tracking-uri` and what the server is."
    });
  }
  async registeredModel(name) {
    try {
      return (await this.api("registered-models/get", object({ registered_model: REGISTERED_MODEL }), { name })).registered_model;
    } catch (e) {
      if (e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST") {
        throw new NotFoundError(
          `the MLflow registry at ${this.trackingUri} has no registered model named "${name}". Check the name (it is case-sensitive) and the tracking URI, or register the model first.`
        );
      }
      throw e;
    }
  }
  async modelVersion(name, version) {
    try {
      return (await this.api("model-versions/get", object({ model_version: MODEL_VERSION }), { name, version })).model_version;
    } catch (e) {
      if (e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST") {
        await this.registeredModel(name);
        throw new NotFoundError(`the registered model "${name}" has no version ${version}. Use an existing version, models:/${name}/latest, or an alias.`);
      }
      throw e;
    }
  }
  async byAlias(name, alias) {
    try {
      return (await this.api("registered-models/alias", object({ model_version: MODEL_VERSION }), { name, alias })).model_version;
    } catch (e) {
      if (e instanceof MlflowError && (e.code === "RESOURCE_DOES_NOT_EXIST" || e.code === "INVALID_PARAMETER_VALUE")) {
        const model = await this.registeredModel(name);
        const have = (model.aliases ?? []).map((a) => `@${a.alias} (version ${a.version})`);
        throw new NotFoundError(
          `the registered model "${name}" has no alias "${alias}"; ${have.length ? `its aliases are ${have.join(", ")}` : "it has no aliases"}. Set it (publish-model, or MlflowClient.set_registered_model_alias) or pull by version.`
        );
      }
      throw e;
    }
  }
  /** The highest version number, paging through the search. */
  async latest(name) {
    const quote = name.includes("'") ? '"' : "'";
    let best = null;
    let token = "";
    for (let page = 0; page < 1e3; page++) {
      const r = await this.api("model-versions/search", object({ model_versions: optional(array(MODEL_VERSION)), next_page_token: optional(str) }), {
        filter: `name=${quote}${name}${quote}`,
        max_results: "1000",
        ...token ? { page_token: token } : {}
      });
      for (const v of r.model_versions ?? []) if (v.name === name && (!best || Number(v.version) > Number(best.version))) best = v;
      token = r.next_page_token ?? "";
      if (!token) break;
    }
    if (!best) {
      await this.registeredModel(name);
      throw new NotFoundError(`the registered model "${name}" has no versions yet. Register one first.`);
    }
    return best;
  }
  async downloadUri(name, version) {
    return (await this.api("model-versions/get-download-uri", object({ artifact_uri: str }), { name, version })).artifact_uri;
  }
  async loggedModelArtifacts(modelId) {
    const r = await this.api(`logged-models/${encodeURIComponent(modelId)}`, object({ model: object({ info: object({ artifact_location: optional(str), artifact_uri: optional(str) }) }) }));
    const loc = r.model.info.artifact_uri ?? r.model.info.artifact_location;
    if (!loc) throw new ServiceError(`the MLflow server did not say where the logged model ${modelId} keeps its files.`);
    return loc;
  }
  async run(runId) {
    try {
      return (await this.api("runs/get", object({ run: RUN }), { run_id: runId })).run;
    } catch (e) {
      if (e instanceof MlflowError && e.code === "RESOURCE_DOES_NOT_EXIST") return null;
      throw e;
    }
  }
  async existingRun(runId) {
    const run = await this.run(runId);
    if (!run) throw new ServiceError(`the MLflow tracking server at ${this.trackingUri} has no run ${runId}. Check the run id and the tracking URI.`, 404);
    return run;
  }
  /** Resolves a models:/ or runs:/ URI to where its files are and what the registry says about it. */
  async resolve(uri) {
    if (uri.kind === "mlflow-run") {
      const run2 = await this.existingRun(uri.runId);
      const path = uri.path.replace(/^\/+|\/+$/g, "");
      return {
        name: path ? path.split("/").pop() : uri.runId,
        version: "",
        alias: "",
        runId: uri.runId,
        downloadUri: runArtifactUri(run2, path),
        sourceUri: `runs:/${uri.runId}${path ? `/${path}` : ""}`,
        cacheKey: `run|${uri.runId}|${path}`,
        metadata: runMetadata(run2)
      };
    }
    const { name, ref } = uri;
    let mv;
    if ("alias" in ref) mv = await this.byAlias(name, ref.alias);
    else if ("version" in ref) mv = await this.modelVersion(name, ref.version);
    else if ("latest" in ref) mv = await this.latest(name);
    else {
      throw new ConfigurationError(
        "input `model-uri`",
        `models:/${name}/${ref.stage}`,
        "names a registry stage; stages are deprecated in MLflow and not served here. Use an alias (models:/<name>@<alias>), a version number or latest."
      );
    }
    const model = await this.registeredModel(name);
    let downloadUri = await this.downloadUri(name, mv.version);
    const logged = /^models:\/(m-[0-9a-f]+)\/?$/i.exec(downloadUri);
    if (logged) downloadUri = await this.loggedModelArtifacts(logged[1]);
    const fromRun = /^runs:\/([^/]+)\/?(.*)$/i.exec(downloadUri);
    if (fromRun) downloadUri = runArtifactUri(await this.existingRun(fromRun[1]), fromRun[2].replace(/\/+$/, ""));
    const run = mv.run_id ? await this.run(mv.run_id) : null;
    const metadata = {
      tags: kv(model.tags),
      "version-tags": kv(mv.tags),
      description: model.description ?? "",
      ...mv.description ? { "version-description": mv.description } : {},
      ...run ? runMetadata(run) : {}
    };
    return {
      name,
      version: mv.version,
      alias: "alias" in ref ? ref.alias : "",
      runId: mv.run_id ?? "",
      downloadUri,
      sourceUri: `models:/${name}/${mv.version}`,
      cacheKey: `model|${name}|${mv.version}`,
      metadata
    };
  }
};
async function jsonBody(res, client, call) {
  const text2 = await res.text();
  try {
    return JSON.parse(text2);
  } catch {
    throw new ServiceError(
      `${client.trackingUri} answered ${call} with HTTP ${res.status} and no JSON (${text2.slice(0, 120).replace(/\s+/g, " ") || "an empty body"}). Is this an MLflow tracking server, with no proxy answering in its place? Check \`mlflow-tracking-uri\`.`,
      res.status
    );
  }
}
function runArtifactUri(run, path) {
  const base = run.info.artifact_uri.replace(/\/+$/, "");
  return path ? `${base}/${path}` : base;
}
function runMetadata(run) {
  return { metrics: kv(run.data?.metrics), params: kv(run.data?.params) };
}
function mlflowAuth(env, setSecret) {
  const token = env.MLFLOW_TRACKING_TOKEN ?? "";
  const username = env.MLFLOW_TRACKING_USERNAME ?? "";
  const password = env.MLFLOW_TRACKING_PASSWORD ?? "";
  if (token) setSecret(token);
  if (password) setSecret(password);
  if (token) return { token };
  if (username || password) {
    if (!username || !password) {
      throw new ConfigurationError(
        "environment variable",
        username ? "MLFLOW_TRACKING_PASSWORD" : "MLFLOW_TRACKING_USERNAME",
        "is not set while its partner is. Set both for basic auth, or MLFLOW_TRACKING_TOKEN for a bearer token."
      );
    }
    return { username, password };
  }
  return null;
}

// src/registry/mlflow-pull.ts
async function pullMlflow(o, client, dest) {
  const uri = o.uri;
  if (uri.kind !== "mlflow-model" && uri.kind !== "mlflow-run") throw new Error("pullMlflow needs an MLflow URI");
  const log = o.log ?? (() => void 0);
  const model = await client.resolve(uri);
  log(`${uri.kind === "mlflow-model" ? `${model.sourceUri}${model.alias ? ` (@${model.alias})` : ""}` : model.sourceUri}: files at ${model.downloadUri}`);
  const d = model.downloadUri;
  let result;
  try {
    if (/^mlflow-artifacts:/i.test(d)) {
      result = await pullProxied(o, client, model, dest);
    } else if (/^s3[an]?:\/\//i.test(d)) {
      const folder = parseModelUri(d.replace(/\/*$/, "/"), "/");
      try {
        result = await pullS3(o, folder, dest);
      } catch (e) {
        if (!(e instanceof ServiceError && e.status === 404)) throw e;
        const file = parseModelUri(d.replace(/\/+$/, ""), "/");
        result = await pullS3(o, file, dest);
      }
    } else if (/^file:/i.test(d) || d.startsWith("/")) {
      const local = parseModelUri(d, "/").path;
      const overlap = (a, b) => {
        const rel = relative(b, a);
        return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
      };
      if (overlap(dest, local) || overlap(local, dest)) {
        throw new ServiceError(`${model.sourceUri} keeps its files at ${local}, which overlaps the destination ${dest}. Give \`path\` a folder of its own.`);
      }
      result = await pullLocal(o, local, dest);
    } else {
      throw new ServiceError(
        `${model.sourceUri} keeps its files at ${d}, an artifact store pull-model cannot read. Serve artifacts through the tracking server (mlflow server --serve-artifacts), or store them in S3.`
      );
    }
  } catch (e) {
    throw registeredButMissing(e, uri.kind, model);
  }
  const signature = await readSignature(result).catch(() => null);
  return {
    ...result,
    name: model.name,
    version: model.version,
    alias: model.alias,
    runId: model.runId,
    sourceUri: model.sourceUri,
    source: "mlflow",
    metadata: { ...model.metadata, ...signature ? { signature } : {} }
  };
}
function registeredButMissing(e, kind, model) {
  if (!(e instanceof NotFoundError) || kind !== "mlflow-model") return e;
  return new ServiceError(`${model.sourceUri} is registered, but its files are missing: ${e.message} The registry entry is damaged: register the model again, or point the alias at a version whose files exist.`);
}
async function readSignature(r) {
  const file = r.files === 1 && r.path.endsWith("MLmodel") ? r.path : join4(r.path, "MLmodel");
  const text2 = await readFile(file, "utf8");
  const { parse } = await import("./dist-LJIP4GSE.js");
  const doc = parse(text2);
  const sig = doc?.signature;
  if (!sig || typeof sig !== "object") return null;
  const out = {};
  for (const [k, v] of Object.entries(sig)) {
    if (v === null || v === void 0) continue;
    if (typeof v === "string") {
      try {
        out[k] = JSON.parse(v);
      } catch {
        out[k] = v;
      }
    } else out[k] = v;
  }
  return out;
}
function listedPath(root, rel, name) {
  const listed = rel ? `${root}/${rel}` : root;
  const base = name.startsWith(`${listed}/`) ? name.slice(listed.length + 1) : name;
  const childRel = rel ? `${rel}/${base}` : base;
  const problem = base.includes("/") ? "is not a name in the folder listed" : keyProblem(base);
  if (problem) {
    throw new ServiceError(`refusing to pull mlflow-artifacts:/${root}: listing ${listed} returned the entry ${JSON.stringify(name)}, whose path ${problem}.`);
  }
  return childRel;
}
function proxiedPath(uri) {
  const rest = uri.replace(/^mlflow-artifacts:/i, "");
  const path = rest.startsWith("//") ? rest.replace(/^\/\/[^/]*/, "") : rest;
  return path.replace(/^\/+|\/+$/g, "");
}
var PROXIED_PART_SIZE = 64 << 20;
var encodePath = (p) => p.split("/").map(encodeURIComponent).join("/");
async function listProxied(client, root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (rel, depth) => {
    if (depth > 64) throw new ServiceError(`the artifact folder ${root} nests deeper than 64 folders; refusing to follow it.`);
    const res = await client.fetch(client.url("api/2.0/mlflow-artifacts/artifacts", { path: rel ? `${root}/${rel}` : root }));
    if (!res.ok) {
      await res.body?.cancel().catch(() => void 0);
      throw new ServiceError(`listing mlflow-artifacts:/${root}${rel ? `/${rel}` : ""} failed with HTTP ${res.status}. Is the tracking server serving artifacts (mlflow server --serve-artifacts)?`, res.status);
    }
    const call = `the artifact listing of ${rel ? `${root}/${rel}` : root}`;
    const body = client.checked(await jsonBody(res, client, call), ARTIFACT_LIST, call);
    for (const f of body.files ?? []) {
      const childRel = listedPath(root, rel, f.path);
      if (seen.has(childRel)) throw new ServiceError(`refusing to pull mlflow-artifacts:/${root}: the server listed ${JSON.stringify(childRel)} twice.`);
      seen.add(childRel);
      if (f.is_dir) await visit(childRel, depth + 1);
      else out.push({ rel: childRel, path: `${root}/${childRel}`, size: f.file_size === void 0 ? null : Number(f.file_size) });
    }
  };
  await visit("", 0);
  return out;
}
async function pullProxied(o, client, model, dest) {
  const root = proxiedPath(model.downloadUri);
  const what = `mlflow-artifacts:/${root}`;
  const log = o.log ?? (() => void 0);
  let files = await listProxied(client, root);
  const single = files.length === 0;
  if (single) {
    const base = root.split("/").pop() ?? "";
    if (!base || keyProblem(base)) throw new ServiceError(`no artifacts at ${what}. Check the artifact path.`, 404);
    files = [{ rel: base, path: root, size: null }];
  }
  const cache = new ModelCache(o.cacheDir);
  await cache.sweepTemp().catch(() => void 0);
  const source = `mlflow|${client.trackingUri}|${model.cacheKey}`;
  const validator = createHash6("sha256").update(model.downloadUri + "\n").update(sortEntries(files.map((f) => ({ path: f.rel, line: `${f.rel}	${f.size ?? ""}
` }))).map((x) => x.line).join("")).digest("hex");
  let transferred = 0;
  let retries = 0;
  let requests = 0;
  const limiter = new Limiter(o.concurrency);
  const partSize = partSizeFor({ partSize: o.partSize ?? PROXIED_PART_SIZE, rangeThreshold: o.rangeThreshold });
  const { entry, fromCache } = await fetchIntoCache({
    cache,
    cacheDir: o.cacheDir,
    source,
    validator,
    metadata: { objects: files.length },
    what,
    single,
    files,
    limiter,
    sequential: (f) => f.size !== null && f.size > o.rangeThreshold,
    expectedSha256: o.expectedSha256,
    log,
    announce: () => `Downloading ${what}: ${files.length} file${files.length === 1 ? "" : "s"}, up to ${o.concurrency} requests at a time.`,
    fetchOne: async (f, file) => {
      if (f.size !== null) {
        const r = await downloadObject({ source: proxiedSource(client, f), size: f.size, file, rangeThreshold: o.rangeThreshold, partSize, limiter, ...o.sleep ? { sleep: o.sleep } : {} });
        transferred += r.transferred;
        requests += r.ranges + r.resumes;
        retries += r.resumes;
        return { size: f.size, sha256: r.sha256 };
      }
      for (let attempt = 1; ; attempt++) {
        requests++;
        try {
          return await downloadProxied(client, f, file, `mlflow-artifacts:/${f.path}`, (n) => transferred += n);
        } catch (e) {
          if (!(e instanceof BrokenBody) || attempt >= 4) throw e;
          retries++;
          log(`${e.message}; fetching it again.`);
          await new Promise((res) => setTimeout(res, 200 * 2 ** attempt));
        }
      }
    }
  });
  const placed = await place(dest, single ? files[0].rel : null, cache, entry).catch((e) => {
    throw diskError(e, dirname2(dest), "path");
  });
  return {
    path: placed,
    name: model.name,
    version: model.version,
    sha256: entry.sha256,
    size: entry.size,
    files: entry.files.length,
    sourceUri: model.sourceUri,
    cacheHit: fromCache,
    bytesTransferred: transferred,
    requests: fromCache ? 0 : requests,
    resumes: retries,
    source: "mlflow",
    metadata: {}
  };
}
function proxiedSource(client, f) {
  const what = `mlflow-artifacts:/${f.path}`;
  let etag = null;
  return {
    what,
    server: "the tracking server",
    get: async (range, signal) => {
      const res = await getArtifact(client, f.path, what, { headers: range ? { range: `bytes=${range.start}-${range.end}` } : {}, signal });
      const tag = res.headers.get("etag");
      if (tag !== null) {
        if (etag !== null && tag !== etag) {
          await res.body.cancel().catch(() => void 0);
          throw new ServiceError(`${what} changed on the tracking server while it was downloading (ETag ${etag}, then ${tag}). Run again.`);
        }
        etag = tag;
      }
      let offset = 0;
      if (res.status === 206) {
        const m = /^bytes (\d+)-/.exec(res.headers.get("content-range") ?? "");
        if (!m) throw new ServiceError(`the tracking server answered a range request for ${what} without a readable Content-Range.`, 206);
        offset = Number(m[1]);
      }
      return { status: res.status, offset, body: res.body };
    }
  };
}
var BrokenBody = class extends ServiceError {
};
async function getArtifact(client, path, what, init = {}) {
  const res = await client.fetch(client.url(`api/2.0/mlflow-artifacts/artifacts/${encodePath(path)}`), init);
  if (res.status !== 200 && res.status !== 206 || !res.body) {
    await res.body?.cancel().catch(() => void 0);
    if (res.status === 404) throw new ServiceError(`${what} does not exist on the tracking server (HTTP 404). Check the artifact path; for a run, list its artifacts in the MLflow UI.`, 404);
    throw new ServiceError(`downloading ${what} failed with HTTP ${res.status}. Run again; if it persists, check the tracking server's artifact store.`, res.status);
  }
  return res;
}
async function downloadProxied(client, f, file, what, onBytes) {
  const res = await getArtifact(client, f.path, what);
  const declared = res.headers.get("content-length");
  const expected = f.size ?? (declared !== null && res.headers.get("content-encoding") === null ? Number(declared) : null);
  const hash = createHash6("sha256");
  let size = 0;
  const counter = new Transform({
    transform(chunk, _enc, cb) {
      hash.update(chunk);
      size += chunk.length;
      onBytes(chunk.length);
      if (expected !== null && size > expected) cb(new ServiceError(`the tracking server sent more than the ${expected} bytes of ${what}. Run again.`));
      else cb(null, chunk);
    }
  });
  try {
    await pipeline(Readable.fromWeb(res.body), counter, createWriteStream(file));
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    throw new BrokenBody(`the download of ${what} broke off after ${size} bytes (${e.message}). Check the network and run again.`);
  }
  if (expected !== null && size !== expected) {
    throw new BrokenBody(`the tracking server sent ${size} of the ${expected} bytes of ${what} (truncated). Run again.`);
  }
  return { size, sha256: hash.digest("hex") };
}

// src/registry/s3registry/pull.ts
init_define_ACTION_META();
var notFound = (e) => e instanceof ServiceError && e.status === 404;
async function readText(s3, bucket, key) {
  const r = await s3.get(bucket, key);
  return new Response(r.body).text();
}
async function hasAny(s3, bucket, prefix) {
  for await (const _ of s3.list(bucket, prefix)) return true;
  return false;
}
async function pullS3Registry(o, uri, dest) {
  const s3 = typeof o.s3 === "function" ? await o.s3() : o.s3;
  if (!s3) throw new Error("pullS3Registry needs an S3 client");
  const log = o.log ?? (() => void 0);
  const root = { bucket: uri.bucket, prefix: uri.prefix };
  const rootUri = s3Uri(uri.bucket, uri.prefix);
  const model = `${uri.name} in the S3 registry ${rootUri}`;
  const unknownName = async () => {
    if (!await hasAny(s3, uri.bucket, modelPrefix(root, uri.name))) {
      throw new NotFoundError(`unknown model ${model}: nothing under ${s3Uri(uri.bucket, modelPrefix(root, uri.name))}. Check the name and the registry root (the \`registry\` publish-model was given).`);
    }
  };
  let version;
  let alias;
  if ("alias" in uri.ref) {
    alias = uri.ref.alias;
    const key = aliasKey(root, uri.name, alias);
    let text2;
    try {
      text2 = await readText(s3, uri.bucket, key);
    } catch (e) {
      if (!notFound(e)) throw e;
      await unknownName();
      throw new NotFoundError(`unknown alias "${alias}" of ${model}: ${s3Uri(uri.bucket, key)} does not exist. Promote a version to it with publish-model (version and alias, no path), or pull by version (#${uri.name}/<n>).`);
    }
    version = parseAlias(text2, s3Uri(uri.bucket, key)).version;
    log(`${uri.name}@${alias} points to version ${version}.`);
  } else {
    version = uri.ref.version;
  }
  const mKey = manifestKey(root, uri.name, version);
  let manifest;
  try {
    manifest = parseManifest(await readText(s3, uri.bucket, mKey), s3Uri(uri.bucket, mKey));
  } catch (e) {
    if (!notFound(e)) throw e;
    if (await hasAny(s3, uri.bucket, versionPrefix(root, uri.name, version))) {
      throw new ServiceError(`version ${version} of ${model} is incomplete (no manifest): a publish failed or is in progress. Pull another version, or publish again.`, 404);
    }
    if (alias !== void 0) {
      throw new ServiceError(`alias "${alias}" of ${model} points to version ${version}, which does not exist (nothing under ${s3Uri(uri.bucket, versionPrefix(root, uri.name, version))}). The alias is damaged: point it at a complete version with publish-model.`);
    }
    await unknownName();
    throw new NotFoundError(`unknown version ${version} of ${model}: nothing under ${s3Uri(uri.bucket, versionPrefix(root, uri.name, version))}.`);
  }
  if (manifest.version !== version || manifestSha256(manifest.files) !== manifest.sha256) {
    throw new ServiceError(
      `the manifest ${s3Uri(uri.bucket, mKey)} is inconsistent: ${manifest.version !== version ? `it says version ${manifest.version}` : "its sha256 is not the hash of its own file list"}. It was edited or corrupted; nothing was pulled.`
    );
  }
  if (o.expectedSha256 !== void 0 && o.expectedSha256 !== manifest.sha256) {
    throw new ServiceError(`sha256 mismatch for ${model} version ${version}: expected ${o.expectedSha256}, the manifest records ${manifest.sha256}. Nothing was pulled.`);
  }
  const files = filesPrefix(root, uri.name, version);
  let pulled;
  try {
    pulled = await pullS3(o.expectedSha256 === void 0 ? { ...o, expectedSha256: manifest.sha256 } : o, { kind: "s3", bucket: uri.bucket, key: files, folder: true }, dest);
  } catch (e) {
    if (e instanceof NotFoundError) {
      throw new ServiceError(`version ${version} of ${model} has a manifest (${s3Uri(uri.bucket, mKey)}) but its files are missing: ${e.message} The registry entry is damaged: publish the model again, or point the alias at a complete version.`);
    }
    if (e instanceof ServiceError && /^sha256 mismatch/.test(e.message)) {
      throw new ServiceError(`the files of ${model} version ${version} do not match its manifest ${s3Uri(uri.bucket, mKey)} (${e.message}). The manifest or the files were changed after publishing; nothing was kept.`);
    }
    throw e;
  }
  return {
    ...pulled,
    name: uri.name,
    version: String(version),
    ...alias !== void 0 ? { alias } : {},
    sourceUri: `s3://${uri.bucket}/${uri.prefix}#${uri.name}/${version}`,
    metadata: { tags: manifest.tags ?? {}, metrics: manifest.metrics ?? {}, ...manifest.description ? { description: manifest.description } : {} }
  };
}

// src/registry/pull.ts
var DEFAULT_PART_SIZE = 8 << 20;
function partSizeFor(o) {
  return Math.max(1, Math.min(o.partSize ?? DEFAULT_PART_SIZE, o.rangeThreshold));
}
async function pullModel(o) {
  const dest = resolve2(o.dest);
  checkDestination(dest, o);
  if (o.expectedSha256 !== void 0 && !/^[0-9a-f]{64}$/.test(o.expectedSha256)) {
    throw new ConfigurationError("input `expected-sha256`", o.expectedSha256, "is not a sha256: give 64 hex digits (for a folder, the sha256 of its manifest).");
  }
  switch (o.uri.kind) {
    case "s3":
      return pullS3(o, o.uri, dest);
    case "local":
      return pullLocal(o, o.uri.path, dest);
    case "s3-registry":
      return pullS3Registry(o, o.uri, dest);
    case "mlflow-model":
    case "mlflow-run": {
      const client = typeof o.mlflow === "function" ? o.mlflow() : o.mlflow;
      if (!client) throw new Error("pullModel needs an MLflow client for MLflow URIs");
      return pullMlflow(o, client, dest);
    }
  }
}
function within(child, parent) {
  const rel = relative2(parent, child);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute3(rel);
}
function checkDestination(dest, o) {
  if (dirname3(dest) === dest) throw new ConfigurationError("input `path`", dest, "is the root of the file system. Give a folder of its own for the model.");
  for (const p of o.protectedPaths ?? []) {
    if (p && within(resolve2(p), dest)) {
      throw new ConfigurationError("input `path`", dest, `would replace ${resolve2(p)}, which holds other files. Give a folder of its own for the model (e.g. \${{ runner.temp }}/model).`);
    }
  }
  const cache = resolve2(o.cacheDir);
  if (within(dest, cache) || within(cache, dest)) {
    throw new ConfigurationError("input `path`", dest, `overlaps the cache folder ${cache}. Give a destination outside \`cache-dir\`.`);
  }
  if (o.uri.kind === "local" && (within(dest, o.uri.path) || within(o.uri.path, dest))) {
    throw new ConfigurationError("input `path`", dest, `overlaps the model's own location ${o.uri.path}. Give a different destination.`);
  }
}
async function pullS3(o, uri, dest) {
  const s3 = typeof o.s3 === "function" ? await o.s3() : o.s3;
  if (!s3) throw new Error("pullS3 needs an S3 client");
  const cache = new ModelCache(o.cacheDir);
  await cache.sweepTemp().catch(() => void 0);
  const what = s3Uri(uri.bucket, uri.key);
  const source = `s3|${s3.endpoint}|${uri.bucket}|${uri.key}`;
  const limiter = new Limiter(o.concurrency);
  const partSize = partSizeFor(o);
  const name = basename(uri.key.replace(/\/$/, "")) || uri.bucket;
  const log = o.log ?? (() => void 0);
  let objects;
  let metadata;
  if (uri.folder) {
    objects = await listFolder(s3, uri.bucket, uri.key);
    const newest = objects.map((x) => x.info.lastModified).sort().pop() ?? "";
    metadata = { objects: objects.length, "last-modified": newest };
  } else {
    const info = await s3.head(uri.bucket, uri.key);
    objects = [{ rel: name, info }];
    metadata = { etag: info.etag, "last-modified": info.lastModified, "content-type": info.contentType, objects: 1 };
  }
  const validator = uri.folder ? createHash7("sha256").update(sortEntries(objects.map((x) => ({ path: x.rel, line: `${x.rel}	${x.info.etag}	${x.info.size}
` }))).map((x) => x.line).join("")).digest("hex") : `${objects[0]?.info.etag}|${objects[0]?.info.size}|${objects[0]?.info.lastModified}`;
  const version = uri.folder ? "" : objects[0]?.info.etag ?? "";
  let transferred = 0;
  let requests = 0;
  let resumes = 0;
  const { entry, fromCache } = await fetchIntoCache({
    cache,
    cacheDir: o.cacheDir,
    source,
    validator,
    metadata,
    what,
    single: !uri.folder,
    files: objects,
    limiter,
    // Small objects share the request slots; a large one fills them with its own ranges, so
    // those go one after another.
    sequential: (x) => x.info.size > o.rangeThreshold,
    expectedSha256: o.expectedSha256,
    log,
    announce: () => {
      const total = objects.reduce((n, x) => n + x.info.size, 0);
      return `Downloading ${what}: ${objects.length} object${objects.length === 1 ? "" : "s"}, ${total} bytes, up to ${o.concurrency} requests at a time.`;
    },
    fetchOne: async (x, file) => {
      const r = await downloadObject({
        source: {
          what: s3Uri(uri.bucket, x.info.key),
          server: "the S3 server",
          get: (range, signal) => s3.get(uri.bucket, x.info.key, { ...range ? { range } : {}, ...x.info.etag ? { ifMatch: x.info.etag } : {}, signal })
        },
        size: x.info.size,
        file,
        rangeThreshold: o.rangeThreshold,
        partSize,
        limiter,
        ...o.sleep ? { sleep: o.sleep } : {}
      });
      transferred += r.transferred;
      requests += r.ranges + r.resumes;
      resumes += r.resumes;
      return { size: x.info.size, sha256: r.sha256 };
    }
  });
  const placed = await place(dest, uri.folder ? null : name, cache, entry).catch((e) => {
    throw diskError(e, dirname3(dest), "path");
  });
  return {
    path: placed,
    name,
    version,
    sha256: entry.sha256,
    size: entry.size,
    files: entry.files.length,
    sourceUri: what,
    cacheHit: fromCache,
    bytesTransferred: transferred,
    requests,
    resumes,
    source: "s3",
    metadata
  };
}
async function listFolder(s3, bucket, prefix) {
  const out = [];
  for await (const info of s3.list(bucket, prefix)) {
    if (info.key.endsWith("/")) continue;
    const rel = info.key.slice(prefix.length);
    const problem = keyProblem(rel);
    if (problem) {
      throw new ServiceError(`refusing to pull ${s3Uri(bucket, prefix)}: the object ${s3Uri(bucket, info.key)} has a key that ${problem}. Rename or remove that object.`);
    }
    out.push({ rel, info });
  }
  if (out.length === 0) {
    throw new NotFoundError(`no objects under ${s3Uri(bucket, prefix)}. Check the prefix; for a single file leave out the trailing slash.`);
  }
  const names = new Set(out.map((x) => x.rel));
  for (const x of out) {
    const segs = x.rel.split("/");
    for (let i = 1; i < segs.length; i++) {
      const dir = segs.slice(0, i).join("/");
      if (names.has(dir)) throw new ServiceError(`refusing to pull ${s3Uri(bucket, prefix)}: ${s3Uri(bucket, prefix + dir)} is both an object and a folder.`);
    }
  }
  return out;
}
async function place(dest, fileName, cache, entry) {
  await mkdir3(dirname3(dest), { recursive: true });
  const staging = await mkdtemp(join5(dirname3(dest), `.${basename(dest)}.pull-`));
  try {
    await chmod2(staging, 493);
    for (const f of entry.files) {
      const to = fileName !== null ? join5(staging, fileName) : join5(staging, ...f.path.split("/"));
      await mkdir3(dirname3(to), { recursive: true });
      await linkOrCopy(cache.filePath(entry, f.path), to);
    }
    await swapInto(staging, dest);
  } catch (e) {
    await rm3(staging, { recursive: true, force: true });
    throw e;
  }
  return fileName !== null ? join5(dest, fileName) : dest;
}
async function linkOrCopy(from, to) {
  try {
    await link(from, to);
  } catch (e) {
    const code = e.code;
    if (!code || !["EXDEV", "EPERM", "EMLINK", "ENOTSUP", "EACCES", "EOPNOTSUPP"].includes(code)) throw e;
    await copyFile(from, to, fsConstants.COPYFILE_FICLONE);
    await chmod2(to, 420);
  }
}
async function swapInto(staging, dest) {
  const old = `${staging}.old`;
  const existing = await lstat(dest).catch(() => null);
  if (existing) await rename2(dest, old);
  try {
    await rename2(staging, dest);
  } catch (e) {
    if (existing) await rename2(old, dest).catch(() => void 0);
    throw e;
  }
  if (existing) await rm3(old, { recursive: true, force: true });
}
async function pullLocal(o, src, dest) {
  const st = await stat2(src).catch(() => null);
  if (!st) throw new NotFoundError(`input \`model-uri\`: ${JSON.stringify(src)} does not exist. Give the path of the model file or of its folder.`);
  if (!st.isFile() && !st.isDirectory()) {
    throw new ConfigurationError("input `model-uri`", src, "is not a file or folder. Give the path of the model file or of its folder.");
  }
  const name = basename(src);
  const folder = st.isDirectory();
  const rels = folder ? await walk(src) : [name];
  if (folder && rels.length === 0) throw new ConfigurationError("input `model-uri`", src, "is an empty folder: there is no model to pull.");
  await mkdir3(dirname3(dest), { recursive: true });
  const staging = await mkdtemp(join5(dirname3(dest), `.${basename(dest)}.pull-`));
  try {
    await chmod2(staging, 493);
    const files = [];
    for (const rel of rels) {
      const from = folder ? join5(src, ...rel.split("/")) : src;
      const to = join5(staging, ...rel.split("/"));
      await mkdir3(dirname3(to), { recursive: true });
      files.push({ path: rel, ...await copyHashing(from, to) });
    }
    const sha256 = folder ? manifestSha256(files) : files[0].sha256;
    verify(sha256, o.expectedSha256, src, folder);
    await swapInto(staging, dest);
    const size = files.reduce((n, f) => n + f.size, 0);
    return {
      path: folder ? dest : join5(dest, name),
      name,
      version: "",
      sha256,
      size,
      files: files.length,
      sourceUri: src,
      cacheHit: false,
      bytesTransferred: 0,
      requests: 0,
      resumes: 0,
      source: "local",
      metadata: { objects: files.length, "last-modified": st.mtime.toUTCString() }
    };
  } catch (e) {
    await rm3(staging, { recursive: true, force: true });
    throw e;
  }
}
async function walk(root) {
  const out = [];
  const visit = async (dir, prefix) => {
    for (const d of await readdir2(dir, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${d.name}` : d.name;
      const problem = keyProblem(rel);
      if (problem) throw new ConfigurationError("input `model-uri`", join5(root, rel), `holds a file whose path ${problem}.`);
      const full = join5(dir, d.name);
      if (d.isDirectory()) await visit(full, rel);
      else if (d.isFile()) out.push(rel);
      else if (d.isSymbolicLink()) {
        const t = await stat2(full).catch(() => null);
        if (t?.isFile()) out.push(rel);
        else throw new ConfigurationError("input `model-uri`", full, "is a symbolic link to a folder or to nothing; copy the files in instead.");
      }
    }
  };
  await visit(root, "");
  return out;
}
async function copyHashing(from, to) {
  const hash = createHash7("sha256");
  let size = 0;
  const reader = createReadStream(from);
  reader.on("data", (c) => {
    hash.update(c);
    size += c.length;
  });
  await pipeline2(reader, createWriteStream2(to));
  return { size, sha256: hash.digest("hex") };
}

// src/registry/mlflow-server.ts
init_define_ACTION_META();
function mlflowServer(input, env, setSecret, retry, why) {
  const trackingUri = input.trim() || (env.MLFLOW_TRACKING_URI ?? "").trim();
  if (!trackingUri) {
    throw new ConfigurationError(
      "input `mlflow-tracking-uri`",
      "",
      `is empty and MLFLOW_TRACKING_URI is not set, ${why}. Set the input or the environment variable to the tracking server URL (e.g. https://mlflow.example.com).`
    );
  }
  try {
    const u = new URL(trackingUri);
    if (u.password) setSecret(decodeURIComponent(u.password));
  } catch {
  }
  return new MlflowClient({ trackingUri, auth: mlflowAuth(env, setSecret), retry });
}

export {
  sortEntries,
  manifestSha256,
  str,
  anything,
  object,
  MODEL_VERSION,
  RUN,
  MlflowError,
  Limiter,
  rejectionHint,
  resolveCredentials,
  s3ConfigFrom,
  EMPTY_SHA256,
  sign,
  s3Uri,
  encodeQuery,
  S3Client,
  unquoteEtag,
  xmlUnescape,
  parseModelUri,
  keyProblem,
  MANIFEST_SCHEMA,
  ALIAS_SCHEMA,
  parseRegistry,
  checkName,
  parseVersion,
  claimKey,
  fileKey,
  manifestKey,
  aliasKey,
  versionUri,
  parseTags,
  runnerTags,
  runUrl,
  parseManifest,
  parseAlias,
  pullModel,
  proxiedPath,
  mlflowServer
};
