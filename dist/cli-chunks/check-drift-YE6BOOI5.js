import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  matchFiles,
  parseShard,
  readPartials
} from "./chunk-U7H6RUWZ.js";
import {
  modelStep,
  openTable
} from "./chunk-TR3DZGHC.js";
import {
  loadModel,
  planFromSources,
  predict,
  readModelFile,
  toFeeds
} from "./chunk-4SCLQLSG.js";
import {
  ALL_METRICS,
  loadOnnxRuntime,
  readContractFile
} from "./chunk-5ASBMTIZ.js";
import "./chunk-XZC4LR2O.js";
import {
  sha256File
} from "./chunk-GOJ3UU2V.js";
import "./chunk-6SQENMC6.js";
import "./chunk-YQEE2Z4F.js";
import "./chunk-YE5P75TQ.js";
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
  ConfigurationError
} from "./chunk-PIJDZAI5.js";
import {
  init_define_ACTION_META
} from "./chunk-FPI656G3.js";

// src/actions/check-drift.ts
init_define_ACTION_META();

// src/drift/check-drift.ts
init_define_ACTION_META();
import { join, resolve } from "node:path";

// src/drift/columns.ts
init_define_ACTION_META();

// src/drift/cells.ts
init_define_ACTION_META();
var NA = /* @__PURE__ */ new Set(["", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null"]);
var NULL = 0;
var NUMBER = 1;
var TEXT = 2;
var cellNumber = { value: 0, integer: false };
function classify(cell) {
  if (cell === null) return NULL;
  if (typeof cell === "number") {
    if (Number.isNaN(cell)) return NULL;
    cellNumber.value = cell;
    cellNumber.integer = Number.isInteger(cell);
    return NUMBER;
  }
  if (typeof cell === "boolean") return TEXT;
  if (NA.has(cell)) return NULL;
  return parseDecimal(cell) ? NUMBER : TEXT;
}
var INFINITY = /^\s*[+-]?(inf|infinity)\s*$/i;
function parseDecimal(text) {
  let digits = 0;
  let integer = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 || c === 101 || c === 69) integer = false;
    else if (c !== 43 && c !== 45 && c !== 32 && c !== 9) {
      if (!INFINITY.test(text)) return false;
      cellNumber.value = text.includes("-") ? -Infinity : Infinity;
      cellNumber.integer = false;
      return true;
    }
  }
  if (digits === 0) return false;
  const value = Number(text);
  if (Number.isNaN(value)) return false;
  cellNumber.value = value;
  cellNumber.integer = integer;
  return true;
}

// src/drift/side.ts
init_define_ACTION_META();

// src/drift/sketch.ts
init_define_ACTION_META();
var BINS = 1 << 16;
var DISTINCT_CAP = 21;
function minWidth(m) {
  if (m === 0) return Number.MIN_VALUE;
  let w = 2 ** (Math.floor(Math.log2(m)) - 52);
  if (w === 0) w = Number.MIN_VALUE;
  return w;
}
function floorDiv(x, w) {
  const q = x / w;
  return q === 0 ? x < 0 ? -1 : 0 : Math.floor(q);
}
var fits = (lo, hi, w) => floorDiv(hi, w) - floorDiv(lo, w) < BINS;
function widthFor(lo, hi) {
  const floor = minWidth(Math.max(Math.abs(lo), Math.abs(hi)));
  const need = hi / BINS - lo / BINS;
  let w = floor;
  if (need > w) {
    w = 2 ** Math.ceil(Math.log2(need));
    while (w < need) w *= 2;
    while (w / 2 >= need && w / 2 >= floor) w /= 2;
  }
  while (!fits(lo, hi, w)) w *= 2;
  return w;
}
function newSketch() {
  return { count: 0, lo: Infinity, hi: -Infinity, w: 0, start: 0, counts: new Float64Array(BINS), distinct: /* @__PURE__ */ new Map(), mean: 0, m2: 0 };
}
function regrid(s, lo, w) {
  const start = floorDiv(lo, w);
  if (w === s.w && start === s.start) return;
  const ratio = s.w ? w / s.w : 1;
  const counts = new Float64Array(BINS);
  for (let i = 0; i < BINS; i++) {
    const n = s.counts[i];
    if (n) counts[floorDiv(s.start + i, ratio) - start] += n;
  }
  s.counts = counts;
  s.w = w;
  s.start = start;
}
function addToSketch(s, value) {
  const v = value + 0;
  s.count++;
  const d = v - s.mean;
  s.mean += d / s.count;
  s.m2 += d * (v - s.mean);
  if (v < s.lo || v > s.hi) {
    const lo = Math.min(s.lo, v);
    const hi = Math.max(s.hi, v);
    regrid(s, lo, Math.max(s.w, widthFor(lo, hi)));
    s.lo = lo;
    s.hi = hi;
  }
  const bin = floorDiv(v, s.w) - s.start;
  s.counts[bin] = s.counts[bin] + 1;
  if (s.distinct) {
    s.distinct.set(v, (s.distinct.get(v) ?? 0) + 1);
    if (s.distinct.size > DISTINCT_CAP) s.distinct = null;
  }
}
function mergeSketch(into, other) {
  if (!other.count) return;
  if (!into.count) {
    Object.assign(into, { ...other, counts: Float64Array.from(other.counts), distinct: other.distinct && new Map(other.distinct) });
    return;
  }
  const lo = Math.min(into.lo, other.lo);
  const hi = Math.max(into.hi, other.hi);
  const w = Math.max(into.w, other.w, widthFor(lo, hi));
  regrid(into, lo, w);
  const o = { ...other, counts: other.counts };
  regrid(o, lo, w);
  for (let i = 0; i < BINS; i++) into.counts[i] = into.counts[i] + o.counts[i];
  into.lo = lo;
  into.hi = hi;
  const n = into.count + other.count;
  const d = other.mean - into.mean;
  into.m2 += other.m2 + d * d * into.count / n * other.count;
  into.mean += d * other.count / n;
  into.count = n;
  if (into.distinct && other.distinct) {
    for (const [v, c] of other.distinct) into.distinct.set(v, (into.distinct.get(v) ?? 0) + c);
    if (into.distinct.size > DISTINCT_CAP) into.distinct = null;
  } else into.distinct = null;
}
function sketchOf(values) {
  const s = newSketch();
  for (let i = 0; i < values.length; i++) addToSketch(s, values[i]);
  return s;
}
var sketchStd = (s) => Math.sqrt(s.m2 / s.count);
var sketchBinWidth = (a, b) => Math.max(a.w, b.w, widthFor(Math.min(a.lo, b.lo), Math.max(a.hi, b.hi)));
function sketchWasserstein(a, b) {
  const lo = Math.min(a.lo, b.lo);
  const w = sketchBinWidth(a, b);
  const ga = { ...a };
  const gb = { ...b };
  regrid(ga, lo, w);
  regrid(gb, lo, w);
  let fa = 0;
  let fb = 0;
  let sum = 0;
  for (let i = 0; i < BINS - 1; i++) {
    fa += ga.counts[i] / a.count;
    fb += gb.counts[i] / b.count;
    sum += Math.abs(fa - fb);
  }
  return sum * w;
}
function sturgesBin(edges, v) {
  let lo = 0;
  let hi = edges.length - 1;
  if (v === edges[hi]) return hi - 1;
  while (hi - lo > 1) {
    const mid = lo + hi >>> 1;
    if (v < edges[mid]) hi = mid;
    else lo = mid;
  }
  return lo;
}
function sketchToJSON(s) {
  const bins = [];
  s.counts.forEach((n, i) => n && bins.push(s.start + i, n));
  return { count: s.count, lo: s.lo, hi: s.hi, w: s.w, bins, distinct: s.distinct ? [...s.distinct] : null, mean: s.mean, m2: s.m2 };
}
function sketchFromJSON(j) {
  const start = j.count ? floorDiv(j.lo, j.w) : 0;
  const counts = new Float64Array(BINS);
  for (let i = 0; i < j.bins.length; i += 2) counts[j.bins[i] - start] = j.bins[i + 1];
  return { count: j.count, lo: j.count ? j.lo : Infinity, hi: j.count ? j.hi : -Infinity, w: j.w, start, counts, distinct: j.distinct ? new Map(j.distinct) : null, mean: j.mean, m2: j.m2 };
}

// src/drift/side.ts
var CATEGORY_CAP = 10001;
function newColumn(mode) {
  return { mode, nulls: 0, nonFinite: 0, text: false, integer: true, count: 0, numbers: mode === "cat" ? null : [], sketch: null, categories: mode === "num" ? null : /* @__PURE__ */ new Map(), uncounted: false };
}
var SHARD_BLOCK = 1024;
var inShard = (firstRow, shard) => !shard || Math.floor((firstRow - 1) / SHARD_BLOCK) % shard.count === shard.index - 1;
async function readSide(table2, o) {
  const columns = new Map([...o.modes].map(([name, mode]) => [name, newColumn(mode)]));
  let rows = 0;
  for await (const batch of table2.batches(SHARD_BLOCK, o.shard ? (first) => !inShard(first, o.shard) : void 0)) {
    rows += batch.rows;
    for (const [name, s] of columns) addCells(s, batch.columns[name], o, name);
  }
  return { rows, columns };
}
function addCells(s, cells, o, name) {
  for (const cell of cells) {
    const c = classify(cell);
    if (c === NULL) {
      s.nulls++;
      s.integer = false;
      continue;
    }
    if (c === TEXT) {
      s.text = true;
      s.integer = false;
      if (s.mode === "num") continue;
      if (s.mode === "unknown" && o.textDecides) {
        s.mode = "cat";
        s.numbers = null;
        s.sketch = null;
      }
    } else if (s.mode !== "cat") {
      const v = cellNumber.value;
      if (!cellNumber.integer) s.integer = false;
      if (!Number.isFinite(v)) s.nonFinite++;
      else {
        s.count++;
        if (s.numbers) {
          s.numbers.push(v);
          if (!o.keep(name, s.count)) summarise(s);
        } else addToSketch(s.sketch, v);
      }
      if (s.mode === "num") continue;
    }
    if (s.categories) {
      const key = typeof cell === "number" ? cell : String(cell);
      s.categories.set(key, (s.categories.get(key) ?? 0) + 1);
      if (s.mode === "unknown" && !s.text && s.categories.size > CATEGORY_CAP) {
        s.categories = null;
        s.uncounted = true;
      }
    }
  }
}
function summarise(s) {
  if (!s.numbers) return;
  s.sketch = sketchOf(s.numbers);
  s.numbers = null;
}
function mergeSides(into, other) {
  into.rows += other.rows;
  for (const [name, o] of other.columns) {
    const s = into.columns.get(name);
    if (!s) {
      into.columns.set(name, o);
      continue;
    }
    s.nulls += o.nulls;
    s.nonFinite += o.nonFinite;
    s.text ||= o.text;
    s.integer &&= o.integer;
    s.count += o.count;
    if (s.numbers && o.numbers) for (const v of o.numbers) s.numbers.push(v);
    else if (s.numbers || s.sketch || o.numbers || o.sketch) {
      summarise(s);
      const other2 = o.sketch ?? (o.numbers ? sketchOf(o.numbers) : null);
      if (other2) mergeSketch(s.sketch ??= newSketch(), other2);
    }
    if (s.categories && o.categories) for (const [k, n] of o.categories) s.categories.set(k, (s.categories.get(k) ?? 0) + n);
    else if (s.categories || o.categories || s.uncounted || o.uncounted) {
      s.uncounted ||= o.uncounted || Boolean(s.categories) !== Boolean(o.categories);
      s.categories = null;
    }
    if (s.mode !== o.mode) s.mode = s.mode === "cat" || o.mode === "cat" ? "cat" : "unknown";
  }
}
var keyToJSON = (k) => typeof k === "number" ? `n:${k}` : `s:${k}`;
var keyFromJSON = (k) => k.startsWith("n:") ? Number(k.slice(2)) : k.slice(2);
function sideToJSON(side) {
  const columns = {};
  for (const [name, s] of side.columns) columns[name] = { ...s, sketch: s.sketch ? sketchToJSON(s.sketch) : null, categories: s.categories ? [...s.categories].map(([k, n]) => [keyToJSON(k), n]) : null };
  return { rows: side.rows, columns };
}
function sideFromJSON(j) {
  const columns = /* @__PURE__ */ new Map();
  for (const [name, s] of Object.entries(j.columns)) columns.set(name, { ...s, sketch: s.sketch ? sketchFromJSON(s.sketch) : null, categories: s.categories ? new Map(s.categories.map(([k, n]) => [keyFromJSON(k), n])) : null });
  return { rows: j.rows, columns };
}

