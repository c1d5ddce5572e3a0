// Package URLs as trivy, grype and VEX authors write them compare equal when they name the same package.
import { describe, expect, it } from 'vitest';
import { parsePurl, purlMatches } from '../../../src/scan/purl.js';

const p = (s: string) => {
  const r = parsePurl(s);
  if (!r) throw new Error(`not a purl: ${s}`);
  return r;
};

describe('parsePurl', () => {
  it('reads every part, decoded', () => {
    expect(parsePurl('pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&distro=debian-12')).toEqual({
      type: 'deb',
      namespace: 'debian',
      name: 'zlib1g',
      version: '1:1.2.13.dfsg-1',
      qualifiers: { arch: 'amd64', distro: 'debian-12' },
      subpath: null,
    });
    expect(parsePurl('pkg:npm/%40angular/core@16.0.0')).toMatchObject({ namespace: '@angular', name: 'core', version: '16.0.0' });
    expect(parsePurl('pkg:npm/@angular/core')).toMatchObject({ namespace: '@angular', name: 'core', version: null });
    expect(parsePurl('pkg:golang/github.com/docker/docker@v24.0.0#api/types')).toMatchObject({ namespace: 'github.com/docker', name: 'docker', subpath: 'api/types' });
    expect(parsePurl('pkg:oci/model-server@sha256%3AABC?repository_url=ghcr.io%2Facme%2Fmodel-server')).toMatchObject({ name: 'model-server', version: 'sha256:abc', qualifiers: { repository_url: 'ghcr.io/acme/model-server' } });
  });

  it('normalises names the spec says are case-insensitive', () => {
    expect(p('pkg:PyPI/Flask_SQLAlchemy').name).toBe('flask-sqlalchemy');
    expect(p('pkg:deb/Debian/LibC6').namespace).toBe('debian');
    expect(p('pkg:maven/org.Apache/Log4j').name).toBe('Log4j');
  });

  it('refuses what is not a purl', () => {
    for (const s of ['pkg:deb', 'pkg:/zlib', 'zlib1g', 'https://example.com/x', 'pkg:de b/x/y']) expect(parsePurl(s), s).toBeNull();
  });
});

describe('purlMatches', () => {
  const found = p('pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12');
  it.each([
    ['pkg:deb/debian/openssl', true],
    ['pkg:deb/debian/openssl@3.0.11-1~deb12u2', true],
    ['pkg:deb/debian/openssl@3.0.11-1%7Edeb12u2?arch=amd64', true],
    ['pkg:deb/debian/openssl@3.0.13-1~deb12u1', false],
    ['pkg:deb/debian/openssl?arch=arm64', false],
    ['pkg:deb/debian/openssl?epoch=1', false],
    ['pkg:deb/ubuntu/openssl', false],
    ['pkg:deb/debian/libssl3', false],
    ['pkg:rpm/debian/openssl', false],
  ])('%s → %s', (pattern, expected) => {
    expect(purlMatches(p(pattern), found)).toBe(expected);
  });
});
