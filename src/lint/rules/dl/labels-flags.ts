// Helpers of the label rules (DL3049-DL3058) with hadolint's label-type validators, and
// readings of instruction text that language-docker keeps verbatim (flag values with their quotes,
// the USER text).
//
// Each validator accepts exactly what the Haskell library behind hadolint 2.15.1 accepts:
//   url      network-uri 2.6.4.2  `parseURI` (Parsec: an absolute URI, RFC 3986)
//   rfc3339  timerep 2.1.0.0      `parseTimeRFC3339` (time 1.16 `parseTimeM True`)
//   semver   semver 0.4.0.1       `fromText` (attoparsec)
//   spdx     Cabal-syntax 3.12.1  `eitherParsec :: LicenseId` (SPDX license list 3.23)
//   email    email-validate 2.3.2.21 `isValid` (attoparsec, on the UTF-8 bytes)
//   hash     hadolint's own check: 7 or 40 characters of [0-9a-f]
import type { Instruction } from '../../dockerfile/model.js';
import { parsePairs, type Pair } from '../../dockerfile/syntax.js';
import type { Hit, LabelType, RuleContext } from '../../rule.js';

// ---- Label rules ----

/** The schema's label names (of one type, when given), in hadolint's order (Data.Map keys). */
export function schemaLabels(ctx: RuleContext, type?: LabelType): string[] {
  const schema = ctx.options.labelSchema;
  return Object.keys(schema)
    .filter((k) => type === undefined || schema[k] === type)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The key/value pairs of a LABEL instruction, as language-docker reads them. */
export function labelPairs(inst: Instruction): Pair[] {
  return parsePairs(inst.args);
}

/**
 * hadolint's per-label simple rules: one rule per schema label (of `type`), failing a LABEL
 * instruction that sets that label to a value `isBad` accepts. ONBUILD LABEL is not checked.
 */
export function checkLabelValues(
  ctx: RuleContext,
  type: LabelType | undefined,
  isBad: (value: string) => boolean,
  message: (label: string) => string,
): Hit[] {
  const hits: Hit[] = [];
  const labels = schemaLabels(ctx, type);
  if (labels.length === 0) return hits;
  const labelInsts = ctx.instructions.filter((i) => i.keyword === 'LABEL').map((i) => ({ line: i.line, pairs: labelPairs(i) }));
  for (const label of labels) {
    for (const { line, pairs } of labelInsts) {
      if (pairs.some((p) => p.key === label && isBad(p.value))) hits.push({ line, message: message(label) });
    }
  }
  return hits;
}

// ---- Raw readings language-docker keeps verbatim ----

/**
 * The value of a leading `--name=value` flag as language-docker reads it: up to the next space,
 * tab or newline, quotes kept (our shared flag reader removes them).
 */
export function rawFlag(inst: Instruction, name: string): string | null {
  let rest = inst.raw.replace(/^[ \t]+/, '');
  for (;;) {
    const m = /^--([^ \t\n=]*)(?:=([^ \t\n]*))?/.exec(rest);
    if (!m) return null;
    if (m[1] === name && m[2] !== undefined) return m[2];
    rest = rest.slice(m[0].length).replace(/^[ \t]+/, '');
  }
}

/** The text of an instruction read to the end of line (USER, ...): leading space dropped, trailing space kept. */
export function untilEol(inst: Instruction): string {
  return inst.raw.replace(/^[ \t]+/, '');
}

// ---- Haskell character classes ----

/** Data.Char.isSpace: ASCII white space, U+00A0 and the Unicode space separators (not U+2028/9, U+FEFF). */
const HS_SPACE = '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]';

// ---- hash ----

export function isGitHash(v: string): boolean {
  return /^[0-9a-f]*$/.test(v) && (v.length === 7 || v.length === 40);
}

// ---- semver (semver 0.4.0.1, attoparsec) ----

/** attoparsec `decimal :: Parser Int` wraps at 64 bits; semver then rejects a negative result. */
function nonNegativeInt(digits: string): boolean {
  return BigInt.asIntN(64, BigInt(digits)) >= 0n;
}

export function isSemVer(v: string): boolean {
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)(.*)$/s.exec(v);
  if (!m) return false;
  if (![m[1], m[2], m[3]].every((d) => nonNegativeInt(d as string))) return false;
  let rest = m[4] as string;
  // Release (`-`) then metadata (`+`): identifiers [0-9A-Za-z-]+, each optionally followed by one
  // dot; the list may be empty (`1.2.3-` is accepted). Numeric identifiers fall back to text.
  const identifiers = /^(?:[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*\.?)?/;
  if (rest.startsWith('-')) rest = rest.slice(1).replace(identifiers, '');
  if (rest.startsWith('+')) rest = rest.slice(1).replace(identifiers, '');
  return rest === '';
}

// ---- rfc3339 (timerep 2.1.0.0 over time 1.16) ----

/**
 * timerep tries `%FT%T%QZ`, `%FT%TZ`, `%FT%T%Q%z`, `%FT%T%z` with `parseTimeM True`: white space
 * allowed around the value, literal letters matched case-insensitively, `%Y` any number of digits
 * with an optional `-` (spaces allowed after it), `%Q` a dot and any digits, `%z`
 * `±hh[:]mm` with any minutes; the date must exist and the time be within 23:59:60.
 */
const RFC3339 = new RegExp(
  `^${HS_SPACE}*(-?)${HS_SPACE}*([0-9]+)-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})` +
    `(?:\\.[0-9]*)?(?:[Zz]|[+-][0-9]{2}:?[0-9]{2})${HS_SPACE}*$`,
);

export function isRfc3339(v: string): boolean {
  const m = RFC3339.exec(v);
  if (!m) return false;
  const year = BigInt(m[2] as string) * (m[1] === '-' ? -1n : 1n);
  const [month, day, hour, minute, second] = m.slice(3, 8).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: bigint, month: number): number {
  if (month === 2) {
    const mod = (n: bigint) => ((year % n) + n) % n;
    const leap = mod(4n) === 0n && (mod(400n) === 0n || mod(100n) !== 0n);
    return leap ? 29 : 28;
  }
  return [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
}

// ---- spdx (Cabal-syntax 3.12.1.0, SPDX license list 3.23) ----

/**
 * A license identifier of the list, exactly (case matters, no `+`, no expressions), optionally
 * followed by white space.
 */
export function isSpdxLicenseId(v: string): boolean {
  const m = new RegExp(`^([A-Za-z0-9.-]+)${HS_SPACE}*$`).exec(v);
  return m !== null && spdxIds().has(m[1] as string);
}

let spdxSet: Set<string> | null = null;
function spdxIds(): Set<string> {
  spdxSet ??= new Set(SPDX_LICENSE_IDS.split(' '));
  return spdxSet;
}

/** Cabal-syntax 3.12.1.0 `licenseIdList LicenseListVersion_3_23`: the identifiers hadolint accepts. */
const SPDX_LICENSE_IDS = [
  '0BSD AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0-only AGPL-1.0-or-later',
  'AGPL-3.0-only AGPL-3.0-or-later AMDPLPA AML AML-glslang AMPAS ANTLR-PD ANTLR-PD-fallback APAFML',
  'APL-1.0 APSL-1.0 APSL-1.1 APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0 ASWF-Digital-Assets-1.1',
  'Abstyles AdaCore-doc Adobe-2006 Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia Afmparse',
  'Aladdin Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999 Artistic-1.0 Artistic-1.0-Perl',
  'Artistic-1.0-cl8 Artistic-2.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Darwin BSD-2-Clause-Patent',
  'BSD-2-Clause-Views BSD-3-Clause BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-HP',
  'BSD-3-Clause-LBNL BSD-3-Clause-Modification BSD-3-Clause-No-Military-License',
  'BSD-3-Clause-No-Nuclear-License BSD-3-Clause-No-Nuclear-License-2014',
  'BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI BSD-3-Clause-Sun BSD-3-Clause-acpica',
  'BSD-3-Clause-flex BSD-4-Clause BSD-4-Clause-Shortened BSD-4-Clause-UC BSD-4.3RENO BSD-4.3TAHOE',
  'BSD-Advertising-Acknowledgement BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk',
  'BSD-Protection BSD-Source-Code BSD-Source-beginning-file BSD-Systemics BSD-Systemics-W3Works',
  'BSL-1.0 BUSL-1.1 Baekmuk Bahyph Barr Beerware BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter',
  'Bitstream-Vera BlueOak-1.0.0 Boehm-GC Borceux Brian-Gladman-2-Clause Brian-Gladman-3-Clause',
  'C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5',
  'CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU CC-BY-3.0-DE CC-BY-3.0-IGO CC-BY-3.0-NL',
  'CC-BY-3.0-US CC-BY-4.0 CC-BY-NC-1.0 CC-BY-NC-2.0 CC-BY-NC-2.5 CC-BY-NC-3.0 CC-BY-NC-3.0-DE',
  'CC-BY-NC-4.0 CC-BY-NC-ND-1.0 CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0 CC-BY-NC-ND-3.0-DE',
  'CC-BY-NC-ND-3.0-IGO CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0 CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE',
  'CC-BY-NC-SA-2.0-FR CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE',
  'CC-BY-NC-SA-3.0-IGO CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0',
  'CC-BY-ND-3.0-DE CC-BY-ND-4.0 CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK CC-BY-SA-2.1-JP',
  'CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT CC-BY-SA-3.0-DE CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC',
  'CC0-1.0 CDDL-1.0 CDDL-1.1 CDL-1.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0',
  'CECILL-1.0 CECILL-1.1 CECILL-2.0 CECILL-2.1 CECILL-B CECILL-C CERN-OHL-1.1 CERN-OHL-1.2',
  'CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0 CFITSIO CMU-Mach CMU-Mach-nodoc CNRI-Jython',
  'CNRI-Python CNRI-Python-GPL-Compatible COIL-1.0 CPAL-1.0 CPL-1.0 CPOL-1.02 CUA-OPL-1.0 Caldera',
  'Caldera-no-preamble ClArtistic Clips Community-Spec-1.0 Condor-1.1 Cornell-Lossless-JPEG Cronyx',
  'Crossword CrystalStacker Cube D-FSL-1.0 DEC-3-Clause DL-DE-BY-2.0 DL-DE-ZERO-2.0 DOC DRL-1.0',
  'DRL-1.1 DSDP Dotseqn ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 EUDatagrid EUPL-1.0',
  'EUPL-1.1 EUPL-1.2 Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM FDK-AAC FSFAP',
  'FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRWD FTL Fair Ferguson-Twofish Frameworx-1.0',
  'FreeBSD-DOC FreeImage Furuseth GCR-docs GD GFDL-1.1-invariants-only GFDL-1.1-invariants-or-later',
  'GFDL-1.1-no-invariants-only GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later',
  'GFDL-1.2-invariants-only GFDL-1.2-invariants-or-later GFDL-1.2-no-invariants-only',
  'GFDL-1.2-no-invariants-or-later GFDL-1.2-only GFDL-1.2-or-later GFDL-1.3-invariants-only',
  'GFDL-1.3-invariants-or-later GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later',
  'GFDL-1.3-only GFDL-1.3-or-later GL2PS GLWTPL GPL-1.0-only GPL-1.0-or-later GPL-2.0-only',
  'GPL-2.0-or-later GPL-3.0-only GPL-3.0-or-later Giftware Glide Glulxe Graphics-Gems HP-1986',
  'HP-1989 HPND HPND-DEC HPND-Fenneberg-Livingston HPND-INRIA-IMAG HPND-Kevlin-Henney',
  'HPND-MIT-disclaimer HPND-Markus-Kuhn HPND-Pbmplus HPND-UC HPND-doc HPND-doc-sell HPND-export-US',
  'HPND-export-US-modify HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr HPND-sell-variant',
  'HPND-sell-variant-MIT-disclaimer HTMLTIDY HaskellReport Hippocratic-2.1 IBM-pibs ICU',
  'IEC-Code-Components-EULA IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ImageMagick Imlib2 Info-ZIP',
  'Inner-Net-2.0 Intel Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON Jam JasPer-2.0 Kastrup Kazlib',
  'Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1-only LGPL-2.1-or-later',
  'LGPL-3.0-only LGPL-3.0-or-later LGPLLR LOOP LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1',
  'LPPL-1.2 LPPL-1.3a LPPL-1.3c LZMA-SDK-9.11-to-9.20 LZMA-SDK-9.22 Latex2e',
  'Latex2e-translated-notice Leptonica LiLiQ-P-1.1 LiLiQ-R-1.1 LiLiQ-Rplus-1.1 Libpng Linux-OpenIB',
  'Linux-man-pages-1-para Linux-man-pages-copyleft Linux-man-pages-copyleft-2-para',
  'Linux-man-pages-copyleft-var Lucida-Bitmap-Fonts MIT MIT-0 MIT-CMU MIT-Festival',
  'MIT-Modern-Variant MIT-Wu MIT-advertising MIT-enna MIT-feh MIT-open-group MIT-testregex MITNFA',
  'MMIXware MPEG-SSG MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-LPL MS-PL MS-RL MTLL',
  'Mackerras-3-Clause Mackerras-3-Clause-acknowledgment MakeIndex Martin-Birgmeier McPhee-slideshow',
  'Minpack MirOS Motosoto MulanPSL-1.0 MulanPSL-2.0 Multics Mup NAIST-2003 NASA-1.3 NBPL-1.0',
  'NCGL-UK-2.0 NCSA NGPL NICTA-1.0 NIST-PD NIST-PD-fallback NIST-Software NLOD-1.0 NLOD-2.0 NLPL',
  'NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL NTP NTP-0 Naumen Net-SNMP NetCDF Newsletr Nokia Noweb',
  'O-UDA-1.0 OCCT-PL OCLC-2.0 ODC-By-1.0 ODbL-1.0 OFFIS OFL-1.0 OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1',
  'OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0 OGL-UK-1.0 OGL-UK-2.0',
  'OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4 OLDAP-2.0 OLDAP-2.0.1 OLDAP-2.1',
  'OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3 OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7 OLDAP-2.8',
  'OLFL-1.3 OML OPL-1.0 OPL-UK-3.0 OPUBL-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0 OSL-2.1 OSL-3.0',
  'OpenPBS-2.3 OpenSSL OpenSSL-standalone OpenVision PADL PDDL-1.0 PHP-3.0 PHP-3.01 PSF-2.0',
  'Parity-6.0.0 Parity-7.0.0 Pixar Plexus PolyForm-Noncommercial-1.0.0',
  'PolyForm-Small-Business-1.0.0 PostgreSQL Python-2.0 Python-2.0.1 QPL-1.0 QPL-1.0-INRIA-2004',
  'Qhull RHeCos-1.1 RPL-1.1 RPL-1.5 RPSL-1.0 RSA-MD RSCPL Rdisc Ruby SAX-PD SAX-PD-2.0 SCEA',
  'SGI-B-1.0 SGI-B-1.1 SGI-B-2.0 SGI-OpenGL SGP4 SHL-0.5 SHL-0.51 SISSL SISSL-1.2 SL SMLNJ SMPPL',
  'SNIA SPL-1.0 SSH-OpenSSH SSH-short SSLeay-standalone SSPL-1.0 SWL Saxpath SchemeReport Sendmail',
  'Sendmail-8.23 SimPL-2.0 Sleepycat Soundex Spencer-86 Spencer-94 Spencer-99 SugarCRM-1.1.3',
  'Sun-PPP SunPro Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate TORQUE-1.1 TOSL TPDL',
  'TPL-1.0 TTWL TTYP0 TU-Berlin-1.0 TU-Berlin-2.0 TermReadKey UCAR UCL-1.0 UMich-Merit UPL-1.0',
  'URT-RLE Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU UnixCrypt Unlicense VOSTROM',
  'VSL-1.0 Vim W3C W3C-19980720 W3C-20150513 WTFPL Watcom-1.0 Widget-Workshop Wsuipa X11',
  'X11-distribute-modifications-variant XFree86-1.1 XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0',
  'YPL-1.1 ZPL-1.1 ZPL-2.0 ZPL-2.1 Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib',
  'bcrypt-Solar-Designer blessing bzip2-1.0.6 check-cvs checkmk copyleft-next-0.3.0',
  'copyleft-next-0.3.1 curl diffmark dtoa dvipdfm eGenix etalab-2.0 fwlw gSOAP-1.3b gnuplot gtkbook',
  'hdparm iMatix libpng-2.0 libselinux-1.0 libtiff libutil-David-Nugent lsof magaz mailprio',
  'metamail mpi-permissive mpich2 mplus pnmstitch psfrag psutils python-ldap radvd snprintf',
  'softSurfer ssh-keyscan swrule ulem w3m xinetd xkeyboard-config-Zinoviev xlock xpp',
  'zlib-acknowledgement',
].join(' ');

// ---- url (network-uri 2.6.4.2, Parsec) ----

/** A Parsec result: success at a position, or failure that did or did not consume input. */
type PRes = { ok: true; i: number } | { ok: false; consumed: boolean };
type P = (s: string, i: number) => PRes;

const FAIL: PRes = { ok: false, consumed: false };
const sat =
  (pred: (c: string) => boolean): P =>
  (s, i) =>
    i < s.length && pred(s[i] as string) ? { ok: true, i: i + 1 } : FAIL;
const ch = (c: string): P => sat((x) => x === c);
const oneOf = (cs: string): P => sat((x) => cs.includes(x));
const empty: P = (_s, i) => ({ ok: true, i });
const eof: P = (s, i) => (i === s.length ? { ok: true, i } : FAIL);

function seq(...ps: P[]): P {
  return (s, i) => {
    let cur = i;
    for (const p of ps) {
      const r = p(s, cur);
      if (!r.ok) return { ok: false, consumed: r.consumed || cur > i };
      cur = r.i;
    }
    return { ok: true, i: cur };
  };
}

/** Parsec `<|>`: the next alternative only when the previous failed without consuming input. */
function alt(...ps: P[]): P {
  return (s, i) => {
    for (const p of ps) {
      const r = p(s, i);
      if (r.ok || r.consumed) return r;
    }
    return FAIL;
  };
}

const attempt =
  (p: P): P =>
  (s, i) => {
    const r = p(s, i);
    return r.ok ? r : FAIL;
  };

function many(p: P): P {
  return (s, i) => {
    let cur = i;
    for (;;) {
      const r = p(s, cur);
      if (!r.ok) return r.consumed ? r : { ok: true, i: cur };
      if (r.i === cur) return { ok: true, i: cur };
      cur = r.i;
    }
  };
}

const many1 = (p: P): P => seq(p, many(p));
const option = (p: P): P => alt(p, empty);

/** Parsec `string`: a mismatch after the first character counts as consumed. */
const str =
  (lit: string): P =>
  (s, i) => {
    for (let k = 0; k < lit.length; k++) {
      if (s[i + k] !== lit[k]) return { ok: false, consumed: k > 0 };
    }
    return { ok: true, i: i + lit.length };
  };

const count = (n: number, p: P): P => seq(...Array.from({ length: n }, () => p));

function countMinMax(m: number, n: number, p: P): P {
  if (m > 0) return seq(p, (s, i) => countMinMax(m - 1, n - 1, p)(s, i));
  if (n <= 0) return empty;
  return option(seq(p, (s, i) => countMinMax(0, n - 1, p)(s, i)));
}

const notFollowedBy =
  (p: P): P =>
  (s, i) =>
    attempt(p)(s, i).ok ? FAIL : { ok: true, i };

/** A failing parser when the digits read by `p` exceed 255 (decOctet). */
const decOctet: P = (s, i) => {
  const r = countMinMax(1, 3, digit)(s, i);
  if (!r.ok) return r;
  return Number(s.slice(i, r.i)) > 255 ? { ok: false, consumed: true } : r;
};

const isAlpha = (c: string) => /^[A-Za-z]$/.test(c);
const isDigitC = (c: string) => /^[0-9]$/.test(c);
const isHex = (c: string) => /^[0-9A-Fa-f]$/.test(c);
const isUnreserved = (c: string) => isAlpha(c) || isDigitC(c) || '-_.~'.includes(c);
const isSubDelims = (c: string) => "!$&'()*+,;=".includes(c);

const digit = sat(isDigitC);
const hexDigit = sat(isHex);
const unreservedChar = sat(isUnreserved);
const escaped = seq(ch('%'), hexDigit, hexDigit);
const subDelims = sat(isSubDelims);
const uchar = (extras: string): P => alt(unreservedChar, escaped, subDelims, oneOf(extras));
const pchar = uchar(':@');
const nameChar = alt(unreservedChar, escaped, subDelims);

const h4 = countMinMax(1, 4, hexDigit);
const h4c = attempt(seq(h4, ch(':'), notFollowedBy(ch(':'))));
const ipv4address = seq(decOctet, ch('.'), decOctet, ch('.'), decOctet, ch('.'), decOctet, notFollowedBy(nameChar));
const ls32 = alt(attempt(seq(h4c, h4)), ipv4address);
const optNH4cH4 = (n: number): P => option(seq(countMinMax(0, n, h4c), h4));
const ipv6address = alt(
  attempt(seq(count(6, h4c), ls32)),
  attempt(seq(str('::'), count(5, h4c), ls32)),
  attempt(seq(optNH4cH4(0), str('::'), count(4, h4c), ls32)),
  attempt(seq(optNH4cH4(1), str('::'), count(3, h4c), ls32)),
  attempt(seq(optNH4cH4(2), str('::'), count(2, h4c), ls32)),
  attempt(seq(optNH4cH4(3), str('::'), h4c, ls32)),
  attempt(seq(optNH4cH4(4), str('::'), ls32)),
  attempt(seq(optNH4cH4(5), str('::'), h4)),
  attempt(seq(optNH4cH4(6), str('::'))),
);
const zoneid = many1(alt(unreservedChar, escaped));
const ipv6addrz = seq(ipv6address, option(attempt(seq(str('%25'), zoneid))));
const ipvFuture = seq(ch('v'), hexDigit, ch('.'), many1(sat((c) => isUnreserved(c) || isSubDelims(c) || c === ';')));
const ipLiteral = seq(ch('['), alt(ipv6addrz, ipvFuture), ch(']'));
const regName = countMinMax(0, 255, nameChar);
const host = alt(ipLiteral, attempt(ipv4address), regName);
const userinfo = seq(many(uchar(';:&=+$,')), ch('@'));
const port = seq(ch(':'), many(digit));
const uauthority = seq(option(attempt(userinfo)), host, option(port));
const segment = many(pchar);
const segmentNz = many1(pchar);
const slashSegment = seq(ch('/'), segment);
const pathAbEmpty = many(slashSegment);
const pathRootLess = seq(segmentNz, many(slashSegment));
const pathAbs = seq(ch('/'), option(pathRootLess));
const hierPart = alt(seq(attempt(str('//')), uauthority, pathAbEmpty), pathAbs, pathRootLess, empty);
const uscheme = seq(sat(isAlpha), many(sat((c) => isAlpha(c) || isDigitC(c) || '+-.'.includes(c))), ch(':'));
const queryOrFragment = many(uchar(':@/?'));
const uri = seq(attempt(uscheme), hierPart, option(seq(ch('?'), queryOrFragment)), option(seq(ch('#'), queryOrFragment)), eof);

export function isUrl(v: string): boolean {
  return uri(v, 0).ok;
}

// ---- email (email-validate 2.3.2.21, attoparsec over bytes) ----

/** An attoparsec result: the position after, and the text the parser returns, or null on failure. */
type ARes = { i: number; v: string } | null;
type A = (s: string, i: number) => ARes;

const inRanges = (ranges: Array<[number, number]>) => (c: string) => {
  const n = c.charCodeAt(0);
  return ranges.some(([lo, hi]) => n >= lo && n <= hi);
};
const isObsNoWsCtl = inRanges([
  [1, 8],
  [11, 12],
  [14, 31],
  [127, 127],
]);
const isAlnum = (c: string) => /^[A-Za-z0-9]$/.test(c);
const isAtomText = (c: string) => isAlnum(c) || "!#$%&'*+/=?^_`{|}~-".includes(c);
const isDomainText = (c: string) => inRanges([[33, 90], [94, 126]])(c) || isObsNoWsCtl(c);
const isQuotedText = (c: string) => inRanges([[33, 33], [35, 91], [93, 126]])(c) || isObsNoWsCtl(c);
const isCommentText = (c: string) => inRanges([[33, 39], [42, 91], [93, 126]])(c) || isObsNoWsCtl(c);
const isWsp = (c: string) => c === ' ' || c === '\t';

const aSat =
  (pred: (c: string) => boolean): A =>
  (s, i) =>
    i < s.length && pred(s[i] as string) ? { i: i + 1, v: s[i] as string } : null;
const aChar = (c: string): A => aSat((x) => x === c);
const aWhile1 =
  (pred: (c: string) => boolean): A =>
  (s, i) => {
    let j = i;
    while (j < s.length && pred(s[j] as string)) j++;
    return j > i ? { i: j, v: s.slice(i, j) } : null;
  };
/** attoparsec always backtracks: the first alternative that succeeds. */
const aAlt =
  (...ps: A[]): A =>
  (s, i) => {
    for (const p of ps) {
      const r = p(s, i);
      if (r) return r;
    }
    return null;
  };
const aMany =
  (p: A): ((s: string, i: number) => { i: number; vs: string[] }) =>
  (s, i) => {
    const vs: string[] = [];
    let cur = i;
    for (;;) {
      const r = p(s, cur);
      if (!r || r.i === cur) return { i: cur, vs };
      vs.push(r.v);
      cur = r.i;
    }
  };
const aOptional =
  (p: A): A =>
  (s, i) =>
    p(s, i) ?? { i, v: '' };
/** `a >> b`, keeping b's value. */
const aThen =
  (a: A, b: A): A =>
  (s, i) => {
    const r = a(s, i);
    return r ? b(s, r.i) : null;
  };

const crlf = aThen(aChar('\r'), aChar('\n'));
const wsp1 = aWhile1(isWsp);
const fws: A = aAlt(aThen(wsp1, aOptional(aThen(crlf, wsp1))), (s, i) => {
  const r = aMany(aThen(crlf, wsp1))(s, i);
  return r.vs.length > 0 ? { i: r.i, v: '' } : null;
});
const quotedPair: A = (s, i) => {
  if (s[i] !== '\\' || i + 1 >= s.length) return null;
  // vchar, wsp, lf, cr, obs-NO-WS-CTL or NUL: every ASCII character.
  return { i: i + 2, v: '\\' + s[i + 1] };
};
const comment: A = (s, i) => {
  if (s[i] !== '(') return null;
  const content = aAlt(aWhile1(isCommentText), quotedPair, comment);
  const r = aMany(aAlt(content, fws))(s, i + 1);
  return s[r.i] === ')' ? { i: r.i + 1, v: '' } : null;
};
const cfws: A = (s, i) => ({ i: aMany(aAlt(comment, fws))(s, i).i, v: '' });
/** `between1 (optional cfws) p`. */
const inCfws =
  (p: A): A =>
  (s, i) => {
    const r = p(s, cfws(s, i)!.i);
    return r ? { i: cfws(s, r.i)!.i, v: r.v } : null;
  };
/** `p `sepBy1` char '.'`, the values joined by dots. */
const dotted =
  (p: A): A =>
  (s, i) => {
    const first = p(s, i);
    if (!first) return null;
    const r = aMany(aThen(aChar('.'), p))(s, first.i);
    return { i: r.i, v: [first.v, ...r.vs].join('.') };
  };

const quotedContent = aAlt(aWhile1(isQuotedText), quotedPair);
const quotedString: A = (s, i) => {
  if (s[i] !== '"') return null;
  const r = aMany(aThen(aOptional(fws), quotedContent))(s, i + 1);
  const end = aOptional(fws)(s, r.i)!.i;
  return s[end] === '"' ? { i: end + 1, v: '"' + r.vs.join('') + '"' } : null;
};
const atom = aWhile1(isAtomText);
const localPart = dotted(inCfws(aAlt(atom, quotedString)));

const domainLabel: A = inCfws((s, i) => {
  if (!(i < s.length && isAlnum(s[i] as string))) return null;
  let j = i + 1;
  while (j < s.length && (isAlnum(s[j] as string) || s[j] === '-')) j++;
  const content = s.slice(i, j);
  return content.length <= 63 && !content.endsWith('-') ? { i: j, v: content } : null;
});
const domainName: A = (s, i) => {
  const r = dotted(domainLabel)(s, i);
  if (!r) return null;
  const end = aOptional(aChar('.'))(s, r.i)!.i;
  return r.v.length <= 253 ? { i: end, v: r.v } : null;
};
const domainLiteral: A = (s, i) => {
  const open = cfws(s, i)!.i;
  if (s[open] !== '[') return null;
  const r = aMany(aThen(aOptional(fws), aWhile1(isDomainText)))(s, open + 1);
  const end = aOptional(fws)(s, r.i)!.i;
  if (s[end] !== ']') return null;
  return { i: cfws(s, end + 1)!.i, v: '[' + r.vs.join('') + ']' };
};
const domain = aAlt(domainName, domainLiteral);

export function isEmail(v: string): boolean {
  // email-validate reads UTF-8 bytes: no byte above 0x7f is accepted anywhere.
  if (/[^\x00-\x7f]/.test(v)) return false;
  const l = localPart(v, 0);
  if (!l || l.v.length > 64 || v[l.i] !== '@') return false;
  const d = domain(v, l.i + 1);
  if (!d || l.v.length + d.v.length + 1 > 254) return false;
  return d.i === v.length;
}