// src/drift/columns.ts
function finish(refSide, curSide, o) {
  const kinds = /* @__PURE__ */ new Map();
  const mixed = /* @__PURE__ */ new Set();
  const sketched = [];
  const ref = { path: o.paths[0], rows: refSide.rows, columns: /* @__PURE__ */ new Map() };
  const cur = { path: o.paths[1], rows: curSide.rows, columns: /* @__PURE__ */ new Map() };
  for (const [name, r] of refSide.columns) {
    const c = curSide.columns.get(name);
    const kind = o.types.get(name) ?? (r.text ? "cat" : "num");
    kinds.set(name, kind);
    if (kind === "num") {
      if (r.text || c.text) mixed.add(name);
      const summarised = r.count + c.count > o.exactLimit && r.count > 1e3 || !r.numbers || !c.numbers;
      if (summarised) {
        sketched.push(name);
        summarise(r);
        summarise(c);
      }
      ref.columns.set(name, numeric(r, refSide.rows));
      cur.columns.set(name, numeric(c, curSide.rows));
    } else {
      ref.columns.set(name, categorical(r, refSide.rows, o.categories));
      cur.columns.set(name, categorical(c, curSide.rows, o.categories));
    }
  }
  return { ref, cur, kinds, mixed, sketched };
}
function numeric(s, rows) {
  return { count: s.count, numbers: s.numbers ? Float64Array.from(s.numbers) : new Float64Array(0), ...s.sketch ? { sketch: s.sketch } : {}, counts: /* @__PURE__ */ new Map(), rows, nulls: s.nulls + s.nonFinite, integer: s.integer };
}
function categorical(s, rows, categories) {
  const counts = /* @__PURE__ */ new Map();
  let count = 0;
  for (const [value, n] of s.categories ?? []) {
    const key = typeof value === "number" ? `n:${value}` : `s:${value}`;
    let code2 = categories.get(key);
    if (code2 === void 0) {
      code2 = categories.size;
      categories.set(key, code2);
    }
    counts.set(code2, n);
    count += n;
  }
  return { count, numbers: new Float64Array(0), counts, ...s.uncounted ? { uncounted: true } : {}, rows, nulls: s.nulls, integer: false };
}
async function countExact(table2, wants) {
  const out = new Map([...wants].map(([name, w]) => [name, w === "values" ? /* @__PURE__ */ new Map() : new Float64Array(w.length - 1)]));
  for await (const batch of table2.batches(SHARD_BLOCK)) {
    for (const [name, want] of wants) {
      const counts = out.get(name);
      for (const cell of batch.columns[name]) {
        if (classify(cell) !== NUMBER || !Number.isFinite(cellNumber.value)) continue;
        const v = cellNumber.value;
        if (counts instanceof Map) counts.set(v, (counts.get(v) ?? 0) + 1);
        else {
          const b = sturgesBin(want, v);
          counts[b] = counts[b] + 1;
        }
      }
    }
  }
  return out;
}

// src/drift/drift.ts
init_define_ACTION_META();

// src/drift/methods.ts
init_define_ACTION_META();

// src/drift/stats/index.ts
init_define_ACTION_META();

// src/drift/stats/ks-2samp.ts
init_define_ACTION_META();

// src/drift/stats/kolmogorov-n.ts
init_define_ACTION_META();

// src/drift/stats/smirnov.ts
init_define_ACTION_META();

// src/drift/stats/constants.ts
init_define_ACTION_META();
var MACHEP = 11102230246251565e-32;
var MAXLOG = 709.782712893384;
var MINLOG = -745.1332191019412;
var DBL_EPSILON = 2220446049250313e-31;

// src/drift/stats/gamma.ts
init_define_ACTION_META();

// src/drift/stats/cephes-tables.ts
init_define_ACTION_META();
var IGAM_ASYMP_COEFF_K = 25;
var IGAM_ASYMP_COEFF_N = 25;
var IGAM_ASYMP_COEFF_D = [
  [-0.3333333333333333, 0.08333333333333333, -0.014814814814814815, 0.0011574074074074073, 3527336860670194e-19, -1787551440329218e-19, 3919263178522438e-20, -21854485106799924e-22, -185406221071516e-20, 8296711340953087e-22, -17665952736826078e-23, 6707853543401498e-24, 10261809784240309e-24, -4382036018453353e-24, 914769958223679e-24, -2551419399494625e-26, -5830772132550426e-26, 24361948020667415e-27, -50276692801141755e-28, 11004392031956135e-29, 33717632624009856e-29, -1392388722418162e-28, 28534893807047445e-30, -5139111834242572e-31, -19752288294349442e-31],
  [-0.001851851851851852, -0.003472222222222222, 0.0026455026455026454, -9902263374485596e-19, 20576131687242798e-20, -4018775720164609e-22, -18098550334489977e-21, 764916091608111e-20, -16120900894563446e-22, 4647127802807434e-24, 1378633446915721e-22, -5752545603517705e-23, 11951628599778148e-24, -17543241719747647e-27, -10091543710600413e-25, 4162792991842583e-25, -856390702649298e-25, 6067215101604758e-29, 71624989648114856e-28, -2933186643771437e-27, 5996696365683689e-28, -21671786527323313e-32, -4978339972369262e-29, 20291628823713425e-30, -413125571381061e-29],
  [0.004133597883597883, -0.0026813271604938273, 7716049382716049e-19, 20093878600823047e-22, -10736653226365161e-20, 52923448829120125e-21, -12760635188618728e-21, 3423578734096138e-23, 13721957309062932e-22, -6298992138380055e-22, 14280614206064242e-23, -20477098421990866e-26, -1409252991086752e-23, 6228974084922022e-24, -13670488396617112e-25, 9428356159014678e-28, 12872252400089318e-26, -55645956134363323e-27, 1197593554636698e-26, -41689782251838634e-31, -10940640427884595e-28, 4662239946390136e-28, -9905105763906907e-29, 18931876768373515e-33, 8859221872591127e-30],
  [6494341563786008e-19, 22947209362139917e-20, -4691894943952557e-19, 26772063206283885e-20, -7561801671883977e-20, -2396505113867297e-22, 11082654115347302e-21, -56749528269915965e-22, 14230900732435883e-22, -27861080291528143e-27, -16958404091930278e-23, 8099464905388083e-23, -19111168485973655e-24, 23928620439808118e-28, 20620131815488797e-25, -9460496661855133e-25, 21541049775774907e-26, -1388823336813903e-29, -21894761681963938e-27, 9790998951171684e-27, -2178219188018096e-27, 6208819573407901e-32, 2126978363279737e-28, -9344688791517433e-29, 2045367122678285e-29],
  [-8618882909167117e-19, 7840392217200666e-19, -2990724803031902e-19, -14638452578843418e-22, 6641498215465122e-20, -3968365047179435e-20, 11375726970678419e-21, 2507497226237533e-25, -16954149536558305e-22, 8907507532205309e-22, -2292934834000805e-22, 2956794137544049e-26, 28865829742708783e-24, -14189739437803219e-24, 34463580499464896e-25, -23024517174528067e-29, -39409233028046403e-26, 186023389685045e-24, -4356323005056618e-26, 1278600101629623e-30, 467927502665792e-26, -2149246470613483e-27, 4908815614809652e-28, -633859148489156e-32, -5045332069080094e-29],
  [-33679855336635813e-20, -6972813758365858e-20, 2772753244959392e-19, -19932570516188847e-20, 6797780477937208e-20, 1419062920643967e-22, -13594048189768693e-21, 8018470256334202e-21, -2291481176508095e-21, -3252473551298454e-25, 34652846491085265e-23, -18447187191171344e-23, 48240967037894184e-24, -17989466721743514e-30, -6306194500013523e-24, 3162417628774568e-24, -7840924253697429e-25, 5192679165254041e-30, 9358944242306784e-26, -4513426216163278e-26, 10799129993116828e-27, -3661886712685252e-32, -1210902069055155e-27, 5680743584990564e-28, -13249659916340829e-29],
  [5313079364639922e-19, -5921664373536939e-19, 2708782096718045e-19, 7902353232660328e-22, -8153969367561969e-20, 561168275310625e-19, -18329116582843375e-21, -30796134506033047e-25, 3465155368803609e-21, -20291327396058603e-22, 5788792863149004e-22, 2338630673826657e-28, -8828600746330484e-23, 47435958880408125e-24, -12545415020710382e-24, 8649648858010293e-29, 16846058979264062e-25, -8575492823577594e-25, 21598224929232125e-26, -7613230520476153e-31, -26639822008536144e-27, 13065700536611057e-27, -31799163902367977e-28, 4710976121367431e-33, 36902800842763465e-29],
  [34436760689237765e-20, 5171790908260592e-20, -33493161081142234e-20, 2812695154763237e-19, -10976582244684731e-20, -12741009095484485e-23, 27744451511563645e-21, -18263488805711332e-21, 57876949497350525e-22, 493875893393627e-24, -10595367014026043e-22, 6166714376110408e-22, -17562973359060463e-23, -1297447328701544e-27, 2695423606288966e-23, -14578352908731272e-24, 3887645959386175e-24, -3881002251019412e-32, -5327994173877286e-25, 27437977643314844e-26, -6995796092070568e-26, 2589986387486848e-32, 8856689099669639e-27, -4403168815871311e-27, 10865561947091654e-28],
  [-6526239185953094e-19, 8394987206720873e-19, -438297098541721e-18, -6969091458420552e-22, 16644846642067547e-20, -12783517679769218e-20, 4629953263691304e-20, 4557909867922708e-24, -10595271125805195e-21, 6783342904865167e-21, -21075476666258803e-22, -17213731432817144e-27, 3773587741611098e-22, -21867506700122867e-23, 6220228804018927e-23, 6597703826733e-28, -9590386497425686e-24, 5213214492280807e-24, -13991589583935709e-25, 5382058999060575e-31, 19484714275467745e-26, -10127287556389682e-26, 26077347197254926e-27, -5090418699993299e-33, -33721464474854593e-28],
  [-5967612901927463e-19, -7204895416020011e-20, 6782308837667328e-19, -6401475260262758e-19, 27750107634328704e-20, 1819700838046515e-22, -8479507117068503e-20, 6105192082501531e-20, -21073920183404862e-21, -8858589014125599e-25, 45284535953805374e-22, -28427815022504407e-22, 8708234177864641e-22, 36886101871706966e-28, -1534469519070206e-22, 8862466778790695e-23, -25184812301826817e-24, -10225912098215092e-30, 3896947075815478e-24, -21267304792235634e-25, 5737013552805138e-25, -1887749850169741e-34, -8093153869465787e-26, 423827232834492e-25, -11002224534207727e-27],
  [0.0013324454494800656, -0.0019144384985654776, 0.0011089369134596636, 99324041226423e-20, -5087450129309319e-19, 42735056665392886e-20, -168588537679108e-18, -81301893922785e-22, 45284402370562144e-21, -3127053674781734e-20, 1044986828530338e-20, 48435226265680926e-27, -2148256587345626e-21, 1329369701097492e-21, -4029569309210103e-22, -1756787766632329e-28, 7014504316366825e-23, -4040787734999483e-23, 11474026743371962e-24, 39642746853563326e-34, -17804938269892715e-25, 9748026254873165e-25, -26405338676507616e-26, 5794875163403742e-33, 3764774955354384e-26],
  [0.001579727660730835, 16251626278391583e-20, -0.0020633421035543276, 0.00213896861856891, -0.0010108559391263003, -399127055299192e-21, 3623502508476469e-19, -28143901463712157e-20, 10449513336495887e-20, 212114184918303e-23, -25779417251947842e-21, 17281818956040464e-21, -5641377387290428e-21, -11024320105776174e-27, 11223224418895176e-22, -6869339637952674e-22, 20653236975414888e-23, 46714772409838506e-30, -35609886164949055e-24, 20470855345905963e-24, -5809173863328336e-24, -1332821287582869e-31, 9035460439133513e-25, -4959878251733084e-25, 13481607129399748e-26],
  [-0.004072512119514016, 0.00640336283380807, -0.004041016108167662, -2183732802866233e-21, 0.002174044180125464, -0.001970044051841889, 8359546974796246e-19, 19445447567109655e-24, -257793871204217e-18, 19009987368139304e-20, -6769649993743896e-20, -14440629666426571e-26, 15712512518742267e-21, -10304008744776892e-21, 3304517767401387e-21, 7982976024232571e-28, -64097794149313e-20, 38894624761300054e-23, -1161834764494887e-22, -2816808630596451e-30, 19878012911297094e-24, -11407719956357511e-24, 32355857064185554e-25, 4175946829345594e-35, -5042311271810582e-25],
  [-0.0059475779383993, -5401647678926045e-19, 0.00879104135507679, -0.009857631558785612, 0.005013469503102154, 12807521786221875e-22, -0.0020626019342754685, 0.0017109128573523059, -676953127141338e-18, -6901154567656214e-24, 18855128143995903e-20, -1339521566349197e-19, 4626318303352804e-20, 4003423061332135e-26, -10255652921494033e-21, 6612086372797651e-21, -20913022027253007e-22, -20951775649603836e-29, 3975602904199325e-22, -2395621197881589e-22, 7118288338214586e-23, 8925574873053455e-31, -12101547235064675e-24, 6935061824833439e-24, -196614644538561e-23],
  [0.01740202778752271, -0.029527880945699123, 0.020045875571402798, 70289515966903405e-22, -0.012375421071343148, 0.011976293444235253, -0.0054156038466518525, -6329089339641862e-23, 0.0018855118129005065, -0.001473473274825001, 5551581009770838e-19, 5240683441255066e-25, -14357913535784837e-20, 991812932249433e-19, -3346083474947831e-20, -3575583729109899e-27, 71560851960630075e-22, -4551680262815553e-21, 14236576649271474e-22, 18803149082089665e-30, -2662340389892921e-22, 15950642189595716e-23, -471875146738411e-22, -6510787295875518e-32, 7979509102674624e-24],
  [0.03024912416090589, 0.0024817436002649977, -0.049939134373457025, 0.05991564300930787, -0.03248320760162339, -5721296865210344e-21, 0.015085251778569354, -0.013261324005088445, 0.0055515262632426145, 3026318225703001e-23, -0.0017229548406756724, 0.0012893570099929638, -46845138348319875e-20, -1830259937893045e-25, 11449739014822654e-20, -7737856522124447e-20, 25625836246985202e-21, 10766165333192815e-28, -5324680928242262e-21, 3349634863064464e-21, -10381253128684019e-22, -5608909920621128e-30, 19150821930676592e-23, -11418365800203487e-23, 33654425209171787e-24],
  [-0.09905102088015905, 0.17954011706123485, -0.12989606383463778, -31478872752284355e-21, 0.09051063527684813, -0.0928288244111844, 0.04441211283987781, 27779236316835886e-23, -0.017229543805449696, 0.014182925050891573, -0.005621416163374734, -239598509186381e-23, 0.0016029634366079909, -0.0011606784674435774, 41001337768153875e-20, 1836580075409066e-26, -958442565636559e-19, 6364306233776471e-20, -2076250624489065e-20, -11806020912804483e-29, 4213180823912065e-21, -2626224133701247e-21, 8077062049493066e-22, 6012591212363273e-31, -1472973737401884e-22],
  [-0.19994542198219728, -0.015056113040026424, 0.36470239469348487, -0.4643519231173355, 0.26640934719197895, 3403826602714719e-20, -0.13784338709329624, 0.1276467178337056, -0.056213828755200985, -1753150885483011e-22, 0.019235592956768112, -0.015088821281095314, 0.005740185445135012, 10622382710310225e-25, -0.0015335082692563998, 0.0010819320643228215, -3737251019394566e-19, -6617090972903199e-27, 8426361738090962e-20, -5515070682748348e-20, 1776953644834807e-20, 3882792321020553e-29, -353513697488768e-20, 2186583213004527e-21, -668128494476256e-21],
  [0.7243860850402943, -1.3918010932653375, 1.0654143352413967, 1876173868950258e-19, -0.827055011761527, 0.8935243334782842, -0.44971003995291337, -16107401567546651e-22, 0.1923559016527109, -0.1659770216004261, 0.06888222268181433, 13910091724608687e-24, -0.02146911561508663, 0.016228980898865892, -0.005979601617258426, -11287469112826745e-26, 0.0015167451119784856, -0.00104786342935539, 3553907288912642e-19, 8170432211180152e-28, -777730134424524e-19, 5029141389700772e-20, -16035083867000518e-21, 12469354315487606e-30, 31369106244517616e-22],
  [1.6668949727276812, 0.1165462765994632, -3.3288393225018904, 4.469232548286404, -2.6977693045875806, -2600667859891061e-19, 1.5389017615694538, -1.4937962361134611, 0.6888196463323315, 13077482004552384e-22, -0.2576296332559629, 0.21097676102125448, -0.08371440835921988, -7792042888135476e-24, 0.0242679230648336, -0.017813678334552312, 0.006397033038890006, 4943080709048052e-26, -0.0015554602758465635, 0.0010561196919903215, -352771844604729e-18, 9300233464502246e-29, 7528585502655717e-20, -4818651556915635e-20, 15227271505597605e-21],
  [-6.618829886137293, 13.397985455142589, -10.789350606845145, -0.0014352254537875018, 9.23336945961898, -10.456552819547769, 5.510552602903347, 12024439690716742e-21, -2.5762961164755818, 2.320744274538718, -1.0045728797216285, -10207833290021913e-23, 0.3397509217116947, -0.2672051745075747, 0.10235252851562705, 8432973048487163e-25, -0.027998284958442594, 0.020066274144976814, -0.007055436891508624, 19402238183698188e-28, 0.0016562888105449611, -0.0011082898580743682, 3654545161310169e-19, -5129003202697179e-26, -7634010369686903e-20],
  [-17.112706061976095, -1.1208044642899115, 37.131966511885445, -52.29827102534896, 33.058589696624615, 0.002479129897620022, -20.61089403411526, 20.88672775145582, -10.045703956517752, -12238783449063012e-21, 4.077013427422114, -3.473667358470195, 1.4329352617312006, 7135991441187971e-23, -0.4479725715911561, 0.3411266608064446, -0.12699786326594922, -2895367726908153e-25, 0.03312577627825986, -0.023274087021036102, 0.008039999350364889, -1177805216235265e-24, -0.001832162489107167, 0.0012108282933588664, -3947994124682252e-19],
  [73.89033153567425, -156.80141270402274, 132.2177542759164, 0.013692876877324546, -123.66496885920151, 146.2068939106273, -80.36558772486535, -11259851148881298e-20, 40.77013219617994, -38.21034001327303, 17.19522294277362, 9351970795516835e-22, -6.271615990774704, 5.116899907185264, -2.0319658112299095, -4950721558276154e-24, 0.596263972943326, -0.44220765337238094, 0.16079998700166273, -24733786203223403e-24, -0.040307574759979765, 0.02784905074709787, -0.009475185899205422, 6419922235909132e-21, 0.002125018077469946],
  [212.1683709838252, 13.107863022633868, -496.9828593287175, 731.215952669692, -482.1382172089085, -0.028817248692894887, 326.167203029471, -343.8934028008712, 171.95193870816232, 14038077378096157e-20, -75.2594195897599, 66.51969984520935, -28.447519748152462, -7613702615875392e-22, 9.540223710530437, -7.517530111331138, 2.894399756887196, -466121949995382e-21, -0.8061514959879409, 0.5848300657063102, -0.20845408972964957, 14765818959305816e-20, 0.05100043386375302, -0.03306625214188366, 0.015109265210467774],
  [-989.5964309832236, 2192.555536090523, -1928.3586782723355, -0.15925738122215252, 1956.9985945919857, -2407.2514765081555, 1375.6149959336497, 0.0012920735237496668, -752.5941715948055, 731.7166874220871, -341.37023466220063, -9985739026060805e-21, 133.56313181291574, -112.76295161252794, 46.31039609820446, -7923738713361476e-21, -14.510726927018647, 11.111771248100563, -4.169081794527089, 0.0031008219800117806, 1.1220095449981469, -0.7605237992614992, 0.36262236505085255, 0.2216867741940747, 0.48683443692930506]
];
var ZETA_2_TO_41 = [
  1.6449340668482266,
  1.202056903159594,
  1.0823232337111381,
  1.0369277551433704,
  1.0173430619844488,
  1.008349277381923,
  1.0040773561979446,
  1.0020083928260826,
  1.0009945751278182,
  1.0004941886041194,
  1.0002460865533078,
  1.0001227133475785,
  1.0000612481350586,
  1.0000305882363072,
  1.0000152822594084,
  1.0000076371976376,
  1.000003817293265,
  1.0000019082127163,
  1.0000009539620338,
  1.0000004769329867,
  1.0000002384505027,
  1.000000119219926,
  1.000000059608189,
  1.0000000298035034,
  1.0000000149015549,
  1.0000000074507118,
  1.000000003725334,
  1.0000000018626598,
  1.0000000009313275,
  1.0000000004656628,
  1.000000000232831,
  1.0000000001164155,
  1.0000000000582077,
  1.0000000000291038,
  1.000000000014552,
  1.000000000007276,
  1.000000000003638,
  1.000000000001819,
  1.0000000000009095,
  1.0000000000004547
];

