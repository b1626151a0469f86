export { EXIT_CODES, type ExitCode } from './exit-codes';
export type { Io } from './output';
export { runCli } from './run-cli';
