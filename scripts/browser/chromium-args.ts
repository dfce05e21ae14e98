/**
 * Chromium's flags for every run with the extension (benchmarks, the corpus run and the e2e
 * tests): `build` loaded as the only extension (none without it), and no background services
 * that would make requests or work of their own during a measurement.
 */
export function chromiumArgs(build?: string): string[] {
  return [
    ...(build ? [`--disable-extensions-except=${build}`, `--load-extension=${build}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
