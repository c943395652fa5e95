#!/usr/bin/env node
/** Entry point of the `standpoint` command (see cli.ts). */
import { main } from './cli';

// An interrupted batch (130) exits now: standard input may still be open, and its lines are not wanted.
main(process.argv.slice(2)).then((code) => { if (code === 130) process.exit(code); process.exitCode = code; });
