// Typechecks and emits the TypeScript project in the current directory (its tsconfig.json) in one
// program, and prints every diagnostic as JSON. `tsc` would report only the syntax errors while any
// file has one, hiding the type errors of every other block; asking for each file's syntactic and
// semantic diagnostics separately keeps one broken README block from masking the rest.
// Started by compile-blocks.ts with this repository's TypeScript: node typecheck-and-emit.mjs <typescript-dir>.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const ts = createRequire(import.meta.url)(process.argv[2]);

const configPath = resolve('tsconfig.json');
const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, configFileParsingDiagnostics: config.errors });

const diagnostics = [...config.errors, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
for (const file of program.getSourceFiles()) {
  if (!config.fileNames.includes(file.fileName)) continue;
  const syntactic = program.getSyntacticDiagnostics(file);
  diagnostics.push(...syntactic, ...(syntactic.length > 0 ? [] : program.getSemanticDiagnostics(file)));
}
program.emit();

const report = diagnostics.map((diagnostic) => {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  if (diagnostic.file === undefined || diagnostic.start === undefined) return { code: diagnostic.code, message };
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return { file: diagnostic.file.fileName, line: line + 1, column: character + 1, code: diagnostic.code, message };
});
console.log(JSON.stringify(report));
