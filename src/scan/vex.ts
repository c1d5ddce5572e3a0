// OpenVEX documents (https://github.com/openvex/spec, v0.2.0): statements by the image's authors
// that a vulnerability does or does not affect a product. This file reads and checks them; which
// finding a statement covers is vex-match.ts.
//
// Checked as the spec requires: JSON, `@context` an openvex.dev namespace, a document
// `timestamp` (statements inherit it, and "later statements win" needs one), a non-empty
// `statements` list; each statement has a vulnerability name, a status out of the four, at least
// one product (a standalone document has nothing to inherit products from), and, when
// not_affected, a justification label or an impact_statement. Documents written to the first
// draft (v0.0.1: `vulnerability` and `products` as plain strings) are read too, since vexctl
// still reads them. Fields that cannot change which findings are hidden (author, version,
// action_statement) are not checked.
import { ConfigurationError } from '../common/errors.js';
import { parsePurl } from './purl.js';

export const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;
export type VexStatus = (typeof VEX_STATUSES)[number];

export const VEX_JUSTIFICATIONS = [
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist',
] as const;

/** A product or subcomponent: what identifies it (an IRI or purl as @id, identifiers, hashes). */
export interface VexComponent {
  id: string | null;
  purl: string | null;
  /** Hash values by algorithm label (sha-256, sha-512, …), lower-case. */
  hashes: Record<string, string>;
}

export interface VexProduct extends VexComponent {
  subcomponents: VexComponent[];
}

export interface VexStatement {
  /** 1-based position in the document, for messages. */
  index: number;
  vulnerability: string;
  /** The name, the aliases and the @id: any of them may be what the scanner reports. */
  ids: string[];
  products: VexProduct[];
  status: VexStatus;
  justification: string | null;
  impactStatement: string | null;
  /** The statement's own timestamp, else the document's. */
  timestamp: Date;
}

