// Group D of hadolint's DL rules: labels (DL3049-DL3058), stage names, secrets in ARG/ENV,
// platform, USER ids, whole-filesystem copies, and the DL4xxx rules.
import type { Rule } from '../../rule.js';
import { DL3049 } from './DL3049.js';
import { DL3050 } from './DL3050.js';
import { DL3051 } from './DL3051.js';
import { DL3052 } from './DL3052.js';
import { DL3053 } from './DL3053.js';
import { DL3054 } from './DL3054.js';
import { DL3055 } from './DL3055.js';
import { DL3056 } from './DL3056.js';
import { DL3057 } from './DL3057.js';
import { DL3058 } from './DL3058.js';
import { DL3063 } from './DL3063.js';
import { DL3064 } from './DL3064.js';
import { DL3065 } from './DL3065.js';
import { DL3066 } from './DL3066.js';
import { DL3067 } from './DL3067.js';
import { DL4000 } from './DL4000.js';
import { DL4001 } from './DL4001.js';
import { DL4003 } from './DL4003.js';
import { DL4004 } from './DL4004.js';
import { DL4005 } from './DL4005.js';
import { DL4006 } from './DL4006.js';

export const groupD: Rule[] = [
  DL3049,
  DL3050,
  DL3051,
  DL3052,
  DL3053,
  DL3054,
  DL3055,
  DL3056,
  DL3057,
  DL3058,
  DL3063,
  DL3064,
  DL3065,
  DL3066,
  DL3067,
  DL4000,
  DL4001,
  DL4003,
  DL4004,
  DL4005,
  DL4006,
];