// src/drift/stats/polynomial.ts
init_define_ACTION_META();
function polevl(x, coef, n) {
  let ans = coef[0];
  for (let i = 1; i <= n; i++) ans = ans * x + coef[i];
  return ans;
}
function p1evl(x, coef, n) {
  let ans = x + coef[0];
  for (let i = 1; i < n; i++) ans = ans * x + coef[i];
  return ans;
}
function ratevl(x, num2, m, denom, n) {
  const absx = Math.abs(x);
  let numAns;
  let denomAns;
  if (absx > 1) {
    const y = 1 / x;
    numAns = num2[m];
    for (let i = m - 1; i >= 0; i--) numAns = numAns * y + num2[i];
    denomAns = denom[n];
    for (let i = n - 1; i >= 0; i--) denomAns = denomAns * y + denom[i];
    return Math.pow(x, m - n) * numAns / denomAns;
  }
  numAns = num2[0];
  for (let i = 1; i <= m; i++) numAns = numAns * x + num2[i];
  denomAns = denom[0];
  for (let i = 1; i <= n; i++) denomAns = denomAns * x + denom[i];
  return numAns / denomAns;
}

// src/drift/stats/gamma.ts
var GAMMA_A = [
  8116141674705085e-19,
  -5950619042843014e-19,
  7936503404577169e-19,
  -0.002777777777300997,
  0.08333333333333319
];
var GAMMA_B = [
  -1378.2515256912086,
  -38801.631513463784,
  -331612.9927388712,
  -1162370974927623e-9,
  -1.7217370082083966e6,
  -853555.6642457654
];
var GAMMA_C = [
  -351.81570143652345,
  -17064.210665188115,
  -220528.59055385445,
  -1.1393344436798252e6,
  -2.5325230717758294e6,
  -2.0188914143353277e6
];
var LS2PI = 0.9189385332046728;
var MAXLGM = 2556348e299;
var EULER = 0.5772156649015329;
function lgam(x) {
  if (!Number.isFinite(x)) return x;
  if (x <= 0) return Number.NaN;
  if (x < 13) {
    let z = 1;
    let p2 = 0;
    let u = x;
    while (u >= 3) {
      p2 -= 1;
      u = x + p2;
      z *= u;
    }
    while (u < 2) {
      z /= u;
      p2 += 1;
      u = x + p2;
    }
    if (u === 2) return Math.log(z);
    p2 -= 2;
    const y = x + p2;
    return Math.log(z) + y * polevl(y, GAMMA_B, 5) / p1evl(y, GAMMA_C, 6);
  }
  if (x > MAXLGM) return Number.POSITIVE_INFINITY;
  const q = (x - 0.5) * Math.log(x) - x + LS2PI;
  if (x >= 1e3) {
    if (x > 1e8) return q;
    const p2 = 1 / (x * x);
    return q + ((7936507936507937e-19 * p2 - 0.002777777777777778) * p2 + 0.08333333333333333) / x;
  }
  const p = 1 / (x * x);
  return q + polevl(p, GAMMA_A, 4) / x;
}
var UNITY_LP = [
  452700008624452e-19,
  0.49854102823193375,
  6.578732594206104,
  29.911919328553072,
  60.94966798098779,
  57.11296359058554,
  20.039553499201283
];
var UNITY_LQ = [
  15.062909083469192,
  83.04756596796722,
  221.76239823732857,
  309.09872225312057,
  216.42788614495947,
  60.11866049760384
];
function cephesLog1p(x) {
  const z = 1 + x;
  if (z < Math.SQRT1_2 || z > Math.SQRT2) return Math.log(z);
  const zz = x * x;
  return x + (-0.5 * zz + x * (zz * polevl(x, UNITY_LP, 6) / p1evl(x, UNITY_LQ, 6)));
}
function log1pmx(x) {
  if (Math.abs(x) < 0.5) {
    let xfac = x;
    let res = 0;
    for (let n = 2; n < 500; n++) {
      xfac *= -x;
      const term = xfac / n;
      res += term;
      if (Math.abs(term) < MACHEP * Math.abs(res)) break;
    }
    return res;
  }
  return cephesLog1p(x) - x;
}
var UNITY_EP = [12617719307481058e-20, 0.030299440770744195, 1];
var UNITY_EQ = [30019850513866446e-22, 0.002524483403496841, 0.22726554820815503, 2];
function cephesExpm1(x) {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : x > 0 ? x : -1;
  if (x < -0.5 || x > 0.5) return Math.exp(x) - 1;
  const xx = x * x;
  let r = x * polevl(xx, UNITY_EP, 2);
  r = r / (polevl(xx, UNITY_EQ, 3) - r);
  return r + r;
}
function lgam1pTaylor(x) {
  if (x === 0) return 0;
  let res = -EULER * x;
  let xfac = -x;
  for (let n = 2; n < 42; n++) {
    xfac *= -x;
    const coeff = ZETA_2_TO_41[n - 2] * xfac / n;
    res += coeff;
    if (Math.abs(coeff) < MACHEP * Math.abs(res)) break;
  }
  return res;
}
function lgam1p(x) {
  if (Math.abs(x) <= 0.5) return lgam1pTaylor(x);
  if (Math.abs(x - 1) < 0.5) return Math.log(x) + lgam1pTaylor(x - 1);
  return lgam(x + 1);
}
var LANCZOS_SUM_EXPG_SCALED_NUM = [
  0.006061842346248907,
  0.5098416655656676,
  19.519927882476175,
  449.9445569063168,
  6955.999602515376,
  75999.29304014542,
  601859.6171681099,
  3481712154980646e-9,
  14605578087685067e-9,
  4333888932467614e-8,
  863631312881386e-7,
  10379404311634454e-8,
  56906521913471565e-9
];
var LANCZOS_SUM_EXPG_SCALED_DENOM = [
  1,
  66,
  1925,
  32670,
  357423,
  2637558,
  13339535,
  45995730,
  105258076,
  150917976,
  120543840,
  39916800,
  0
];
var LANCZOS_G = 6.02468004077673;
function lanczosSumExpgScaled(x) {
  return ratevl(x, LANCZOS_SUM_EXPG_SCALED_NUM, 12, LANCZOS_SUM_EXPG_SCALED_DENOM, 12);
}

