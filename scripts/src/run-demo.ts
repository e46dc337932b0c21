/** `pnpm demo` (see demo.ts). */
import { demo } from './demo.js';

process.exitCode = await demo((text) => process.stdout.write(text));
