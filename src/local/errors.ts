// This file is the one error local mode shows as it is: a Russian message about bad input (missing
// file, not an xlsx, unknown preset, bad CSV line) that the CLI prints before exiting with `exitCode`
// (1 for bad input, 2 for a malformed command line).
export class LocalError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'LocalError';
  }
}