// src/drift/stats/smirnov.ts
var SMIRNOV_MAX_COMPUTE_N = 1e6;
var SM_UPPER_MAX_TERMS = 3;
var SM_UPPERSUM_MIN_N = 10;
function twoProduct(a, b) {
  const p = a * b;
  const split = 134217729;
  const ca = split * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = split * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const err = al * bl - (p - ah * bh - al * bh - ah * bl);
  return [p, err];
}
function smirnov(n, x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const [hi, lo] = twoProduct(n, x);
  let nxfl = Math.floor(hi);
  let alpha = hi - nxfl + lo;
  if (alpha < 0) {
    nxfl -= 1;
    alpha += 1;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  let n1mxceil = n - nxfl;
  if (alpha === 0) {
    n1mxfl -= 1;
    n1mxceil += 1;
  }
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    const cdf = x * Math.exp((n - 1) * Math.log1p(x));
    return 1 - cdf;
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxfl >= n - 1) return Math.exp(n * Math.log1p(-x));
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + cephesExpm1(logp);
  }
  const nUpperTerms = n - n1mxceil + 1;
  const useUpperSum = nUpperTerms <= 1 && x < 0.5 || n >= SM_UPPERSUM_MIN_N && nUpperTerms <= SM_UPPER_MAX_TERMS && x <= 0.5 / Math.sqrt(n);
  const logN = Math.log(n);
  let cMan = 1;
  let cExp = 0;
  const updateBinomial = (j) => {
    cMan *= (n - j) / (j + 1);
    const e = Math.floor(Math.log2(cMan));
    if (e !== 0) {
      cMan /= Math.pow(2, e);
      cExp += e;
    }
  };
  const term = (v) => {
    const t1n = v + nxfl + alpha;
    const t2n = n - nxfl - v - alpha;
    if (t2n === 0) return n - v === 0 ? Math.exp(Math.log(cMan) + cExp * Math.LN2 + (v - 1) * (Math.log(t1n) - logN)) : 0;
    const sign = t2n < 0 && (n - v) % 2 === 1 ? -1 : 1;
    const logA = Math.log(cMan) + cExp * Math.LN2 + (v - 1) * (Math.log(t1n) - logN) + (n - v) * (Math.log(Math.abs(t2n)) - logN);
    return sign * Math.exp(logA);
  };
  let start = 0;
  let step = 1;
  let nTerms = n1mxfl + 1;
  let aj;
  if (useUpperSum) {
    start = n;
    step = -1;
    nTerms = n - n1mxceil + 1;
    aj = Math.exp((n - 1) * Math.log1p(x));
  } else {
    aj = Math.exp(n * Math.log1p(-x)) / x;
  }
  let sum = aj;
  updateBinomial(0);
  const vmid = Math.floor(n / 2);
  for (let j = 1; j < nTerms; j++) {
    const v = start + j * step;
    aj = term(v);
    if (Number.isFinite(aj) && aj !== 0) sum += aj;
    if (aj !== 0) {
      if (4 * (nTerms - j) * Math.abs(aj) < DBL_EPSILON * sum && j !== nTerms - 1) break;
    } else if (j > vmid) {
      break;
    }
    updateBinomial(j);
  }
  const prob = x * sum;
  const sf = step < 0 ? 1 - prob : prob;
  return Math.min(Math.max(sf, 0), 1);
}

// src/drift/stats/kolmogorov-n.ts
var E128 = 128;
var EP128 = Math.pow(2, 128);
var EM128 = Math.pow(2, -128);
var SQRT2PI = Math.sqrt(2 * Math.PI);
var LOG_2PI = Math.log(2 * Math.PI);
var MIN_LOG = -708;
var SQRT3 = Math.sqrt(3);
var PI_SQUARED = Math.PI ** 2;
var PI_FOUR = Math.PI ** 4;
var PI_SIX = Math.PI ** 6;
var STIRLING_COEFFS = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var clip = (p) => Math.min(Math.max(p, 0), 1);
var select = (cdfprob, sfprob, cdf) => clip(cdf ? cdfprob : sfprob);
function ldexp(x, e) {
  while (e > 1e3) {
    x *= Math.pow(2, 1e3);
    e -= 1e3;
  }
  while (e < -1e3) {
    x *= Math.pow(2, -1e3);
    e += 1e3;
  }
  return x * Math.pow(2, e);
}
function logNFactorialDivNPowN(n) {
  const rn = 1 / n;
  let poly = 0;
  const y = rn / n;
  for (const c of STIRLING_COEFFS) poly = poly * y + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}
function kolmognDMTW(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - Math.pow(h, j);
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] *= fac;
  }
  const tt = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tt) * fac;
  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];
  let Hpwr = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
  let nn = n;
  let expnt = 0;
  let Hexpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      Hpwr = matmul(Hpwr, H, m);
      expnt += Hexpnt;
    }
    H = matmul(H, H, m);
    Hexpnt *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] /= EP128;
      Hexpnt += E128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = Hpwr[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      expnt -= E128;
    }
  }
  if (expnt !== 0) p = ldexp(p, expnt);
  return clip(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f = 1 * (t - ll);
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = 1;
  twogpower[0] = 1;
  onem2gpower[0] = 1;
  let expnt = 0;
  const gOverN = g / n;
  const twoGOverN = 2 * g / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * gOverN / m;
    twogpower[m] = twogpower[m - 1] * twoGOverN / m;
    onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const aStart = k1 - V0s;
      const aLen = Math.max(0, Math.min(ln2, npwrs - aStart));
      const bLen = Math.min(ln2, npwrs);
      const convStart = j1 - k1;
      const convLen = j2 - j1 + 1;
      let vmax = 0;
      for (let c = 0; c < convLen; c++) {
        const tIdx = convStart + c;
        let s = 0;
        const lo = Math.max(0, tIdx - bLen + 1);
        const hi = Math.min(aLen - 1, tIdx);
        for (let q = lo; q <= hi; q++) s += V0[aStart + q] * pwrs[tIdx - q];
        V1[c] = s;
        if (s > vmax) vmax = s;
      }
      if (vmax > 0 && vmax < EM128) {
        for (let q = 0; q < npwrs; q++) V1[q] *= EP128;
        expnt -= E128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128;
      expnt += E128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans = ldexp(ans, expnt);
  return clip(ans);
}
function kolmognPelzGood(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const zsquared = z ** 2;
  const zthree = z ** 3;
  const zfour = z ** 4;
  const zsix = z ** 6;
  const qlog = -PI_SQUARED / 8 / zsquared;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -zsquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zsix + 2 * zfour;
  const k2b = (2 * zfour - 5 * zsquared) * PI_SQUARED / 4;
  const k2c = PI_FOUR * (1 - 2 * zsquared) / 16;
  const k3d = PI_SIX * (5 - 30 * zsquared) / 64;
  const k3c = PI_FOUR * (-60 * zsquared + 212 * zfour) / 16;
  const k3b = PI_SQUARED * (135 * zfour - 96 * zsix) / 4;
  const k3a = -30 * zsix - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const msquared = m ** 2;
    const mfour = m ** 4;
    const msix = m ** 6;
    const qpower = Math.pow(q, 8 * k);
    const coeffs = [
      1,
      k1a + k1b * msquared,
      k2a + k2b * msquared + k2c * mfour,
      k3a + k3b * msquared + k3c * mfour + k3d * msix
    ];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
  }
  const denoms = [z, 6 * zfour, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / denoms[i];
  q = Math.exp(-PI_SQUARED / 2 / zsquared);
  const sqrt3z = SQRT3 * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const ksquared = k ** 2;
    const qp = Math.pow(q, ksquared);
    const kspi = Math.PI * k;
    k2extra += ksquared * qp;
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qp;
  }
  K[2] += k2extra * (PI_SQUARED * SQRT2PI / (-36 * zthree));
  K[3] += k3extra * (PI_SQUARED * SQRT2PI / (216 * zsix));
  for (let i = 0; i < 4; i++) K[i] = K[i] / Math.pow(n * 1, i / 2);
  return K[0] + K[1] + K[2] + K[3];
}
function kolmogn(n, x, cdf) {
  if (Number.isNaN(n) || Number.isNaN(x)) return Number.NaN;
  if (!Number.isInteger(n) || n <= 0) return Number.NaN;
  if (x >= 1) return select(1, 0, cdf);
  if (x <= 0) return select(0, 1, cdf);
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return select(0, 1, cdf);
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
    }
    return select(prob, 1 - prob, cdf);
  }
  if (t >= n - 1) {
    const prob = 2 * Math.pow(1 - x, n);
    return select(1 - prob, prob, cdf);
  }
  if (x >= 0.5) {
    const prob = 2 * smirnov(n, x);
    return select(1 - prob, prob, cdf);
  }
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) {
      const prob2 = kolmognDMTW(n, x);
      return select(prob2, 1 - prob2, cdf);
    }
    if (nxsquared <= 4) {
      const prob2 = kolmognPomeranz(n, x);
      return select(prob2, 1 - prob2, cdf);
    }
    const prob = 2 * smirnov(n, x);
    return select(1 - prob, prob, cdf);
  }
  if (!cdf) {
    if (nxsquared >= 370) return 0;
    if (nxsquared >= 2.2) return clip(2 * smirnov(n, x));
  }
  let cdfprob;
  if (nxsquared >= 18) cdfprob = 1;
  else if (n <= 1e5 && n * x ** 1.5 <= 1.4) cdfprob = kolmognDMTW(n, x);
  else cdfprob = kolmognPelzGood(n, x);
  return select(cdfprob, 1 - cdfprob, cdf);
}

// src/drift/stats/ks-exact.ts
init_define_ACTION_META();
function probOutsideSquare(n, h) {
  let P = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
    k -= 1;
  }
  return 2 * P;
}
function probOutsideInsideMethod(m0, n0, g, h) {
  let m = m0;
  let n = n0;
  if (m < n) [m, n] = [n, m];
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < Math.min(maxj, lenA); j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      const end = Math.min(maxj - minj + (lastlen - curlen), lenA);
      for (let q = maxj - minj; q < end; q++) A[q] = 1;
    }
  }
  return A[maxj - minj - 1];
}

// src/drift/stats/ks-2samp.ts
var MAX_AUTO_N = 1e4;
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function ks2samp(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  if (Math.min(n1, n2) === 0) throw new RangeError("ks2samp: both samples must be non-empty");
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  const exactPossible = Math.max(n1, n2) <= MAX_AUTO_N;
  if (Number.isNaN(x[n1 - 1]) || Number.isNaN(y[n2 - 1])) {
    return { statistic: Number.NaN, pvalue: Number.NaN, method: exactPossible ? "exact" : "asymp" };
  }
  let i = 0;
  let j = 0;
  let maxS = Number.NEGATIVE_INFINITY;
  let minDiff = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    const v = j >= n2 || i < n1 && x[i] <= y[j] ? x[i] : y[j];
    while (i < n1 && x[i] === v) i++;
    while (j < n2 && y[j] === v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxS) maxS = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(Math.max(-minDiff, 0), 1);
  let d = minS > maxS ? minS : maxS;
  const g = gcd(n1, n2);
  if (exactPossible) {
    const lcm = Math.floor(n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pvalue: 1, method: "exact" };
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInsideMethod(n1, n2, g, h);
    if (prob >= 0 && prob <= 1) return { statistic: d, pvalue: prob, method: "exact" };
  }
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = m * n / (m + n);
  const pvalue = Math.min(Math.max(kolmogn(roundHalfEven(en), d, false), 0), 1);
  return { statistic: d, pvalue, method: "asymp" };
}

// src/drift/stats/chi-square.ts
init_define_ACTION_META();

// src/drift/stats/incomplete-gamma.ts
init_define_ACTION_META();

// src/drift/stats/normal.ts
init_define_ACTION_META();
var NDTR_P = [
  2461969814735305e-25,
  0.5641895648310689,
  7.463210564422699,
  48.63719709856814,
  196.5208329560771,
  526.4451949954773,
  934.5285271719576,
  1027.5518868951572,
  557.5353353693994
];
var NDTR_Q = [
  13.228195115474499,
  86.70721408859897,
  354.9377788878199,
  975.7085017432055,
  1823.9091668790973,
  2246.3376081871097,
  1656.6630919416134,
  557.5353408177277
];
var NDTR_R = [
  0.5641895835477551,
  1.275366707599781,
  5.019050422511805,
  6.160210979930536,
  7.4097426995044895,
  2.9788666537210022
];
var NDTR_S = [
  2.2605286322011726,
  9.396035249380015,
  12.048953980809666,
  17.08144507475659,
  9.608968090632859,
  3.369076451000815
];
var NDTR_T = [
  9.604973739870516,
  90.02601972038427,
  2232.005345946843,
  7003.325141128051,
  55592.30130103949
];
var NDTR_U = [
  33.56171416475031,
  521.3579497801527,
  4594.323829709801,
  22629.000061389095,
  49267.39426086359
];
function erfc(a) {
  if (Number.isNaN(a)) return Number.NaN;
  const x = Math.abs(a);
  if (x < 1) return 1 - erf(a);
  const z = -a * a;
  if (z < -MAXLOG) return a < 0 ? 2 : 0;
  const ez = Math.exp(z);
  let p;
  let q;
  if (x < 8) {
    p = polevl(x, NDTR_P, 8);
    q = p1evl(x, NDTR_Q, 8);
  } else {
    p = polevl(x, NDTR_R, 5);
    q = p1evl(x, NDTR_S, 6);
  }
  let y = ez * p / q;
  if (a < 0) y = 2 - y;
  if (y !== 0) return y;
  return a < 0 ? 2 : 0;
}
function erf(x) {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return -erf(-x);
  if (Math.abs(x) > 1) return 1 - erfc(x);
  const z = x * x;
  return x * polevl(z, NDTR_T, 4) / p1evl(z, NDTR_U, 5);
}
function normalCdf(a) {
  if (Number.isNaN(a)) return Number.NaN;
  const x = a * Math.SQRT1_2;
  const z = Math.abs(x);
  if (z < 1) return 0.5 + 0.5 * erf(x);
  const y = 0.5 * erfc(z);
  return x > 0 ? 1 - y : y;
}

