import { defineConfig } from 'wxt';

/**
 * Hosts the e2e build may read without a click: the local test server only. Production builds
 * ask for no host at install; sites are added at runtime from the options page or the popup.
 */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Build modes for tests only. `e2e`: host access to the local test server, where pages are
 * annotated on load. `bench`: the same host access, but pages are annotated only when the
 * benchmark "presses the button" (injects the content script as the toolbar button does), so the
 * browser benchmark can time that way of activating too.
 */
const TEST_MODES = ['e2e', 'bench'];

/**
 * The extension pages' content security policy, stricter than the browsers' default: scripts only
 * from the extension itself, no plugins, no <base>, no form posts, never framed, and no inline
 * styles (Preact sets styles through the CSSOM; the report's sheet is a constructed style sheet).
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  // Extension pages run in browsers that support <link rel="modulepreload">: Vite's polyfill for
  // it (which re-fetches the chunks with fetch()) is not needed, and leaving it out keeps every
  // network API out of the bundles (tests/e2e/hardening.spec.ts checks).
  vite: () => ({ build: { modulePreload: { polyfill: false } } }),
  // The sources zip (for add-on review) holds the code, not test output or reports.
  zip: {
    excludeSources: ['reports/**', 'test-results/**', 'playwright-report/**', 'assets/screenshots/**', '.eval/**'],
  },
  // Firefox ships MV3 too: `scripting`, `optional_host_permissions` and `action` then work the
  // same in both browsers, so one code path serves both (MV2 would drop optional host permissions).
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    // Name, description, the button's title and the shortcuts' descriptions come from
    // public/_locales (English by default, Ukrainian where the browser speaks it).
    name: '__MSG_name__',
    description: '__MSG_description__',
    default_locale: 'en',
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for only when the user turns on "annotate automatically" for a site (or all sites).
    optional_host_permissions: ['*://*/*'],
    host_permissions: TEST_MODES.includes(mode) ? E2E_HOSTS : undefined,
    // The e2e build annotates local test pages on load, like a site the user opted into.
    content_scripts:
      mode === 'e2e'
        ? [{ matches: E2E_HOSTS, js: ['content-scripts/content.js'], run_at: 'document_idle' }]
        : undefined,
    // The button's title is the popup page's <title> (WXT takes it from entrypoints/popup/index.html).
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_command_execute_action__',
      },
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_command_toggle__',
      },
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_command_next__',
      },
      'previous-finding': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_command_previous__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'sourcelens@sourcelens.invalid',
              // The CSS Custom Highlight API arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
