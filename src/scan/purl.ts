// Package URLs (https://github.com/package-url/purl-spec): VEX statements name products and
// subcomponents by purl, scanners name the packages they found by purl, and the two are written
// by different tools (percent-encoding, case, qualifier order differ), so they are compared
// parsed, never as strings.

export interface Purl {
  type: string;
  /** Segments joined by `/`, decoded; null when there is none. */
  namespace: string | null;
  name: string;
  version: string | null;
  qualifiers: Record<string, string>;
  subpath: string | null;
}

// Types whose spec says the name (and namespace) are case-insensitive, stored lower-case.
const LOWER_NAME = new Set(['apk', 'bitbucket', 'deb', 'github', 'golang', 'npm', 'pypi', 'composer']);
const LOWER_NAMESPACE = new Set([...LOWER_NAME, 'rpm', 'alpm']);

/** null when `s` is not a purl. */
export function parsePurl(s: string): Purl | null {
  const m = /^pkg:\/*([^/]+)\/(.+)$/i.exec(s.trim());
  if (!m) return null;
  const type = (m[1] as string).toLowerCase();
  if (!/^[a-z.+-][a-z0-9.+-]*$/.test(type)) return null;
  let rest = m[2] as string;
  let subpath: string | null = null;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    subpath = rest.slice(hash + 1).split('/').filter((p) => p && p !== '.' && p !== '..').map(decode).join('/') || null;
    rest = rest.slice(0, hash);
  }
  const qualifiers: Record<string, string> = {};
  const q = rest.indexOf('?');
  if (q >= 0) {
    for (const pair of rest.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const value = decode(pair.slice(eq + 1));
      if (value) qualifiers[pair.slice(0, eq).toLowerCase()] = value;
    }
    rest = rest.slice(0, q);
  }
  let version: string | null = null;
  const at = rest.lastIndexOf('@');
  // An npm scope (`%40scope` or `@scope`) starts a segment; a version follows the name.
  if (at > 0 && rest[at - 1] !== '/') {
    version = decode(rest.slice(at + 1)) || null;
    rest = rest.slice(0, at);
  }
  const segments = rest.split('/').filter(Boolean).map(decode);
  let name = segments.pop();
  if (!name) return null;
  let namespace = segments.length ? segments.join('/') : null;
  if (LOWER_NAME.has(type)) name = name.toLowerCase();
  if (namespace && LOWER_NAMESPACE.has(type)) namespace = namespace.toLowerCase();
  // PyPI treats `_`, `-` and `.` runs alike (PEP 503); the purl spec writes them as `-`.
  if (type === 'pypi') name = name.replace(/[-_.]+/g, '-');
  if (type === 'oci' && version) version = version.toLowerCase();
  return { type, namespace, name, version, qualifiers, subpath };
}

/**
 * Does `pattern` (from a VEX statement) name `actual` (what the scan found)? The matching rules
 * trivy documents and OpenVEX's go-vex implements: type, namespace and name equal; a pattern
 * without a version matches every version; every qualifier the pattern has must be in `actual`
 * with the same value, and qualifiers only `actual` has are ignored.
 * `sameQualifier` compares values that need normalising (an OCI repository_url).
 */
export function purlMatches(pattern: Purl, actual: Purl, sameQualifier: (key: string, a: string, b: string) => boolean = (_, a, b) => a === b): boolean {
  if (pattern.type !== actual.type || pattern.namespace !== actual.namespace || pattern.name !== actual.name) return false;
  if (pattern.version !== null && pattern.version !== actual.version) return false;
  if (pattern.subpath !== null && pattern.subpath !== actual.subpath) return false;
  for (const [k, v] of Object.entries(pattern.qualifiers)) {
    const have = actual.qualifiers[k];
    if (have === undefined || !sameQualifier(k, v, have)) return false;
  }
  return true;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
