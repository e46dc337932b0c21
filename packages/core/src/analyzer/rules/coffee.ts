import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/** CoffeeScript run by `coffee`: Node's stack, with frames in the .coffee sources. From packages/fixtures/ecosystems/coffeescript. */
export const coffeeRules: Rule[] = [
  {
    // "    at Object.<anonymous> (/w/app.coffee:6:24)" under "TypeError: Cannot read properties of
    // undefined (reading 'port')": the error is the unindented line above the frames.
    id: 'coffee.frame',
    tool: 'coffee',
    anchors: ['.coffee:'],
    pattern: /^\s+at (?:.* \()?(\S+\.(?:lit)?coffee):(\d+):(\d+)\)?$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    lead: /^\w*(?:Error|Exception)\b/,
    facts: (m) => ({ tool: 'coffee', locations: [location(m[1], m[2], m[3])] }),
  },
];
