// This file is where the CLI writes: results to `out` (stdout, so they can be piped), progress and
// messages to `err` (stderr). Tests pass their own Io and read both.
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};
