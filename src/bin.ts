#!/usr/bin/env node
/** Entry point of the `standpoint` command (see cli.ts). */
import { main } from './cli';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