export interface VexDocument {
  file: string;
  id: string | null;
  timestamp: Date;
  statements: VexStatement[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// RFC 3339 as the spec's JSON Schema (`format: date-time`) has it; a bare date is not a timestamp.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const SPEC = 'https://github.com/openvex/spec';

export function parseVex(text: string, file: string): VexDocument {
  const where = `input \`vex\` (${file})`;
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ConfigurationError(where, (e as Error).message, `is not JSON. Give an OpenVEX document (JSON, ${SPEC}).`);
  }
  if (!isObj(doc)) throw new ConfigurationError(where, JSON.stringify(doc).slice(0, 60), `is not an OpenVEX document: that is a JSON object with @context, timestamp and statements (${SPEC}).`);
  const context = doc['@context'];
  if (context === undefined) {
    const other = doc.bomFormat === 'CycloneDX' ? ' It looks like CycloneDX VEX; scan-image reads OpenVEX.' : doc.document !== undefined ? ' It looks like CSAF; scan-image reads OpenVEX.' : '';
    throw new ConfigurationError(`${where}: \`@context\``, '', `is missing: an OpenVEX document starts with "@context": "https://openvex.dev/ns/v0.2.0".${other}`);
  }
  if (typeof context !== 'string' || !/^https?:\/\/openvex\.dev\/ns(\/|$)/.test(context)) {
    throw new ConfigurationError(`${where}: \`@context\``, JSON.stringify(context), 'is not an OpenVEX context. Use "https://openvex.dev/ns/v0.2.0".');
  }
  const timestamp = readTime(doc.timestamp, `${where}: \`timestamp\``, true) as Date;
  if (!Array.isArray(doc.statements)) {
    throw new ConfigurationError(`${where}: \`statements\``, doc.statements === undefined ? '' : JSON.stringify(doc.statements).slice(0, 60), `is ${doc.statements === undefined ? 'missing' : 'not a list'}: an OpenVEX document holds a list of statements (${SPEC}).`);
  }
  if (doc.statements.length === 0) throw new ConfigurationError(`${where}: \`statements\``, '[]', 'is empty: a VEX document needs at least one statement. Remove the file from `vex`, or add a statement.');
  const statements = doc.statements.map((s, i) => readStatement(s, i + 1, where, timestamp));
  return { file, id: typeof doc['@id'] === 'string' ? doc['@id'] : null, timestamp, statements };
}

function readStatement(raw: unknown, index: number, where: string, docTime: Date): VexStatement {
  const at = (name: string, key?: string) => `${where}, statement ${index}${name ? ` (${name})` : ''}${key ? `: \`${key}\`` : ''}`;
  if (!isObj(raw)) throw new ConfigurationError(at(''), JSON.stringify(raw).slice(0, 60), 'must be an object with vulnerability, products and status.');
  const v = raw.vulnerability;
  let name: string;
  const ids: string[] = [];
  if (typeof v === 'string' && v.trim()) {
    name = v.trim();
  } else if (isObj(v) && typeof v.name === 'string' && v.name.trim()) {
    name = v.name.trim();
    if (v.aliases !== undefined) {
      if (!Array.isArray(v.aliases) || v.aliases.some((a) => typeof a !== 'string')) throw new ConfigurationError(at(name, 'vulnerability.aliases'), JSON.stringify(v.aliases), 'must be a list of IDs as text.');
      ids.push(...(v.aliases as string[]).map((a) => a.trim()).filter(Boolean));
    }
    if (typeof v['@id'] === 'string' && v['@id'].trim()) ids.push(v['@id'].trim());
  } else {
    throw new ConfigurationError(at('', 'vulnerability.name'), v === undefined ? '' : JSON.stringify(v).slice(0, 60), 'is missing: each statement names its vulnerability, e.g. "vulnerability": {"name": "CVE-2099-0002"}.');
  }
  ids.unshift(name);

  const status = raw.status;
  if (typeof status !== 'string' || !(VEX_STATUSES as readonly string[]).includes(status)) {
    throw new ConfigurationError(at(name, 'status'), status === undefined ? '' : String(status), `is ${status === undefined ? 'missing' : 'not a VEX status'}. Use one of: ${VEX_STATUSES.join(', ')}.`);
  }
  const justification = optionalText(raw.justification, at(name, 'justification'));
  if (justification !== null && !(VEX_JUSTIFICATIONS as readonly string[]).includes(justification)) {
    throw new ConfigurationError(at(name, 'justification'), justification, `is not a VEX justification label. Use one of: ${VEX_JUSTIFICATIONS.join(', ')}; put free text in impact_statement.`);
  }
  const impactStatement = optionalText(raw.impact_statement, at(name, 'impact_statement'));
  if (status === 'not_affected' && justification === null && impactStatement === null) {
    throw new ConfigurationError(
      at(name, 'status'),
      status,
      `needs a justification (one of: ${VEX_JUSTIFICATIONS.join(', ')}) or an impact_statement saying why the product is not affected, as the OpenVEX spec requires.`,
    );
  }

  if (!Array.isArray(raw.products) || raw.products.length === 0) {
    throw new ConfigurationError(
      at(name, 'products'),
      raw.products === undefined ? '' : JSON.stringify(raw.products).slice(0, 60),
      'names no product. List the image (e.g. {"@id": "pkg:oci/model-server?repository_url=ghcr.io/acme/model-server"}), with the package as a subcomponent to narrow it, or the package itself by purl.',
    );
  }
  const products = raw.products.map((p, i) => {
    const c = readComponent(p, (k) => at(name, `products[${i}]${k}`), true);
    const subs = isObj(p) ? p.subcomponents : undefined;
    if (subs !== undefined && !Array.isArray(subs)) throw new ConfigurationError(at(name, `products[${i}].subcomponents`), JSON.stringify(subs).slice(0, 60), 'must be a list of components ({"@id": "pkg:…"}).');
    const subcomponents = (subs ?? []).map((s, j) => readComponent(s, (k) => at(name, `products[${i}].subcomponents[${j}]${k}`), false));
    return { ...c, subcomponents };
  });
  const timestamp = readTime(raw.timestamp, at(name, 'timestamp'), false) ?? docTime;
  return { index, vulnerability: name, ids, products, status: status as VexStatus, justification, impactStatement, timestamp };
}

/** `at(key)` names the component (key '') or one of its keys ('.@id') in messages. */
function readComponent(raw: unknown, at: (key: string) => string, product: boolean): VexComponent {
  // v0.0.1 listed products as bare identifiers.
  if (typeof raw === 'string' && raw.trim() && product) return checkPurls({ id: raw.trim(), purl: null, hashes: {} }, at);
  if (!isObj(raw)) throw new ConfigurationError(at(''), JSON.stringify(raw)?.slice(0, 60) ?? '', 'must be an object with an @id (an IRI or purl) or identifiers.');
  const id = typeof raw['@id'] === 'string' && raw['@id'].trim() ? raw['@id'].trim() : null;
  if (raw['@id'] !== undefined && id === null) throw new ConfigurationError(at('.@id'), JSON.stringify(raw['@id']), 'must be an IRI or purl as text.');
  let purl: string | null = null;
  if (raw.identifiers !== undefined) {
    if (!isObj(raw.identifiers)) throw new ConfigurationError(at('.identifiers'), JSON.stringify(raw.identifiers), 'must map identifier types (purl, cpe22, cpe23) to values.');
    const p = raw.identifiers.purl;
    if (p !== undefined && (typeof p !== 'string' || !p.trim())) throw new ConfigurationError(at('.identifiers.purl'), JSON.stringify(p), 'must be a package URL as text (pkg:…).');
    purl = typeof p === 'string' ? p.trim() : null;
  }
  const hashes: Record<string, string> = {};
  if (raw.hashes !== undefined) {
    if (!isObj(raw.hashes) || Object.values(raw.hashes).some((h) => typeof h !== 'string')) throw new ConfigurationError(at('.hashes'), JSON.stringify(raw.hashes), 'must map hash names (sha-256, …) to hex values.');
    for (const [k, h] of Object.entries(raw.hashes as Record<string, string>)) hashes[k.toLowerCase()] = h.trim().toLowerCase();
  }
  if (id === null && raw.identifiers === undefined && Object.keys(hashes).length === 0) {
    throw new ConfigurationError(at(''), JSON.stringify(raw).slice(0, 60), 'identifies nothing: give an @id (the image\'s pkg:oci purl, or a package purl) or identifiers.purl.');
  }
  return checkPurls({ id, purl, hashes }, at);
}

/** A purl that does not parse would silently match nothing; say so instead. */
function checkPurls(c: VexComponent, at: (key: string) => string): VexComponent {
  for (const [key, value] of [['@id', c.id], ['identifiers.purl', c.purl]] as const) {
    if (value && value.toLowerCase().startsWith('pkg:') && !parsePurl(value)) {
      throw new ConfigurationError(at(`.${key}`), value, 'is not a valid package URL. Write pkg:<type>/<namespace>/<name>@<version>, e.g. pkg:deb/debian/zlib1g or pkg:oci/model-server?repository_url=ghcr.io/acme/model-server.');
    }
  }
  return c;
}

function optionalText(v: unknown, where: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new ConfigurationError(where, JSON.stringify(v), 'must be text.');
  return v.trim() || null;
}

function readTime(v: unknown, where: string, required: boolean): Date | null {
  if (v === undefined || v === null || v === '') {
    if (!required) return null;
    throw new ConfigurationError(where, '', 'is missing: an OpenVEX document says when it was issued, as an RFC 3339 date-time (e.g. "2026-12-01T10:00:00Z").');
  }
  const t = typeof v === 'string' && DATE_TIME.test(v.trim()) ? new Date(v.trim()) : null;
  if (!t || Number.isNaN(t.getTime())) throw new ConfigurationError(where, String(v), 'is not an RFC 3339 date-time. Write it like "2026-12-01T10:00:00Z".');
  return t;
}
