// OpenVEX documents: what scan-image accepts, what it refuses (and says), and which findings a
// statement hides.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/common/errors.js';
import type { Finding } from '../../../src/scan/finding.js';
import { imageIdentity, parseImageRef, vexSuppression, vexVerdict } from '../../../src/scan/vex-match.js';
import { parseVex, type VexDocument } from '../../../src/scan/vex.js';
import { DIGEST, IMAGE_PRODUCT, IMAGE_REFS, LIBC, OPENSSL, REQUESTS, ZLIB, vexDoc } from './findings.js';

const FILE = 'model-server.openvex.json';
const image = imageIdentity(IMAGE_REFS);
const notAffected = { status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path' };

function error(text: string): string {
  try {
    parseVex(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

const docs = (...statements: object[]): VexDocument[] => [parseVex(vexDoc(statements), FILE)];
const hidden = (f: Finding, d: VexDocument[], img = image) => vexSuppression(f, d, img) !== null;

describe('parseVex', () => {
  it('reads statements with their ids, products and inherited timestamp', () => {
    const d = parseVex(
      vexDoc([
        {
          vulnerability: { '@id': 'https://nvd.nist.gov/vuln/detail/CVE-2099-0002', name: 'CVE-2099-0002', aliases: ['GHSA-9999-0002-wxyz'] },
          products: [{ ...IMAGE_PRODUCT, subcomponents: [{ '@id': 'pkg:deb/debian/zlib1g' }] }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
          impact_statement: 'the model server never inflates untrusted streams',
        },
        { vulnerability: { name: 'CVE-2099-0001' }, products: [{ identifiers: { purl: 'pkg:deb/debian/openssl' } }], status: 'fixed', timestamp: '2026-12-03T08:00:00.123456789+01:00' },
      ]),
      FILE,
    );
    expect(d.timestamp.toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(d.statements[0]).toMatchObject({
      index: 1,
      vulnerability: 'CVE-2099-0002',
      ids: ['CVE-2099-0002', 'GHSA-9999-0002-wxyz', 'https://nvd.nist.gov/vuln/detail/CVE-2099-0002'],
      products: [{ id: IMAGE_PRODUCT['@id'], purl: null, subcomponents: [{ id: 'pkg:deb/debian/zlib1g' }] }],
      justification: 'vulnerable_code_not_in_execute_path',
      impactStatement: 'the model server never inflates untrusted streams',
    });
    expect(d.statements[0]?.timestamp).toEqual(d.timestamp);
    expect(d.statements[1]?.timestamp.toISOString()).toBe('2026-12-03T07:00:00.123Z');
    expect(d.statements[1]?.products[0]?.purl).toBe('pkg:deb/debian/openssl');
  });

  it('reads first-draft documents (vulnerability and products as strings)', () => {
    const d = parseVex(vexDoc([{ vulnerability: 'CVE-2099-0002', products: ['pkg:deb/debian/zlib1g'], status: 'fixed' }], { '@context': 'https://openvex.dev/ns' }), FILE);
    expect(d.statements[0]).toMatchObject({ vulnerability: 'CVE-2099-0002', products: [{ id: 'pkg:deb/debian/zlib1g', subcomponents: [] }] });
  });

  const where = `input \`vex\` (${FILE})`;
  const one = (s: object) => vexDoc([{ vulnerability: { name: 'CVE-2099-0002' }, products: [IMAGE_PRODUCT], ...s }]);

  it.each([
    ['text that is not JSON', '{"@context": ', `${where}: "Unexpected end of JSON input" is not JSON. Give an OpenVEX document (JSON, https://github.com/openvex/spec).`],
    ['a JSON list', '[]', `${where}: "[]" is not an OpenVEX document`],
    ['a missing @context', JSON.stringify({ statements: [] }), `${where}: \`@context\`: "" is missing: an OpenVEX document starts with "@context": "https://openvex.dev/ns/v0.2.0".`],
    ['CycloneDX VEX', JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.5', vulnerabilities: [] }), 'It looks like CycloneDX VEX; scan-image reads OpenVEX.'],
    ['another context', vexDoc([], { '@context': 'https://www.w3.org/ns/credentials/v2' }), '`@context`: "\\"https://www.w3.org/ns/credentials/v2\\"" is not an OpenVEX context.'],
    ['a missing timestamp', vexDoc([{}], { timestamp: undefined }), `${where}: \`timestamp\`: "" is missing: an OpenVEX document says when it was issued`],
    ['a timestamp that is a date only', vexDoc([{}], { timestamp: '2026-12-01' }), '`timestamp`: "2026-12-01" is not an RFC 3339 date-time.'],
    ['missing statements', vexDoc([], { statements: undefined }), `${where}: \`statements\`: "" is missing: an OpenVEX document holds a list of statements`],
    ['no statements', vexDoc([]), `${where}: \`statements\`: "[]" is empty`],
    ['a statement without a vulnerability', vexDoc([{ products: [IMAGE_PRODUCT], status: 'fixed' }]), `${where}, statement 1: \`vulnerability.name\`: "" is missing`],
    ['an unknown status', one({ status: 'false_positive' }), `${where}, statement 1 (CVE-2099-0002): \`status\`: "false_positive" is not a VEX status. Use one of: not_affected, affected, fixed, under_investigation.`],
    ['a missing status', one({}), '`status`: "" is missing. Use one of: not_affected, affected, fixed, under_investigation.'],
    ['not_affected without a reason', one({ status: 'not_affected' }), `${where}, statement 1 (CVE-2099-0002): \`status\`: "not_affected" needs a justification (one of: component_not_present, vulnerable_code_not_present, vulnerable_code_not_in_execute_path, vulnerable_code_cannot_be_controlled_by_adversary, inline_mitigations_already_exist) or an impact_statement`],
    ['an unknown justification', one({ status: 'not_affected', justification: 'not_reachable' }), '`justification`: "not_reachable" is not a VEX justification label.'],
    ['a statement without products', vexDoc([{ vulnerability: { name: 'CVE-2099-0002' }, status: 'fixed' }]), '(CVE-2099-0002): `products`: "" names no product. List the image'],
    ['a product that identifies nothing', vexDoc([{ vulnerability: { name: 'CVE-2099-0002' }, products: [{ subcomponents: [] }], status: 'fixed' }]), '`products[0]`: "{\\"subcomponents\\":[]}" identifies nothing'],
    ['a broken purl', vexDoc([{ vulnerability: { name: 'CVE-2099-0002' }, products: [{ ...IMAGE_PRODUCT, subcomponents: [{ '@id': 'pkg:deb' }] }], status: 'fixed' }]), '`products[0].subcomponents[0].@id`: "pkg:deb" is not a valid package URL.'],
    ['a statement timestamp that is not one', one({ status: 'fixed', timestamp: 'yesterday' }), '(CVE-2099-0002): `timestamp`: "yesterday" is not an RFC 3339 date-time.'],
  ])('refuses %s', (_, text, message) => {
    expect(error(text)).toContain(message);
  });

  it('accepts not_affected with only an impact statement', () => {
    expect(() => parseVex(one({ status: 'not_affected', impact_statement: 'zlib is only used to read our own files' }), FILE)).not.toThrow();
  });
});

describe('which findings a statement hides', () => {
  it('hides every finding of the vulnerability when the product is the image', () => {
    const d = docs({ vulnerability: { name: 'CVE-2099-0002' }, products: [IMAGE_PRODUCT], ...notAffected });
    expect(vexSuppression(ZLIB, d, image)).toEqual({ by: 'vex', status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', document: FILE });
    expect(hidden(OPENSSL, d)).toBe(false);
  });

  it('narrows to the subcomponents listed under the image', () => {
    const d = docs(
      { vulnerability: { name: 'CVE-2099-0002' }, products: [{ ...IMAGE_PRODUCT, subcomponents: [{ '@id': 'pkg:deb/debian/zlib1g' }] }], ...notAffected },
      { vulnerability: { name: 'CVE-2099-0001' }, products: [{ ...IMAGE_PRODUCT, subcomponents: [{ '@id': 'pkg:deb/debian/libssl3' }] }], ...notAffected },
    );
    expect(hidden(ZLIB, d)).toBe(true);
    expect(hidden(OPENSSL, d)).toBe(false);
  });

  it('matches subcomponent purls by version and qualifiers as trivy does', () => {
    const withSub = (purl: string) => docs({ vulnerability: { name: 'CVE-2099-0002' }, products: [{ ...IMAGE_PRODUCT, subcomponents: [{ '@id': purl }] }], status: 'fixed' });
    expect(hidden(ZLIB, withSub('pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1'))).toBe(true);
    expect(hidden(ZLIB, withSub('pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64'))).toBe(true);
    expect(hidden(ZLIB, withSub('pkg:deb/debian/zlib1g@1:1.2.13.dfsg-2'))).toBe(false);
    expect(hidden(ZLIB, withSub('pkg:deb/debian/zlib1g?arch=arm64'))).toBe(false);
    expect(hidden(ZLIB, withSub('pkg:deb/ubuntu/zlib1g'))).toBe(false);
    expect(hidden(ZLIB, withSub('pkg:apk/alpine/zlib1g'))).toBe(false);
    const requests = docs({ vulnerability: { name: 'CVE-2099-0201' }, products: [{ ...IMAGE_PRODUCT, subcomponents: [{ identifiers: { purl: 'pkg:pypi/Requests@2.19.0' } }] }], status: 'fixed' });
    expect(hidden(REQUESTS, requests)).toBe(true);
  });

  it('hides a finding whose package is the product', () => {
    expect(hidden(ZLIB, docs({ vulnerability: { name: 'CVE-2099-0002' }, products: [{ '@id': 'pkg:deb/debian/zlib1g' }], ...notAffected }))).toBe(true);
    expect(hidden(ZLIB, docs({ vulnerability: { name: 'CVE-2099-0002' }, products: [{ '@id': 'pkg:deb/debian/zlib1g@1:1.2.12' }], ...notAffected }))).toBe(false);
  });

  it('does not hide through another package that lists it as a subcomponent (no dependency graph)', () => {
    const d = docs({ vulnerability: { name: 'CVE-2099-0002' }, products: [{ '@id': 'pkg:deb/debian/libpng16-16', subcomponents: [{ '@id': 'pkg:deb/debian/zlib1g' }] }], ...notAffected });
    expect(hidden(ZLIB, d)).toBe(false);
  });

  it('matches the vulnerability by alias, both ways', () => {
    expect(hidden(REQUESTS, docs({ vulnerability: { name: 'GHSA-9999-0201-wxyz' }, products: [IMAGE_PRODUCT], status: 'fixed' }))).toBe(true);
    expect(hidden(ZLIB, docs({ vulnerability: { name: 'GHSA-9999-0002-wxyz', aliases: ['cve-2099-0002'] }, products: [IMAGE_PRODUCT], status: 'fixed' }))).toBe(true);
  });

  it('never hides for affected or under_investigation', () => {
    for (const status of ['affected', 'under_investigation']) {
      expect(hidden(ZLIB, docs({ vulnerability: { name: 'CVE-2099-0002' }, products: [IMAGE_PRODUCT], status, action_statement: 'upgrade' }))).toBe(false);
    }
  });

  it('lets the latest statement win, across documents', () => {
    const stmt = (status: string, timestamp: string) => ({ vulnerability: { name: 'CVE-2099-0002' }, products: [IMAGE_PRODUCT], status, timestamp, ...(status === 'not_affected' ? { justification: 'component_not_present' } : {}) });
    // Investigated, then found not affected: hidden.
    expect(hidden(ZLIB, docs(stmt('under_investigation', '2026-12-01T00:00:00Z'), stmt('not_affected', '2026-12-02T00:00:00Z')))).toBe(true);
    // Order in the file does not matter, time does.
    expect(hidden(ZLIB, docs(stmt('not_affected', '2026-12-02T00:00:00Z'), stmt('under_investigation', '2026-12-01T00:00:00Z')))).toBe(true);
    // A later affected undoes an earlier not_affected, also from a second document.
    const later = parseVex(vexDoc([stmt('affected', '2026-12-05T00:00:00Z')]), 'later.json');
    const d = [...docs(stmt('not_affected', '2026-12-02T00:00:00Z')), later];
    expect(hidden(ZLIB, d)).toBe(false);
    expect(vexVerdict(ZLIB, d, image)?.document.file).toBe('later.json');
    // On a tie, the one written later wins.
    expect(hidden(ZLIB, docs(stmt('not_affected', '2026-12-02T00:00:00Z'), stmt('affected', '2026-12-02T00:00:00Z')))).toBe(false);
    // Statements without a timestamp take the document's.
    expect(hidden(ZLIB, docs(stmt('affected', '2026-11-01T00:00:00Z'), { ...stmt('fixed', ''), timestamp: undefined }))).toBe(true);
  });

  describe('names for the image', () => {
    const withProduct = (product: object) => docs({ vulnerability: { name: 'CVE-2099-0002' }, products: [product], status: 'fixed' });

    it.each([
      ['a purl with its repository', 'pkg:oci/model-server?repository_url=ghcr.io/acme/model-server'],
      ['a purl with the digest and tag', `pkg:oci/model-server@${DIGEST.replace(':', '%3A')}?repository_url=ghcr.io%2Facme%2Fmodel-server&tag=1.4`],
      ['a purl with the name only', 'pkg:oci/model-server'],
      ['its digest', DIGEST],
      ['its reference', 'ghcr.io/acme/model-server:1.4'],
      ['its reference by digest', `ghcr.io/acme/model-server@${DIGEST}`],
      ['its repository', 'ghcr.io/acme/model-server'],
    ])('accepts %s', (_, id) => {
      expect(hidden(ZLIB, withProduct({ '@id': id }))).toBe(true);
    });

    it('accepts the digest as a sha-256 hash, and a purl under identifiers', () => {
      expect(hidden(ZLIB, withProduct({ '@id': 'https://example.com/products/model-server', hashes: { 'sha-256': DIGEST.slice(7) } }))).toBe(true);
      expect(hidden(ZLIB, withProduct({ identifiers: { purl: 'pkg:oci/model-server?repository_url=ghcr.io/acme/model-server' } }))).toBe(true);
    });

    it.each([
      ['another image', 'pkg:oci/feature-store?repository_url=ghcr.io/acme/feature-store'],
      ['another repository of the same name', 'pkg:oci/model-server?repository_url=docker.io/acme/model-server'],
      ['another digest', `pkg:oci/model-server@sha256%3A${'e'.repeat(64)}`],
      ['another tag', 'pkg:oci/model-server?tag=1.3'],
      ['a platform the refs do not give', 'pkg:oci/model-server?arch=arm64'],
      ['another reference', 'ghcr.io/acme/model-server:1.3'],
      ['an unrelated IRI', 'https://example.com/products/model-server'],
    ])('refuses %s', (_, id) => {
      expect(hidden(ZLIB, withProduct({ '@id': id }))).toBe(false);
    });

    it('takes the platform from a purl among the image refs', () => {
      const amd64 = imageIdentity([...IMAGE_REFS, `pkg:oci/model-server@${DIGEST}?arch=amd64&repository_url=ghcr.io/acme/model-server`]);
      expect(hidden(ZLIB, withProduct({ '@id': 'pkg:oci/model-server?arch=amd64' }), amd64)).toBe(true);
      expect(hidden(ZLIB, withProduct({ '@id': 'pkg:oci/model-server?arch=arm64' }), amd64)).toBe(false);
    });

    it('expands Docker Hub short names', () => {
      expect(parseImageRef('python:3.12-slim')).toEqual({ repository: 'docker.io/library/python', tag: '3.12-slim', digest: null });
      expect(parseImageRef('index.docker.io/acme/model-server')).toEqual({ repository: 'docker.io/acme/model-server', tag: null, digest: null });
      expect(parseImageRef('localhost:5000/model-server:1')).toEqual({ repository: 'localhost:5000/model-server', tag: '1', digest: null });
      const hub = imageIdentity(['acme/model-server:1.4']);
      expect(hidden(ZLIB, withProduct({ '@id': 'pkg:oci/model-server?repository_url=index.docker.io/acme/model-server' }), hub)).toBe(true);
    });
  });

  it('leaves findings without a purl to image-wide statements', () => {
    const noPurl = { ...LIBC, purl: null };
    expect(hidden(noPurl, docs({ vulnerability: { name: 'CVE-2099-0003' }, products: [{ ...IMAGE_PRODUCT, subcomponents: [{ '@id': 'pkg:deb/debian/libc6' }] }], status: 'fixed' }))).toBe(false);
    expect(hidden(noPurl, docs({ vulnerability: { name: 'CVE-2099-0003' }, products: [IMAGE_PRODUCT], status: 'fixed' }))).toBe(true);
  });
});