// src/drift/stats/incomplete-gamma.ts
var MAXITER = 2e3;
var SMALL = 20;
var LARGE = 200;
var SMALLRATIO = 0.3;
var LARGERATIO = 4.5;
var BIG = 4503599627370496;
var BIGINV = 2220446049250313e-31;
function igamFac(a, x) {
  if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
    const ax = a * Math.log(x) - x - lgam(a);
    if (ax < -MAXLOG) return 0;
    return Math.exp(ax);
  }
  const fac = a + LANCZOS_G - 0.5;
  let res = Math.sqrt(fac / Math.E) / lanczosSumExpgScaled(a);
  if (a < 200 && x < 200) {
    res *= Math.exp(a - x) * Math.pow(x / fac, a);
  } else {
    const num2 = x - a - LANCZOS_G + 0.5;
    res *= Math.exp(a * log1pmx(num2 / fac) + x * (0.5 - LANCZOS_G) / fac);
  }
  return res;
}
function igamcContinuedFraction(a, x) {
  const ax = igamFac(a, x);
  if (ax === 0) return 0;
  let y = 1 - a;
  let z = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z * x;
  let ans = pkm1 / qkm1;
  for (let i = 0; i < MAXITER; i++) {
    c += 1;
    y += 1;
    z += 2;
    const yc = y * c;
    const pk = pkm1 * z - pkm2 * yc;
    const qk = qkm1 * z - qkm2 * yc;
    let t;
    if (qk !== 0) {
      const r = pk / qk;
      t = Math.abs((ans - r) / r);
      ans = r;
    } else {
      t = 1;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (Math.abs(pk) > BIG) {
      pkm2 *= BIGINV;
      pkm1 *= BIGINV;
      qkm2 *= BIGINV;
      qkm1 *= BIGINV;
    }
    if (t <= MACHEP) break;
  }
  return ans * ax;
}
function igamSeries(a, x) {
  const ax = igamFac(a, x);
  if (ax === 0) return 0;
  let r = a;
  let c = 1;
  let ans = 1;
  for (let i = 0; i < MAXITER; i++) {
    r += 1;
    c *= x / r;
    ans += c;
    if (c <= MACHEP * ans) break;
  }
  return ans * ax / a;
}
function igamcSeries(a, x) {
  let fac = 1;
  let sum = 0;
  for (let n = 1; n < MAXITER; n++) {
    fac *= -x / n;
    const term2 = fac / (a + n);
    sum += term2;
    if (Math.abs(term2) <= MACHEP * Math.abs(sum)) break;
  }
  const logx = Math.log(x);
  const term = -cephesExpm1(a * logx - lgam1p(a));
  return term - Math.exp(a * logx - lgam(a)) * sum;
}
function asymptoticSeries(a, x, upper) {
  const sgn = upper ? 1 : -1;
  const lambda = x / a;
  const sigma = (x - a) / a;
  let eta;
  if (lambda > 1) eta = Math.sqrt(-2 * log1pmx(sigma));
  else if (lambda < 1) eta = -Math.sqrt(-2 * log1pmx(sigma));
  else eta = 0;
  let res = 0.5 * erfc(sgn * eta * Math.sqrt(a / 2));
  const etapow = new Float64Array(IGAM_ASYMP_COEFF_N);
  etapow[0] = 1;
  let maxpow = 0;
  let sum = 0;
  let afac = 1;
  let absoldterm = Number.POSITIVE_INFINITY;
  for (let k = 0; k < IGAM_ASYMP_COEFF_K; k++) {
    const row = IGAM_ASYMP_COEFF_D[k];
    let ck = row[0];
    for (let n = 1; n < IGAM_ASYMP_COEFF_N; n++) {
      if (n > maxpow) {
        etapow[n] = eta * etapow[n - 1];
        maxpow += 1;
      }
      const ckterm = row[n] * etapow[n];
      ck += ckterm;
      if (Math.abs(ckterm) < MACHEP * Math.abs(ck)) break;
    }
    const term = ck * afac;
    const absterm = Math.abs(term);
    if (absterm > absoldterm) break;
    sum += term;
    if (absterm < MACHEP * Math.abs(sum)) break;
    absoldterm = absterm;
    afac /= a;
  }
  res += sgn * Math.exp(-0.5 * a * eta * eta) * sum / Math.sqrt(2 * Math.PI * a);
  return res;
}
function special(a, x, upper) {
  if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a < 0) return Number.NaN;
  if (a === 0) return x > 0 ? upper ? 0 : 1 : Number.NaN;
  if (x === 0) return upper ? 1 : 0;
  if (!Number.isFinite(a)) return Number.isFinite(x) ? upper ? 1 : 0 : Number.NaN;
  if (!Number.isFinite(x)) return upper ? 0 : 1;
  const absxmaA = Math.abs(x - a) / a;
  if (a > SMALL && a < LARGE && absxmaA < SMALLRATIO) return asymptoticSeries(a, x, upper);
  if (a > LARGE && absxmaA < LARGERATIO / Math.sqrt(a)) return asymptoticSeries(a, x, upper);
  return void 0;
}
function igamc(a, x) {
  const s = special(a, x, true);
  if (s !== void 0) return s;
  if (x > 1.1) return x < a ? 1 - igamSeries(a, x) : igamcContinuedFraction(a, x);
  if (x <= 0.5) return -0.4 / Math.log(x) < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
  return x * 1.1 < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
}
function chi2Sf(df, x) {
  if (x < 0) return Number.NaN;
  return igamc(df / 2, x / 2);
}

// src/drift/stats/chi-square.ts
function chiSquare(observed, expected) {
  if (observed.length !== expected.length) {
    throw new RangeError(`chiSquare: ${observed.length} observed counts but ${expected.length} expected counts`);
  }
  if (observed.length === 0) throw new RangeError("chiSquare: no categories");
  let obsSum = 0;
  let expSum = 0;
  for (let i = 0; i < observed.length; i++) {
    obsSum += observed[i];
    expSum += expected[i];
  }
  const rtol = Math.sqrt(2220446049250313e-31);
  if (Math.abs(obsSum - expSum) / Math.min(obsSum, expSum) > rtol) {
    throw new RangeError(
      `chiSquare: observed total ${obsSum} and expected total ${expSum} differ by more than ${rtol} relative`
    );
  }
  let statistic = 0;
  for (let i = 0; i < observed.length; i++) {
    const d = observed[i] - expected[i];
    statistic += d * d / expected[i];
  }
  return { statistic, pvalue: chi2Sf(observed.length - 1, statistic) };
}

// src/drift/stats/z-test.ts
init_define_ACTION_META();
function zTestTwoProportions(successes1, n1, successes2, n2) {
  if (!(n1 > 0 && n2 > 0)) throw new RangeError("zTestTwoProportions: both samples must be non-empty");
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (variance === 0) {
    return { statistic: 0, pvalue: 1 };
  }
  const statistic = (p1 - p2) / Math.sqrt(variance);
  return { statistic, pvalue: 2 * (1 - normalCdf(Math.abs(statistic))) };
}

// src/drift/stats/wasserstein.ts
init_define_ACTION_META();
function wassersteinDistance(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) throw new RangeError("wassersteinDistance: both samples must be non-empty");
  const u = Float64Array.from(a).sort();
  const v = Float64Array.from(b).sort();
  if (Number.isNaN(u[n - 1]) || Number.isNaN(v[m - 1])) return Number.NaN;
  let i = 0;
  let j = 0;
  let total = 0;
  let prev = Math.min(u[0], v[0]);
  while (i < n || j < m) {
    const next = j >= m || i < n && u[i] <= v[j] ? u[i] : v[j];
    if (next !== prev) {
      total += Math.abs(i / n - j / m) * (next - prev);
      prev = next;
    }
    while (i < n && u[i] === next) i++;
    while (j < m && v[j] === next) j++;
  }
  return total;
}

// src/drift/stats/divergences.ts
init_define_ACTION_META();
function checkSameLength(name, p, q) {
  if (p.length !== q.length) throw new RangeError(`${name}: vectors differ in length (${p.length} vs ${q.length})`);
  if (p.length === 0) throw new RangeError(`${name}: empty vectors`);
}
function relEntr(x, y) {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}
function normalised(p) {
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += p[i];
  const out = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = p[i] / sum;
  return out;
}
function jensenShannonDistance(p, q, base) {
  checkSameLength("jensenShannonDistance", p, q);
  const pn = normalised(p);
  const qn = normalised(q);
  let left = 0;
  let right = 0;
  for (let i = 0; i < pn.length; i++) {
    const m = (pn[i] + qn[i]) / 2;
    left += relEntr(pn[i], m);
    right += relEntr(qn[i], m);
  }
  let js = left + right;
  if (base !== void 0) js /= Math.log(base);
  return Math.sqrt(js / 2);
}
function fillZeroesLikeEvidently(p) {
  let minNonZero = Number.POSITIVE_INFINITY;
  for (let i = 0; i < p.length; i++) if (p[i] !== 0 && p[i] < minNonZero) minNonZero = p[i];
  if (minNonZero === Number.POSITIVE_INFINITY) throw new RangeError("every share is zero");
  const fill = minNonZero <= 1e-4 ? minNonZero / 10 ** 6 : 1e-4;
  const out = Float64Array.from(p);
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = fill;
  return out;
}
function psi(p, q) {
  checkSameLength("psi", p, q);
  const r = fillZeroesLikeEvidently(p);
  const c = fillZeroesLikeEvidently(q);
  let total = 0;
  for (let i = 0; i < r.length; i++) total += (r[i] - c[i]) * Math.log(r[i] / c[i]);
  return total;
}
function klDiv(p, q) {
  checkSameLength("klDiv", p, q);
  const r = normalised(fillZeroesLikeEvidently(p));
  const c = normalised(fillZeroesLikeEvidently(q));
  let total = 0;
  for (let i = 0; i < r.length; i++) total += relEntr(r[i], c[i]);
  return total;
}
function hellinger(p, q) {
  checkSameLength("hellinger", p, q);
  let bc = 0;
  for (let i = 0; i < p.length; i++) bc += Math.sqrt(p[i] * q[i]);
  bc = Math.min(Math.max(bc, 0), 1);
  return Math.sqrt(1 - bc);
}

