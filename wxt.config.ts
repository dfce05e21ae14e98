import { defineConfig } from 'wxt';

/**
 * Hosts the e2e build may read without a click: the local test server only. Production builds
 * ask for no host at install; sites are added at runtime from the options page or the popup.
 */
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  // The sources zip (for add-on review) holds the code, not test output or reports.
  zip: {
    excludeSources: ['reports/**', 'test-results/**', 'playwright-report/**', 'assets/screenshots/**', '.eval/**'],
  },
  // Firefox ships MV3 too: `scripting`, `optional_host_permissions` and `action` then work the
  // same in both browsers, so one code path serves both (MV2 would drop optional host permissions).
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: 'SourceLens',
    description:
      "Shows where a news story's information comes from: anonymous sources, secondhand reporting and hedges.",
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for only when the user turns on "annotate automatically" for a site (or all sites).
    optional_host_permissions: ['*://*/*'],
    host_permissions: mode === 'e2e' ? E2E_HOSTS : undefined,
    // The e2e build annotates local test pages on load, like a site the user opted into.
    content_scripts:
      mode === 'e2e'
        ? [{ matches: E2E_HOSTS, js: ['content-scripts/content.js'], run_at: 'document_idle' }]
        : undefined,
    action: { default_title: 'SourceLens: show where this story comes from' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open SourceLens and annotate this page',
      },
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Annotate this page, or switch annotations off',
      },
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next highlighted phrase',
      },
      'previous-finding': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous highlighted phrase',
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
