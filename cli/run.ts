/** Entry point: wires `main` to the real process. */
import { main } from './main.ts';

const code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  stdoutTty: !!process.stdout.isTTY,
  stderrTty: !!process.stderr.isTTY,
  env: process.env,
});
process.exitCode = code;