// src/drift/histogram.ts
init_define_ACTION_META();
function linspace(start, stop, num2) {
  const out = new Float64Array(num2);
  const div = num2 - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num2; i++) out[i] = step === 0 ? i / div * delta + start : i * step + start;
  if (num2 > 1) out[num2 - 1] = stop;
  return out;
}
function sturgesEdges(values, integer) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return sturgesEdgesOf(min, max, values.length, integer);
}
function sturgesEdgesOf(min, max, n, integer) {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  let width = (max - min) / (Math.log2(n) + 1);
  if (integer && width && width < 1) width = 1;
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}
function histogram(values, edges) {
  const sorted = Float64Array.from(values).sort();
  const left = (x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (sorted[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const right = (x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (sorted[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cum = new Float64Array(edges.length);
  for (let i = 0; i < edges.length - 1; i++) cum[i] = left(edges[i]);
  cum[edges.length - 1] = right(edges[edges.length - 1]);
  const counts = new Float64Array(edges.length - 1);
  for (let i = 0; i < counts.length; i++) counts[i] = cum[i + 1] - cum[i];
  return counts;
}

// src/drift/methods.ts
var METHODS = ["ks", "chisquare", "z", "wasserstein", "jensenshannon", "psi", "kl_div", "hellinger"];
var METHOD_INFO = {
  ks: { score: "p_value", threshold: 0.05, kinds: ["num"], title: "K-S p_value" },
  chisquare: { score: "p_value", threshold: 0.05, kinds: ["cat", "num"], title: "chi-square p_value" },
  z: { score: "p_value", threshold: 0.05, kinds: ["cat", "num"], title: "Z-test p_value" },
  wasserstein: { score: "distance", threshold: 0.1, kinds: ["num"], title: "Wasserstein distance (normed)" },
  jensenshannon: { score: "distance", threshold: 0.1, kinds: ["cat", "num"], title: "Jensen-Shannon distance" },
  psi: { score: "distance", threshold: 0.1, kinds: ["cat", "num"], title: "PSI" },
  kl_div: { score: "distance", threshold: 0.1, kinds: ["cat", "num"], title: "Kullback-Leibler divergence" },
  hellinger: { score: "distance", threshold: 0.1, kinds: ["cat", "num"], title: "Hellinger distance (normed)" }
};
function isDrift(method, score2, threshold) {
  if (method === "ks") return score2 <= threshold;
  if (METHOD_INFO[method].score === "p_value") return score2 < threshold;
  return score2 >= threshold;
}
function valueCounts(s) {
  const index = /* @__PURE__ */ new Map();
  const keys = [];
  const counts = [[], []];
  const add = (values, side) => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      let k = index.get(v);
      if (k === void 0) {
        k = keys.length;
        index.set(v, k);
        keys.push(v);
        counts[0].push(0);
        counts[1].push(0);
      }
      counts[side][k] = counts[side][k] + 1;
    }
  };
  for (const [side, c] of [[0, s.ref], [1, s.cur]]) {
    if (c.sketch) {
      for (const [v, n] of c.sketch.distinct ?? []) {
        add([v], side);
        counts[side][index.get(v)] = counts[side][index.get(v)] + n - 1;
      }
    } else if (s.kind === "num") add(c.numbers, side);
    else {
      for (const [code2, n] of c.counts) {
        add([code2], side);
        counts[side][index.get(code2)] = counts[side][index.get(code2)] + n - 1;
      }
    }
  }
  return { keys, ref: Float64Array.from(counts[0]), cur: Float64Array.from(counts[1]) };
}
var size = (s, side) => s[side].count;
var manyValues = (c) => c.sketch !== void 0 && c.sketch.distinct === null;
function distinctValues(s) {
  if (manyValues(s.ref) || manyValues(s.cur)) return Infinity;
  if (s.kind === "cat") return (/* @__PURE__ */ new Set([...s.ref.counts.keys(), ...s.cur.counts.keys()])).size;
  const seen = /* @__PURE__ */ new Set();
  for (const side of [s.ref, s.cur]) {
    for (const v of side.sketch ? side.sketch.distinct?.keys() ?? [] : side.numbers) {
      seen.add(v);
      if (seen.size > 21) return Infinity;
    }
  }
  return seen.size;
}
function referenceDistinct(c) {
  if (c.sketch) return c.sketch.distinct?.size ?? Infinity;
  const seen = /* @__PURE__ */ new Set();
  for (const v of c.numbers) {
    seen.add(v);
    if (seen.size > 20) return Infinity;
  }
  return seen.size;
}
function unavailable(method, s) {
  if (!s.ref.sketch && !s.cur.sketch) return null;
  if (method === "ks" || method === "hellinger") return `${method} needs every value, and this column has more than \`exact-limit\`; raise \`exact-limit\` or choose another test`;
  const need = exactNeed(method, s);
  const fix = "run this column unsharded, raise `exact-limit`, or use wasserstein";
  if (need === "sturges") return `${method} needs Evidently's Sturges bins over both whole datasets, which shards cannot count before the merge; ${fix}`;
  if (need === "values") return `${method} counts each value, and shards keep only the first ${DISTINCT_CAP} distinct values of a summarised column; ${fix}`;
  return null;
}
function exactNeed(method, s) {
  if (s.kind !== "num" || !s.ref.sketch || !s.cur.sketch) return null;
  const binnedTest = method === "jensenshannon" || method === "psi" || method === "kl_div";
  if (binnedTest && referenceDistinct(s.ref) > 20) return s.ref.sturges && s.cur.sturges ? null : "sturges";
  if (binnedTest || method === "chisquare" || method === "z") return manyValues(s.ref) || manyValues(s.cur) ? "values" : null;
  return null;
}
function scoreBound(method, s) {
  if (method !== "wasserstein" || !s.ref.sketch || !s.cur.sketch) return 0;
  return sketchBinWidth(s.ref.sketch, s.cur.sketch) / Math.max(sketchStd(s.ref.sketch), 1e-3);
}
function defaultMethod(s) {
  const n = distinctValues(s);
  if (size(s, "ref") <= 1e3) {
    if (s.kind === "num" && n > 5) return "ks";
    return n > 2 ? "chisquare" : "z";
  }
  if (s.kind === "num") return n <= 5 ? "jensenshannon" : "wasserstein";
  return "jensenshannon";
}
function binned(s, fill) {
  let ref;
  let cur;
  const refDistinct = s.kind === "num" ? referenceDistinct(s.ref) : 0;
  if (s.kind === "num" && refDistinct > 20 && s.ref.sturges && s.cur.sturges) {
    ref = s.ref.sturges.map((c) => c / s.ref.count);
    cur = s.cur.sturges.map((c) => c / s.cur.count);
  } else if (s.kind === "num" && refDistinct > 20) {
    const combined = new Float64Array(s.ref.numbers.length + s.cur.numbers.length);
    combined.set(s.ref.numbers);
    combined.set(s.cur.numbers, s.ref.numbers.length);
    const edges = sturgesEdges(combined, s.ref.integer && s.cur.integer);
    ref = histogram(s.ref.numbers, edges).map((c) => c / s.ref.numbers.length);
    cur = histogram(s.cur.numbers, edges).map((c) => c / s.cur.numbers.length);
  } else {
    const vc = valueCounts(s);
    const nRef = size(s, "ref");
    const nCur = size(s, "cur");
    ref = vc.ref.map((c) => c / nRef);
    cur = vc.cur.map((c) => c / nCur);
  }
  return fill ? { ref: fillZeroesLikeEvidently(ref), cur: fillZeroesLikeEvidently(cur) } : { ref, cur };
}
function std(values) {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return Math.sqrt(ss / values.length);
}
function score(method, s) {
  switch (method) {
    case "ks":
      return ks2samp(s.ref.numbers, s.cur.numbers).pvalue;
    case "chisquare": {
      const vc = valueCounts(s);
      const k = size(s, "cur") / size(s, "ref");
      return chiSquare(Array.from(vc.cur), Array.from(vc.ref, (c) => c * k)).pvalue;
    }
    case "z": {
      const vc = valueCounts(s);
      if (vc.keys.length === 1) return 1;
      const first = smallestKey(vc.keys, s);
      const i = vc.keys.indexOf(first);
      const nRef = size(s, "ref");
      const nCur = size(s, "cur");
      return zTestTwoProportions(nRef - vc.ref[i], nRef, nCur - vc.cur[i], nCur).pvalue;
    }
    case "wasserstein":
      if (s.ref.sketch && s.cur.sketch) return sketchWasserstein(s.ref.sketch, s.cur.sketch) / Math.max(sketchStd(s.ref.sketch), 1e-3);
      return wassersteinDistance(s.ref.numbers, s.cur.numbers) / Math.max(std(s.ref.numbers), 1e-3);
    case "jensenshannon": {
      const b = binned(s, false);
      return jensenShannonDistance(b.ref, b.cur);
    }
    case "psi": {
      const b = binned(s, true);
      return psi(b.ref, b.cur);
    }
    case "kl_div": {
      const b = binned(s, true);
      return klDiv(b.ref, b.cur);
    }
    case "hellinger":
      return hellingerLikeEvidently(s);
  }
}
function smallestKey(keys, s) {
  if (s.kind === "num") return Math.min(...keys);
  return keys.reduce((a, b) => compareCodePoints(s.categoryText(a), s.categoryText(b)) <= 0 ? a : b);
}
function compareCodePoints(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d) return d;
  }
  return x.length - y.length;
}
function hellingerLikeEvidently(s) {
  if (s.kind === "cat") {
    const vc = valueCounts(s);
    return hellinger(vc.ref.map((c) => c / size(s, "ref")), vc.cur.map((c) => c / size(s, "cur")));
  }
  const keys = Float64Array.from(valueCounts(s).keys);
  const edges = sturgesEdges(keys, s.ref.integer && s.cur.integer);
  const width = (edges[edges.length - 1] - edges[0]) / (edges.length - 1);
  const density = (values) => {
    const counts = histogram(values, edges);
    const total = counts.reduce((a, b) => a + b, 0);
    return counts.map((c, i) => c / total / (edges[i + 1] - edges[i]));
  };
  return hellinger(density(s.ref.numbers).map((d) => d * width), density(s.cur.numbers).map((d) => d * width));
}

// src/drift/drift.ts
var HUGE_CARDINALITY = 1e4;
function detectDrift(ref, cur, o) {
  const results = [];
  for (const column of o.columns) {
    const kind = o.kinds.get(column);
    const r = ref.columns.get(column);
    const c = cur.columns.get(column);
    if (!r || !c) continue;
    const base = { column, kind, reference: { rows: ref.rows, nulls: r.nulls }, current: { rows: cur.rows, nulls: c.nulls } };
    const skip = (why2) => ({ ...base, method: null, scoreKind: null, threshold: null, score: null, drifted: false, skipped: why2 });
    const size2 = (d) => d.count;
    if (o.mixed.has(column)) {
      results.push(skip("numbers in the reference but text in the current data; give the column a type (categorical-columns) to test it"));
      continue;
    }
    if (kind === "cat" && (r.uncounted || c.uncounted)) {
      results.push(skip(`over ${CATEGORY_CAP - 1} distinct numbers before the first text: too many to count as categories; give the column a type (numerical-columns or categorical-columns), or list it in ignore-columns`));
      continue;
    }
    if (size2(r) === 0 || size2(c) === 0) {
      results.push(skip(`no values in the ${size2(r) === 0 ? "reference" : "current"} data (every cell is null)`));
      continue;
    }
    if (kind === "cat") {
      const distinct = (/* @__PURE__ */ new Set([...r.counts.keys(), ...c.counts.keys()])).size;
      if (distinct > HUGE_CARDINALITY && distinct > (r.count + c.count) / 2) {
        results.push(skip(`${distinct} distinct values in ${r.count + c.count}: an identifier, not a feature whose distribution can drift; list it in ignore-columns`));
        continue;
      }
    }
    const sample = { kind, ref: r, cur: c, categoryText: o.categoryText };
    const chosen = { ...o.all, ...o.perColumn.get(column) };
    const method = chosen.method ?? defaultMethod(sample);
    if (!METHOD_INFO[method].kinds.includes(kind)) {
      results.push(skip(`${method} tests numerical columns only, and this one is categorical`));
      continue;
    }
    const why = unavailable(method, sample);
    if (why) {
      results.push(skip(why));
      continue;
    }
    const threshold = chosen.threshold ?? METHOD_INFO[method].threshold;
    const value = score(method, sample);
    const bound = scoreBound(method, sample);
    if (Number.isNaN(value)) {
      results.push(skip(`${method} is undefined for these values`));
      continue;
    }
    results.push({ ...base, method, scoreKind: METHOD_INFO[method].score, threshold, score: value, drifted: isDrift(method, value, threshold), ...bound ? { bound, uncertain: Math.abs(value - threshold) <= bound } : {} });
  }
  const tested = results.filter((r) => !r.skipped).length;
  const drifted = results.filter((r) => r.drifted).length;
  const share = tested ? drifted / tested : 0;
  return { columns: results, tested, drifted, share, datasetDrift: tested > 0 && share >= o.driftShare, driftShare: o.driftShare };
}

// src/drift/partial.ts
init_define_ACTION_META();
var DRIFT_PARTIAL_FORMAT = "model-cd.check-drift.partial/1";
function toDriftPartial(shard, plan, models, reference, current, predictions) {
  return {
    format: DRIFT_PARTIAL_FORMAT,
    shard,
    plan,
    models,
    reference: sideToJSON(reference),
    current: sideToJSON(current),
    predictions: predictions ? { kinds: [...predictions.kinds], champion: sideToJSON(predictions.champion), candidate: sideToJSON(predictions.candidate) } : null
  };
}
async function mergeDriftPartials(files) {
  const partials = await readPartials(files, {
    format: DRIFT_PARTIAL_FORMAT,
    action: "check-drift",
    same: [
      ["plan (datasets, columns, types, exact-limit)", (p) => p.plan],
      ["models", (p) => p.models]
    ]
  });
  const first = partials[0];
  const reference = sideFromJSON(first.reference);
  const current = sideFromJSON(first.current);
  const predictions = first.predictions ? { kinds: new Map(first.predictions.kinds), champion: sideFromJSON(first.predictions.champion), candidate: sideFromJSON(first.predictions.candidate) } : null;
  for (const p of partials.slice(1)) {
    mergeSides(reference, sideFromJSON(p.reference));
    mergeSides(current, sideFromJSON(p.current));
    if (predictions && p.predictions) {
      for (const [k, v] of p.predictions.kinds) predictions.kinds.set(k, v);
      mergeSides(predictions.champion, sideFromJSON(p.predictions.champion));
      mergeSides(predictions.candidate, sideFromJSON(p.predictions.candidate));
    }
  }
  return { shards: first.shard.count, plan: first.plan, reference, current, predictions };
}

// src/drift/plan.ts
init_define_ACTION_META();
function parseChoices(method, threshold, columnMethods) {
  const all = {
    ...method.trim() ? { method: parseMethod(method.trim(), "input `method`") } : {},
    ...threshold.trim() ? { threshold: parseThreshold(threshold.trim(), "input `threshold`") } : {}
  };
  const perColumn = /* @__PURE__ */ new Map();
  for (const entry of columnMethods) {
    const m = /^([^=]+)=([a-z_]+)(?::(.+))?$/.exec(entry.trim());
    if (!m) throw new ConfigurationError("input `column-methods`", entry, "is not `column=method` or `column=method:threshold`, e.g. `age=psi:0.2`.");
    perColumn.set(m[1].trim(), { method: parseMethod(m[2], "input `column-methods`"), ...m[3] ? { threshold: parseThreshold(m[3], "input `column-methods`") } : {} });
  }
  return { all, perColumn };
}
function planColumns(inputs, reference, current) {
  const target = inputs.targetColumn.trim();
  const ignored = /* @__PURE__ */ new Set([...inputs.ignoreColumns, ...target ? [target] : []]);
  const missing = (c, input) => {
    for (const [table2, side] of [[reference, "reference"], [current, "current"]]) {
      if (!table2.columns.includes(c)) throw new ConfigurationError(input, c, `is not a column of the ${side} data (${table2.path}; its columns: ${table2.columns.join(", ")}).${input === "the datasets" || input === "input `columns`" ? " The two datasets need the same columns; list the ones to compare in `columns`." : ""}`);
    }
  };
  if (target) missing(target, "input `target-column`");
  const columns = inputs.columns.length ? inputs.columns : reference.columns.filter((c) => current.columns.includes(c) && !ignored.has(c));
  const unmatched = inputs.columns.length ? { reference: [], current: [] } : { reference: reference.columns.filter((c) => !current.columns.includes(c) && !ignored.has(c)), current: current.columns.filter((c) => !reference.columns.includes(c) && !ignored.has(c)) };
  if (!columns.length) {
    throw new ConfigurationError("the datasets", `${reference.path} and ${current.path}`, `have no column in common to compare (reference: ${reference.columns.join(", ") || "none"}; current: ${current.columns.join(", ") || "none"}). Give the current data with the reference's columns.`);
  }
  if ((unmatched.reference.length || unmatched.current.length) && inputs.missingColumns === "fail") {
    throw new ConfigurationError("the datasets", describeUnmatched(unmatched), `differ in their columns, so ${unmatched.reference.length + unmatched.current.length === 1 ? "that column" : "those columns"} would go untested. Fix the data, list the columns to compare in \`columns\`, or set \`missing-columns: ignore\` to compare the ${columns.length} columns both have.`);
  }
  for (const c of columns) missing(c, inputs.columns.length ? "input `columns`" : "the datasets");
  for (const c of [...inputs.numericalColumns, ...inputs.categoricalColumns]) {
    if (!columns.includes(c)) throw new ConfigurationError("input `numerical-columns` or `categorical-columns`", c, `is not one of the columns compared (${columns.join(", ")}).`);
  }
  const types = [...inputs.numericalColumns.map((c) => [c, "num"]), ...inputs.categoricalColumns.map((c) => [c, "cat"])];
  return { reference: reference.path, current: current.path, columns, target, types, exactLimit: inputs.exactLimit, unmatched };
}
function describeUnmatched(u) {
  return [u.reference.length ? `only in the reference: ${u.reference.join(", ")}` : "", u.current.length ? `only in the current data: ${u.current.join(", ")}` : ""].filter(Boolean).join("; ");
}
function checkChoices(perColumn, columns) {
  for (const c of perColumn.keys()) {
    if (!columns.includes(c)) throw new ConfigurationError("input `column-methods`", c, `is not one of the columns compared (${columns.join(", ")}).`);
  }
}
function parseMethod(value, input) {
  if (!METHODS.includes(value)) throw new ConfigurationError(input, value, `is not a drift test. Use one of: ${METHODS.join(", ")}.`);
  return value;
}
function parseThreshold(value, input) {
  const n = Number(value);
  if (!value || !Number.isFinite(n) || n < 0) throw new ConfigurationError(input, value, "is not a threshold: give a number such as 0.05 (p-value tests) or 0.1 (distances).");
  return n;
}

// src/drift/predictions.ts
init_define_ACTION_META();
async function predictionColumns(ort, champion, candidate, table2, o) {
  const kinds = /* @__PURE__ */ new Map();
  const sides = /* @__PURE__ */ new Map([
    [champion, { rows: 0, columns: /* @__PURE__ */ new Map() }],
    [candidate, { rows: 0, columns: /* @__PURE__ */ new Map() }]
  ]);
  const plans = new Map(
    [champion, candidate].map((m) => [
      m,
      planFromSources(m.info, m.role, { ...o.features ? { features: o.features } : {}, contract: o.contract, label: o.label, columns: table2.columns, path: table2.path })
    ])
  );
  const options = { modes: /* @__PURE__ */ new Map(), textDecides: false, keep: (_, n) => o.keep(n), shard: null };
  for await (const batch of table2.batches(SHARD_BLOCK, o.shard ? (first) => !inShard(first, o.shard) : void 0)) {
    for (const m of [champion, candidate]) {
      const p = plans.get(m) ?? [];
      const out = await predict(ort, m, p, toFeeds(p, batch, { nullable: /* @__PURE__ */ new Set(), what: table2.path }), batch.rows);
      const side = sides.get(m);
      side.rows += batch.rows;
      const add = (name, kind, cells) => {
        kinds.set(name, kind);
        let column = side.columns.get(name);
        if (!column) side.columns.set(name, column = newColumn(kind));
        addCells(column, cells, options, name);
      };
      if (out.values) add("prediction", "num", Array.from(out.values));
      if (out.labels) add("predicted label", "cat", out.labels);
      if (out.proba && m.classes) {
        const k = m.classes.length;
        for (let j = 0; j < k; j++) add(`P(${m.classes[j]})`, "num", Array.from({ length: batch.rows }, (_, i) => out.proba?.[i * k + j]));
      }
    }
  }
  return { kinds, champion: sides.get(champion), candidate: sides.get(candidate) };
}

// src/drift/plots.ts
init_define_ACTION_META();
var short = (v) => v === 0 ? "0" : Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3 ? v.toExponential(1) : String(Number(v.toPrecision(3)));
function distribution(kind, ref, cur, bins, categoryText = String) {
  if (kind === "cat") {
    const top = [.../* @__PURE__ */ new Set([...ref.counts.keys(), ...cur.counts.keys()])].sort((x, y) => (ref.counts.get(y) ?? 0) - (ref.counts.get(x) ?? 0) || (cur.counts.get(y) ?? 0) - (cur.counts.get(x) ?? 0));
    const shown = top.length > bins ? top.slice(0, bins - 1) : top;
    const shares2 = (c) => {
      const out = shown.map((k) => (c.counts.get(k) ?? 0) / c.count);
      if (shown.length < top.length) out.push(1 - out.reduce((a, b) => a + b, 0));
      return out;
    };
    return { labels: [...shown.map(categoryText), ...shown.length < top.length ? ["other"] : []], ref: shares2(ref), cur: shares2(cur) };
  }
  const [lo, hi] = range(ref, cur);
  const binOf = (v) => hi === lo ? 0 : Math.min(bins - 1, Math.floor((v - lo) / (hi - lo) * bins));
  const shares = (c) => {
    const out = new Array(bins).fill(0);
    if (c.sketch) {
      const s = c.sketch;
      s.counts.forEach((n, i) => n && (out[binOf(Math.min(hi, Math.max(lo, (s.start + i + 0.5) * s.w)))] += n / s.count));
    } else for (const v of c.numbers) out[binOf(v)] += 1 / c.numbers.length;
    return out;
  };
  const width = (hi - lo) / bins;
  return { labels: Array.from({ length: bins }, (_, i) => short(lo + (i + 0.5) * width)), ref: shares(ref), cur: shares(cur) };
}
function range(ref, cur) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of [ref, cur]) {
    if (c.sketch) [lo, hi] = [Math.min(lo, c.sketch.lo), Math.max(hi, c.sketch.hi)];
    else for (const v of c.numbers) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  }
  return [lo, hi];
}
var quote = (s) => `"${s.replace(/["\\\n\r]/g, "'").slice(0, 24)}"`;
var percent = (v) => Number((v * 100).toFixed(2));
function mermaidChart(title, d) {
  const max = Math.max(...d.ref, ...d.cur, 1e-4) * 100;
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${quote(title)}`,
    `  x-axis [${d.labels.map(quote).join(", ")}]`,
    `  y-axis "% of rows" 0 --> ${Math.ceil(max)}`,
    `  bar [${d.ref.map(percent).join(", ")}]`,
    `  line [${d.cur.map(percent).join(", ")}]`,
    "```"
  ].join("\n");
}
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function svgChart(title, d) {
  const [W, H, left, top, bottom] = [640, 300, 60, 36, 56];
  const plotW = W - left - 16;
  const plotH = H - top - bottom;
  const max = Math.max(...d.ref, ...d.cur, 1e-4);
  const slot = plotW / d.labels.length;
  const bar = Math.max(1, slot * 0.4);
  const y = (v) => top + plotH - v / max * plotH;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<title>${esc(title)}: reference vs current</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${esc(title)}</text>`,
    `<rect x="${W - 190}" y="10" width="10" height="10" fill="#7f8c9b"/><text x="${W - 176}" y="19">reference</text>`,
    `<rect x="${W - 106}" y="10" width="10" height="10" fill="#e8590c"/><text x="${W - 92}" y="19">current</text>`,
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#333"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${percent(max)}%</text>`,
    `<text x="${left - 6}" y="${top + plotH}" text-anchor="end">0</text>`
  ];
  d.labels.forEach((label, i) => {
    const x = left + i * slot + (slot - 2 * bar) / 2;
    const r = d.ref[i];
    const c = d.cur[i];
    out.push(`<rect x="${x.toFixed(1)}" y="${y(r).toFixed(1)}" width="${bar.toFixed(1)}" height="${(top + plotH - y(r)).toFixed(1)}" fill="#7f8c9b"><title>reference ${percent(r)}%</title></rect>`);
    out.push(`<rect x="${(x + bar).toFixed(1)}" y="${y(c).toFixed(1)}" width="${bar.toFixed(1)}" height="${(top + plotH - y(c)).toFixed(1)}" fill="#e8590c"><title>current ${percent(c)}%</title></rect>`);
    const lx = left + (i + 0.5) * slot;
    out.push(`<text x="${lx.toFixed(1)}" y="${top + plotH + 14}" text-anchor="end" transform="rotate(-35 ${lx.toFixed(1)} ${top + plotH + 14})">${esc(label.slice(0, 16))}</text>`);
  });
  out.push("</svg>");
  return out.join("\n") + "\n";
}

