/**
 * Build-time shim, injected only into the CommonJS build (tsup.config.ts): there `import.meta.url`
 * does not exist, so the worker's location comes from `__filename`.
 */
import { pathToFileURL } from 'node:url';

export const importMetaUrl = pathToFileURL(__filename).href;
