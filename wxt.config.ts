import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: 'SourceLens',
    description: 'Shows where a news story\'s information comes from: anonymous sources, secondhand reporting and hedges.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
