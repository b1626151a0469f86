import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';
import { EXIT_CODES } from './exit-codes';

/**
 * The whole text of a file, or of stdin for `-`, read as a stream (a pipe, a file or a terminal
 * alike: one synchronous read of fd 0 fails with EAGAIN on a non-blocking pipe). Bytes that are not
 * UTF-8 are refused, naming the line, rather than stored as U+FFFD.
 */
export async function readInput(file: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let bytes: Buffer;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      bytes = Buffer.concat(chunks);
    } else {
      bytes = await readFile(file);
    }
  } catch (error) {
    throw new CliError(whyUnreadable(file, error as NodeJS.ErrnoException), EXIT_CODES.usage, 'USAGE');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${file === '-' ? 'stdin' : file} is not UTF-8 text (line ${firstBadLine(bytes)}): convert it to UTF-8 first`,
      EXIT_CODES.usage,
      'BAD_ENCODING',
    );
  }
}

/** Why the input could not be read, in words rather than the system's code (`ENOENT`). */
function whyUnreadable(file: string, error: NodeJS.ErrnoException): string {
  const name = file === '-' ? 'stdin' : file;
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return `no file ${name}`;
    case 'EISDIR':
      return `${name} is a folder: give the file in it to import`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${name}: permission denied`;
    default:
      return `cannot read ${name}: ${error.code ?? error.message ?? String(error)}`;
  }
}

function firstBadLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let end = bytes.indexOf(10, start); ; end = bytes.indexOf(10, start)) {
    const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
    try {
      decoder.decode(slice);
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
    line++;
  }
}
