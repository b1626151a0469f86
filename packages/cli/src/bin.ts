#!/usr/bin/env node
import { runCli } from './run-cli';

// Exits once the output is flushed, even if a driver left a socket or timer open.
void runCli(process.argv.slice(2)).then((code) => {
  process.stdout.write('', () => process.exit(code));
});
