// Group B of the hadolint DL rules, in code order.
import type { Rule } from '../../rule.js';
import { DL3018 } from './DL3018.js';
import { DL3019 } from './DL3019.js';
import { DL3020 } from './DL3020.js';
import { DL3021 } from './DL3021.js';
import { DL3022 } from './DL3022.js';
import { DL3023 } from './DL3023.js';
import { DL3024 } from './DL3024.js';
import { DL3025 } from './DL3025.js';
import { DL3026 } from './DL3026.js';
import { DL3027 } from './DL3027.js';
import { DL3028 } from './DL3028.js';
import { DL3029 } from './DL3029.js';
import { DL3030 } from './DL3030.js';
import { DL3032 } from './DL3032.js';
import { DL3033 } from './DL3033.js';
import { DL3034 } from './DL3034.js';
import { DL3035 } from './DL3035.js';

export const groupB: Rule[] = [
  DL3018,
  DL3019,
  DL3020,
  DL3021,
  DL3022,
  DL3023,
  DL3024,
  DL3025,
  DL3026,
  DL3027,
  DL3028,
  DL3029,
  DL3030,
  DL3032,
  DL3033,
  DL3034,
  DL3035,
];