// src/drift/report.ts
init_define_ACTION_META();
var BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var code = (s) => `\`${s.replace(/`/g, "'")}\``;
function bars(shares, max) {
  return shares.map((s) => s === 0 ? " " : BARS[Math.min(7, Math.floor(s / max * 7.999))]).join("");
}
function sparklines(kind, ref, cur) {
  const d = distribution(kind, ref, cur, 8);
  const max = Math.max(...d.ref, ...d.cur, 1e-12);
  return [bars(d.ref, max), bars(d.cur, max)];
}
var num = (v) => v === null ? "\u2014" : v === 0 ? "0" : Math.abs(v) < 1e-4 ? v.toExponential(2) : v.toFixed(4);
function verdict(r) {
  const share = `${r.drifted} of ${r.tested} column${r.tested === 1 ? "" : "s"} drifted (${(r.share * 100).toFixed(1)}%, threshold ${(r.driftShare * 100).toFixed(0)}%)`;
  return r.datasetDrift ? `### \u274C check-drift: the data has drifted \u2014 ${share}` : `### \u2705 check-drift: no dataset drift \u2014 ${share}`;
}
function table(columns, ref, cur, heading) {
  const lines = [`| ${heading} | Type | Test | Score | Threshold | Drift | Reference \u2192 current |`, "|---|---|---|---:|---:|---|---|"];
  for (const c of columns.filter((x) => !x.skipped).sort((x, y) => Number(y.drifted) - Number(x.drifted))) {
    const [a, b] = sparklines(c.kind, ref.columns.get(c.column), cur.columns.get(c.column));
    const test = `${c.method}${c.scoreKind === "p_value" ? " (p-value)" : ""}`;
    const scoreText = `${num(c.score)}${c.bound ? ` \xB1 ${num(c.bound)}` : ""}`;
    const verdictText = `${c.drifted ? "\u274C drifted" : "\u2705"}${c.uncertain ? " (within the bound of the threshold)" : ""}`;
    lines.push(`| ${code(c.column)} | ${c.kind === "num" ? "numerical" : "categorical"} | ${test} | ${scoreText} | ${num(c.threshold)} | ${verdictText} | \`${a}\` \u2192 \`${b}\` |`);
  }
  const skipped = columns.filter((c) => c.skipped);
  if (skipped.length) lines.push("", `**Not tested** (${skipped.length}):`, "", ...skipped.map((c) => `- ${code(c.column)}: ${c.skipped}`));
  return lines;
}
var MAX_CHARTS = 12;
function driftedCharts(r, ref, cur, extras) {
  const charts = [];
  const add = (c, a, b, title) => {
    if (c.drifted) charts.push({ title, column: c.column, distribution: distribution(c.kind, a.columns.get(c.column), b.columns.get(c.column), 20, extras.categoryText) });
  };
  for (const c of r.columns) add(c, ref, cur, c.column);
  if (extras.target) add(extras.target, ref, cur, `${extras.target.column} (target)`);
  if (extras.prediction && extras.predictions) for (const c of extras.prediction.columns) add(c, extras.predictions.champion, extras.predictions.candidate, `${c.column} (champion \u2192 candidate)`);
  return charts;
}
function driftMarkdown(r, ref, cur, extras) {
  const lines = [verdict(r), "", `Reference ${code(ref.path)} (${ref.rows} rows) vs current ${code(cur.path)} (${cur.rows} rows).`, ""];
  lines.push(...table(r.columns, ref, cur, "Column"), "");
  if (extras.target) lines.push(`**Target drift**: ${code(extras.target.column)}`, "", ...table([extras.target], ref, cur, "Target"), "");
  if (extras.prediction && extras.predictions) {
    lines.push(
      `**Prediction drift** (champion \u2192 candidate on the current rows): ${extras.predictionDrifted ? "\u274C the candidate's predictions drifted" : "\u2705 no drift in the predicted labels or values"}`,
      "",
      ...table(extras.prediction.columns, extras.predictions.champion, extras.predictions.candidate, "Output"),
      ""
    );
  }
  const charts = driftedCharts(r, ref, cur, extras);
  if (charts.length) {
    lines.push(`**Distributions of what drifted** (bars: reference, line: current; % of each side's values${charts.length > MAX_CHARTS ? `; the first ${MAX_CHARTS} of ${charts.length}, all of them as SVG files in the report folder` : ""}):`, "");
    for (const c of charts.slice(0, MAX_CHARTS)) lines.push(mermaidChart(c.title, c.distribution), "");
  }
  return lines.join("\n");
}

