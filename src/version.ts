/**
 * Versions written into every report. `STANDPOINT_VERSION` is read from package.json when the
 * package is built (esbuild inlines the one field), so ESM, CJS and edge bundles agree with the
 * published version. `SCHEMA_VERSION` is the version of the report's shape (`schema.json`):
 * minor for added fields, major for anything that could break a reader.
 */
import { version } from '../package.json';

/** Version of the report shape, as in `standpoint/schema.json`. */
export const SCHEMA_VERSION = '1.0.0';

/** Version of the standpoint package that wrote a report. */
export const STANDPOINT_VERSION: string = version;
