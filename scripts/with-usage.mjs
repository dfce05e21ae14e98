// Runs a node script (argv[2]) with the remaining arguments and prints this process's peak
// memory on exit, for scripts/bench-cli.ts. `--version-only` measures plain start-up.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

process.on('exit', () => process.stderr.write(`max-rss-kb=${process.resourceUsage().maxRSS}\n`));
const [script, ...rest] = process.argv.slice(2);
if (script !== '--version-only') {
  process.argv = [process.argv[0], resolve(script), ...rest];
  await import(pathToFileURL(resolve(script)).href);
}
