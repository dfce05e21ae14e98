/**
 * Engine time against input size: `npm run bench:scaling [-- --max-mb 10]`
 *
 * Times analyzeArticle on texts from 10 KB to 10 MB of three shapes (news prose thick with
 * sourcing cues, one cue word repeated with no sentence end, and hostile punctuation) and fits
 * the slope of log(time) against log(size). A slope near 1 is linear; 2 would be quadratic.
 * Each size is timed against a plain /\w+/g pass over the same text, in the same run.
 */
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../engine/index.ts';

const { values } = parseArgs({ options: { 'max-mb': { type: 'string', default: '10' } } });
const maxBytes = Number(values['max-mb']) * 1024 * 1024;

const PROSE = [
  'US officials said on Monday that the talks had stalled, according to three people familiar with the matter.',
  'The Financial Times reported that the warning was one of the strongest yet, as reported by European Pravda.',
  'The report said ministers were divided.',
  'Mayor Jane Doe said the city would appeal, but critics argue the ruling is final.',
  '“We are reviewing it,” a spokesperson for the ministry told Reuters.',
  'The company is reportedly considering a sale, and its chief executive is said to favour a buyer in Asia.',
  'Analysts at the bank expect growth to slow; the figures were published by the Commerce Department.',
].join(' ');
const SHAPES: Record<string, string> = {
  prose: PROSE + '\n\n',
  'repeated cue words': 'officials said according to sources reportedly ',
  'hostile punctuation': '“ " Mr. U.S. … ?! (AP) — ” told CNN, Fox News and ',
};

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

function time(fn: () => void, rounds: number): number {
  const ts: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    fn();
    ts.push(performance.now() - t);
  }
  return ts.sort((a, b) => a - b)[ts.length >> 1];
}

// Warm up the engine so compile time does not count against the smallest size.
analyzeArticle({ title: 'Warm', body: PROSE, publisher: 'Example Gazette' });

const sizes: number[] = [];
for (let b = 10 * 1024; b <= maxBytes; b *= Math.sqrt(10)) sizes.push(Math.round(b));
console.log(`Engine time against input size (median of runs; ratio = engine / one /\\w+/g pass over the same text)\n`);
for (const [shape, unit] of Object.entries(SHAPES)) {
  console.log(shape);
  const points: [number, number][] = [];
  for (const bytes of sizes) {
    const body = fill(unit, bytes);
    const rounds = bytes < 200_000 ? 5 : bytes < 2_000_000 ? 3 : 1;
    const engine = time(() => analyzeArticle({ title: 'Headline', body, publisher: 'Example Gazette' }), rounds);
    const base = time(() => {
      const re = /\w+/g;
      while (re.exec(body));
    }, rounds);
    points.push([body.length, engine]);
    console.log(`  ${(body.length / 1024).toFixed(0).padStart(8)} KB  ${engine.toFixed(1).padStart(9)} ms   ratio ${(engine / base).toFixed(1).padStart(5)}x`);
  }
  console.log(`  slope of log(time) vs log(size): ${slope(points.filter(([n]) => n >= 100 * 1024)).toFixed(2)} (1 = linear)\n`);
}

/** Least-squares slope of log(y) against log(x). */
function slope(points: [number, number][]): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(Math.max(y, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}
