import type { Rule } from '../../rule.js';
import { DL1001 } from './DL1001.js';
import { DL3000 } from './DL3000.js';
import { DL3001 } from './DL3001.js';
import { DL3002 } from './DL3002.js';
import { DL3003 } from './DL3003.js';
import { DL3004 } from './DL3004.js';
import { DL3006 } from './DL3006.js';
import { DL3007 } from './DL3007.js';
import { DL3008 } from './DL3008.js';
import { DL3009 } from './DL3009.js';
import { DL3010 } from './DL3010.js';
import { DL3011 } from './DL3011.js';
import { DL3012 } from './DL3012.js';
import { DL3013 } from './DL3013.js';
import { DL3014 } from './DL3014.js';
import { DL3015 } from './DL3015.js';
import { DL3016 } from './DL3016.js';

export const groupA: Rule[] = [
  DL1001,
  DL3000,
  DL3001,
  DL3002,
  DL3003,
  DL3004,
  DL3006,
  DL3007,
  DL3008,
  DL3009,
  DL3010,
  DL3011,
  DL3012,
  DL3013,
  DL3014,
  DL3015,
  DL3016,
];
