// Group C of the hadolint DL rules, in code order.
import type { Rule } from '../../rule.js';
import { DL3036 } from './DL3036.js';
import { DL3037 } from './DL3037.js';
import { DL3038 } from './DL3038.js';
import { DL3040 } from './DL3040.js';
import { DL3041 } from './DL3041.js';
import { DL3042 } from './DL3042.js';
import { DL3043 } from './DL3043.js';
import { DL3044 } from './DL3044.js';
import { DL3045 } from './DL3045.js';
import { DL3046 } from './DL3046.js';
import { DL3047 } from './DL3047.js';
import { DL3048 } from './DL3048.js';
import { DL3059 } from './DL3059.js';
import { DL3060 } from './DL3060.js';
import { DL3061 } from './DL3061.js';
import { DL3062 } from './DL3062.js';

export const groupC: Rule[] = [
  DL3036,
  DL3037,
  DL3038,
  DL3040,
  DL3041,
  DL3042,
  DL3043,
  DL3044,
  DL3045,
  DL3046,
  DL3047,
  DL3048,
  DL3059,
  DL3060,
  DL3061,
  DL3062,
];