// src/drift/check-drift.ts
async function checkDrift(config) {
  const { log, cwd } = config;
  const choices = parseChoices(config.method, config.threshold, config.columnMethods);
  const shard = parseShard(config.shard);
  if (shard && config.merge.length) throw new ConfigurationError("input `merge`", config.merge.join(", "), "cannot be given with `shard`: shard jobs read, one last job merges. Leave `shard` empty in the merging job.");
  if (config.merge.length) {
    const merged = await log.group("Merge the shards", () => mergeDriftPartials(matchFiles(config.merge, cwd)));
    log.info(`Merged ${merged.shards} shards: ${merged.reference.rows} reference and ${merged.current.rows} current rows.`);
    checkChoices(choices.perColumn, merged.plan.columns);
    return await report(config, merged.plan, choices, merged.reference, merged.current, merged.predictions, null);
  }
  for (const [name, value] of [["reference", config.reference], ["current", config.current]]) {
    if (!value.trim()) throw new ConfigurationError(`input \`${name}\``, "", `is empty. Give the ${name} dataset: a CSV, JSON Lines or Parquet file.`);
  }
  const reference = await openTable(resolve(cwd, config.reference), { format: config.dataFormat, input: "reference" });
  const current = await openTable(resolve(cwd, config.current), { format: config.dataFormat, input: "current" });
  try {
    const plan = planColumns(config, reference, current);
    checkChoices(choices.perColumn, plan.columns);
    if (Boolean(config.candidate.trim()) !== Boolean(config.champion.trim())) {
      throw new ConfigurationError(`input \`${config.candidate.trim() ? "champion" : "candidate"}\``, "", "is empty: prediction drift compares the champion and the candidate on the current data, so give both models, or neither.");
    }
    const types = new Map(plan.types);
    const tested = [...plan.columns, ...plan.target ? [plan.target] : []];
    const limit = plan.exactLimit;
    const part = shard ? ` (shard ${shard.index}/${shard.count})` : "";
    const ref = await log.group(
      `Read the reference${part}`,
      () => readSide(reference, { modes: new Map(tested.map((c) => [c, types.get(c) ?? "unknown"])), textDecides: true, keep: (_, n) => n <= Math.max(limit, 1e3), shard })
    );
    const refCount = (c) => ref.columns.get(c)?.count ?? 0;
    const settled = (c) => types.get(c) ?? (ref.columns.get(c)?.text ? "cat" : shard ? "unknown" : "num");
    const cur = await log.group(
      `Read the current data${part}`,
      () => readSide(current, { modes: new Map(tested.map((c) => [c, settled(c)])), textDecides: false, keep: (c, n) => refCount(c) <= 1e3 || refCount(c) + n <= limit, shard })
    );
    const predictions = config.candidate.trim() ? await log.group(`Run the champion and the candidate on the current data${part}`, () => runModels(config, current, shard, limit)) : null;
    if (shard) {
      const models = config.candidate.trim() ? { champion: await sha256File(resolve(cwd, config.champion.trim())), candidate: await sha256File(resolve(cwd, config.candidate.trim())) } : null;
      const file = join(config.reportDir, `partial-${shard.index}-of-${shard.count}.json`);
      writeFileAtomic(file, JSON.stringify(toDriftPartial(shard, plan, models, ref, cur, predictions)) + "\n");
      log.info(`Shard ${shard.index}/${shard.count}: ${ref.rows} reference and ${cur.rows} current rows read; partial result in ${file}.`);
      const summary = `### \u23F3 check-drift: shard ${shard.index}/${shard.count} read ${ref.rows} reference and ${cur.rows} current rows

The verdict comes from the job that merges every shard's \`partial\` (input \`merge\`).
`;
      return { kind: "partial", partial: file, summary };
    }
    return await report(config, plan, choices, ref, cur, predictions, { reference, current });
  } finally {
    await reference.close();
    await current.close();
  }
}
async function report(config, plan, choices, refSide, curSide, predictionSides, tables) {
  const { all, perColumn } = choices;
  const { log } = config;
  const categories = /* @__PURE__ */ new Map();
  const types = new Map(plan.types);
  const data = finish(refSide, curSide, { paths: [plan.reference, plan.current], types, exactLimit: plan.exactLimit, categories });
  const { ref, cur, kinds, mixed } = data;
  for (const [c, kind] of types) if (kind === "num" && mixed.has(c)) throw new ConfigurationError("input `numerical-columns`", c, "holds text in the data, so it cannot be numerical. Drop it from `numerical-columns`.");
  if (ref.rows === 0 || cur.rows === 0) throw new ConfigurationError(`input \`${ref.rows === 0 ? "reference" : "current"}\``, ref.rows === 0 ? plan.reference : plan.current, "has no data rows. Give a dataset with rows.");
  if (data.sketched.length) log.info(`${data.sketched.length} numerical column${data.sketched.length === 1 ? "" : "s"} over ${plan.exactLimit} values summarised in ${BINS}-bin histograms (Wasserstein within one bin width; everything else exact): ${data.sketched.join(", ")}`);
  if (tables) await countExactWhereNeeded(log, data, choices, tables);
  const texts = [...categories.keys()].map((k) => k.slice(2));
  const categoryText = (code2) => texts[code2] ?? "";
  const result = detectDrift(ref, cur, { columns: plan.columns, kinds, all, perColumn, driftShare: config.driftShare, mixed, categoryText });
  const targetResult = plan.target ? detectDrift(ref, cur, { columns: [plan.target], kinds, all, perColumn, driftShare: 1, mixed, categoryText }).columns[0] ?? null : null;
  let predictions = null;
  let prediction = null;
  if (predictionSides) {
    const p = finish(predictionSides.champion, predictionSides.candidate, { paths: [config.champion.trim(), config.candidate.trim()], types: predictionSides.kinds, exactLimit: plan.exactLimit, categories });
    predictions = { champion: p.ref, candidate: p.cur };
    prediction = detectDrift(p.ref, p.cur, { columns: [...predictionSides.kinds.keys()], kinds: p.kinds, all: {}, perColumn: /* @__PURE__ */ new Map(), driftShare: 1, mixed: /* @__PURE__ */ new Set(), categoryText });
  }
  const predictionDrifted = prediction ? prediction.columns.some((c) => (c.column === "predicted label" || c.column === "prediction") && c.drifted) : false;
  const extras = { target: targetResult, prediction, predictionDrifted, categoryText, ...predictions ? { predictions } : {} };
  const untested = describeUnmatched(plan.unmatched);
  const md = driftMarkdown(result, ref, cur, extras) + (untested ? `

\u26A0\uFE0F Not tested (\`missing-columns: ignore\`): ${untested}.
` : "");
  const dir = config.reportDir;
  const reportPath = join(dir, "report.json");
  const plots = {};
  for (const chart of driftedCharts(result, ref, cur, extras)) {
    const file = `plots/${String(Object.keys(plots).length + 1).padStart(3, "0")}-${chart.title.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60)}.svg`;
    writeFileAtomic(join(dir, file), svgChart(chart.title, chart.distribution));
    plots[chart.title] = file;
  }
  writeFileAtomic(reportPath, JSON.stringify({ reference: { path: ref.path, rows: ref.rows }, current: { path: cur.path, rows: cur.rows }, ...result, untested: plan.unmatched, target: targetResult, prediction: prediction ? { ...prediction, drifted: predictionDrifted, driftedColumns: prediction.drifted } : null, plots }, null, 2) + "\n");
  writeFileAtomic(join(dir, "report.md"), md);
  const driftedColumns = result.columns.filter((c) => c.drifted).map((c) => c.column);
  const level = config.failOnDrift ? "error" : "warning";
  return {
    kind: "report",
    markdown: md,
    report: reportPath,
    drifted: result.datasetDrift,
    share: result.share,
    driftedColumns,
    targetDrifted: targetResult ? targetResult.drifted : null,
    predictionDrifted: prediction ? predictionDrifted : null,
    untested,
    annotations: {
      untested: untested ? { level: "warning", message: `columns not tested, since one dataset lacks them: ${untested}` } : null,
      drift: result.datasetDrift ? { level, message: `the data has drifted: ${result.drifted} of ${result.tested} columns (${(result.share * 100).toFixed(1)}%, at least ${config.driftShare * 100}% counts): ${driftedColumns.join(", ")}` } : null,
      prediction: predictionDrifted ? { level, message: "the candidate's predictions drifted from the champion's on the current data" } : null
    },
    failed: (result.datasetDrift || predictionDrifted) && config.failOnDrift
  };
}
async function countExactWhereNeeded(log, data, choices, tables) {
  const wants = /* @__PURE__ */ new Map();
  for (const name of data.sketched) {
    const method = choices.perColumn.get(name)?.method ?? choices.all.method;
    const r = data.ref.columns.get(name);
    const c = data.cur.columns.get(name);
    const need = method ? exactNeed(method, { kind: "num", ref: r, cur: c, categoryText: () => "" }) : null;
    if (!need || !r.sketch || !c.sketch) continue;
    wants.set(name, need === "values" ? "values" : sturgesEdgesOf(Math.min(r.sketch.lo, c.sketch.lo), Math.max(r.sketch.hi, c.sketch.hi), r.count + c.count, r.integer && c.integer));
  }
  if (!wants.size) return;
  await log.group(`Count ${wants.size} summarised column${wants.size === 1 ? "" : "s"} exactly for the tests chosen`, async () => {
    for (const [table2, dataset] of [[tables.reference, data.ref], [tables.current, data.cur]]) {
      for (const [name, counts] of await countExact(table2, wants)) {
        const column = dataset.columns.get(name);
        if (counts instanceof Map) column.sketch.distinct = counts;
        else column.sturges = counts;
      }
    }
  });
}
async function runModels(config, current, shard, exactLimit) {
  const runtime = await loadOnnxRuntime(config.ort);
  const contract = await readContractFile(config.contract.trim(), config.cwd, false, ALL_METRICS);
  const load = async (role) => loadModel(runtime.ort, await readModelFile(role, role, resolve(config.cwd, config[role].trim())), contract?.task, contract?.labels);
  const champion = await load("champion");
  const candidate = await load("candidate");
  try {
    return await predictionColumns(runtime.ort, champion, candidate, current, { features: config.features, contract, label: config.targetColumn.trim() || contract?.label || "", shard, keep: (n) => n <= Math.max(Math.floor(exactLimit / 2), 1e3) });
  } finally {
    await champion.session.release().catch(() => void 0);
    await candidate.session.release().catch(() => void 0);
  }
}

// src/actions/check-drift.ts
var spec = {
  reference: string(),
  current: string(),
  "data-format": oneOf(["auto", "csv", "jsonl", "parquet"]),
  columns: list(),
  "ignore-columns": list(),
  "missing-columns": oneOf(["fail", "ignore"]),
  "numerical-columns": list(),
  "categorical-columns": list(),
  method: string(),
  threshold: string(),
  "column-methods": list(),
  "drift-share": number({ min: 0, max: 1 }),
  "exact-limit": number({ min: 2, integer: true }),
  "fail-on-drift": bool(),
  "report-dir": output("folder"),
  "target-column": string(),
  candidate: string(),
  champion: string(),
  features: list(),
  contract: string(),
  "onnxruntime-path": string(),
  shard: string(),
  merge: list()
};
async function main(io) {
  const inputs = readInputs("check-drift", spec, io);
  const r = await checkDrift({
    reference: inputs.reference,
    current: inputs.current,
    dataFormat: inputs.dataFormat,
    columns: inputs.columns,
    ignoreColumns: inputs.ignoreColumns,
    missingColumns: inputs.missingColumns,
    numericalColumns: inputs.numericalColumns,
    categoricalColumns: inputs.categoricalColumns,
    targetColumn: inputs.targetColumn,
    method: inputs.method,
    threshold: inputs.threshold,
    columnMethods: inputs.columnMethods,
    driftShare: inputs.driftShare,
    exactLimit: inputs.exactLimit,
    failOnDrift: inputs.failOnDrift,
    candidate: inputs.candidate,
    champion: inputs.champion,
    features: inputs.features,
    contract: inputs.contract,
    shard: inputs.shard,
    merge: inputs.merge,
    ...modelStep(io, "check-drift", inputs.reportDir, inputs.onnxruntimePath)
  });
  if (r.kind === "partial") {
    io.setOutput("partial", r.partial);
    io.summary(r.summary);
    return 0;
  }
  const annotate = (a) => a && io.annotate(a.level, a.message, { title: "check-drift" });
  annotate(r.annotations.untested);
  io.info(r.markdown.replace(/^#+\s*/, ""));
  annotate(r.annotations.drift);
  io.setOutput("drifted", String(r.drifted));
  io.setOutput("drift-share", String(r.share));
  io.setOutput("drifted-columns", JSON.stringify(r.driftedColumns));
  annotate(r.annotations.prediction);
  io.setOutput("report", r.report);
  io.setOutput("target-drifted", r.targetDrifted === null ? "" : String(r.targetDrifted));
  io.setOutput("prediction-drifted", r.predictionDrifted === null ? "" : String(r.predictionDrifted));
  io.summary(r.markdown);
  return r.failed ? 1 : 0;
}
export {
  main,
  spec
};
