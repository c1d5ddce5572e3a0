// Which findings a VEX statement covers. The rule, chosen after the OpenVEX spec and the two
// scanners' matching (trivy's VEX docs; grype through OpenVEX's go-vex):
//
//   1. The statement's vulnerability name, @id or one of its aliases equals the finding's ID or
//      one of the finding's aliases (case-insensitively).
//   2. One of its products covers the finding:
//      a. the product is this image, and it has no subcomponents: every finding of that
//         vulnerability in the image;
//      b. the product is this image, with subcomponents: only findings whose package purl
//         matches one of the subcomponents;
//      c. the product is the finding's package itself (its purl), without subcomponents.
//   3. Of the statements that cover a finding, across every document, the latest wins (its own
//      timestamp, else its document's; on a tie, the one written later in the list). It hides
//      the finding when its status is not_affected or fixed; affected and under_investigation
//      never hide anything, and a later one of them undoes an earlier not_affected.
//
// "This image" is any of: a `pkg:oci/<name>` purl whose name, version (the digest), tag and
// repository_url qualifiers agree with the image's references; a plain @id equal to one of its
// references (registry/repository[:tag][@digest]) or digests; a sha-256 hash equal to its digest.
// Purls match as trivy documents: no version matches every version, and every qualifier the
// statement gives must be on the image or package too, so a statement naming a platform
// (arch=…) matches only when the image refs say which platform was scanned.
// Not supported: a product that is some other package with the finding's package as a
// subcomponent (trivy's dependency-tree case). That needs the dependency graph the Finding does not
// carry, and a wrongly hidden vulnerability costs more than a shown one.
import type { Finding, Suppression } from './finding.js';
import { parsePurl, purlMatches, type Purl } from './purl.js';
import type { VexComponent, VexDocument, VexStatement } from './vex.js';

interface ImageRef {
  /** registry/path, normalised (docker.io/library/… for Docker Hub short names). */
  repository: string;
  tag: string | null;
  digest: string | null;
}

/** Every name the scanned image goes by, built once per scan from the image refs. */
export interface ImageIdentity {
  refs: ImageRef[];
  purls: Purl[];
  digests: Set<string>;
}

/**
 * `refs`: the image as the step knows it: references (`ghcr.io/acme/model-server:1.4`,
 * `…@sha256:…`), bare digests (`sha256:…`, the pushed manifest's), and `pkg:oci/…` purls. Digests
 * given alone belong to every reference that has none of its own.
 */
export function imageIdentity(refs: readonly string[]): ImageIdentity {
  const parsed: ImageRef[] = [];
  const given: Purl[] = [];
  const bare: string[] = [];
  for (const raw of refs.map((r) => r.trim()).filter(Boolean)) {
    if (/^pkg:/i.test(raw)) {
      const p = parsePurl(raw);
      if (p?.type === 'oci') given.push(p);
    } else if (isDigest(raw)) bare.push(raw.toLowerCase());
    else {
      const r = parseImageRef(raw);
      if (r) parsed.push(r);
    }
  }
  const refsWithDigests = parsed.flatMap((r) => (r.digest || bare.length === 0 ? [r] : bare.map((digest) => ({ ...r, digest }))));
  const purls = [
    ...given,
    ...refsWithDigests.map((r): Purl => ({
      type: 'oci',
      namespace: null,
      name: (r.repository.split('/').pop() as string).toLowerCase(),
      version: r.digest,
      qualifiers: { repository_url: r.repository, ...(r.tag ? { tag: r.tag } : {}) },
      subpath: null,
    })),
  ];
  const digests = new Set([...bare, ...parsed.map((r) => r.digest).filter((d): d is string => d !== null), ...given.map((p) => p.version).filter((v): v is string => v !== null)]);
  return { refs: refsWithDigests, purls, digests };
}

/** The statement that decides this finding, and its document; null when no statement covers it. */
export function vexVerdict(f: Finding, docs: readonly VexDocument[], image: ImageIdentity): { statement: VexStatement; document: VexDocument } | null {
  const ids = new Set([f.id, ...f.aliases].map((i) => i.toUpperCase()));
  const purl = f.purl ? parsePurl(f.purl) : null;
  let best: { statement: VexStatement; document: VexDocument } | null = null;
  for (const document of docs) {
    for (const statement of document.statements) {
      if (!statement.ids.some((i) => ids.has(i.toUpperCase()))) continue;
      if (!covers(statement, purl, image)) continue;
      // `>=`: of equal times, the one read later wins.
      if (!best || statement.timestamp.getTime() >= best.statement.timestamp.getTime()) best = { statement, document };
    }
  }
  return best;
}

/** How VEX hides the finding, or null when it does not. */
export function vexSuppression(f: Finding, docs: readonly VexDocument[], image: ImageIdentity): Suppression | null {
  const v = vexVerdict(f, docs, image);
  if (!v || (v.statement.status !== 'not_affected' && v.statement.status !== 'fixed')) return null;
  return { by: 'vex', status: v.statement.status, justification: v.statement.justification ?? v.statement.impactStatement, document: v.document.file };
}

function covers(s: VexStatement, pkg: Purl | null, image: ImageIdentity): boolean {
  return s.products.some((p) => {
    if (isImage(p, image)) return p.subcomponents.length === 0 || (pkg !== null && p.subcomponents.some((c) => isPackage(c, pkg)));
    return p.subcomponents.length === 0 && pkg !== null && isPackage(p, pkg);
  });
}

function isPackage(c: VexComponent, pkg: Purl): boolean {
  return purlsOf(c).some((p) => p.type !== 'oci' && purlMatches(p, pkg));
}

function isImage(c: VexComponent, image: ImageIdentity): boolean {
  if (purlsOf(c).some((p) => p.type === 'oci' && image.purls.some((ip) => purlMatches(p, ip, sameOciQualifier)))) return true;
  const sha = c.hashes['sha-256'];
  if (sha && image.digests.has(`sha256:${sha.replace(/^sha256:/, '')}`)) return true;
  if (!c.id || /^pkg:/i.test(c.id)) return false;
  if (isDigest(c.id)) return image.digests.has(c.id.toLowerCase());
  const named = parseImageRef(c.id.replace(/^(docker|oci):\/\//, ''));
  return named !== null && image.refs.some((r) => r.repository === named.repository && (!named.tag || named.tag === r.tag) && (!named.digest || named.digest === r.digest));
}

function purlsOf(c: VexComponent): Purl[] {
  return [c.id, c.purl].filter((s): s is string => s !== null && /^pkg:/i.test(s)).map((s) => parsePurl(s)).filter((p): p is Purl => p !== null);
}

function sameOciQualifier(key: string, a: string, b: string): boolean {
  if (key !== 'repository_url') return a === b;
  const ra = parseImageRef(a.replace(/^[a-z]+:\/\//i, ''));
  const rb = parseImageRef(b);
  return ra !== null && rb !== null && ra.repository === rb.repository;
}

const isDigest = (s: string) => /^sha256:[0-9a-f]{64}$/i.test(s);

/** `[registry/]path[:tag][@digest]` with Docker Hub's short names expanded; null when it is not one. */
export function parseImageRef(raw: string): ImageRef | null {
  let rest = raw.trim();
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1).toLowerCase();
    if (!/^[a-z0-9]+:[0-9a-f]{32,}$/.test(digest)) return null;
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  if (parts.some((p) => !p)) return null;
  const first = parts[0] as string;
  let registry = 'docker.io';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) registry = (parts.shift() as string).toLowerCase();
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/').toLowerCase();
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path)) return null;
  if (tag !== null && !/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) return null;
  return { repository: `${registry}/${path}`, tag, digest };
}
