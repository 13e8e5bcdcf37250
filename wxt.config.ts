import { defineConfig } from 'wxt';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { ADAPTERS } from './lib/platforms/registry';
import { profileScriptFile } from './lib/content/profile-loader';

const EXTENSION_PAGE_POLICY = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self' https: wss: http://localhost:* http://127.0.0.1:* ws://localhost:* ws://127.0.0.1:*",
].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  // lib/ is not auto-imported; explicit imports keep boundaries greppable ("only lib/db imports idb").
  imports: false,
  // Parallel work (and the benchmark) can build into separate folders: RAPPORT_OUT_DIR=.output-x npm run build
  outDir: process.env.RAPPORT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Chrome refuses content scripts with some non-ASCII bytes; rolldown needs this to escape them.
  experimental: { escapeUnicode: true },
  vite: () => ({ plugins: [tailwindcss()] }),
  zip: { excludeSources: ['tests/e2e/.artifacts/**', '.rapport-profile/**', 'bench/**'] },
  hooks: {
    // Content scripts run on every page of busy sites: they use the browser's native promise API
    // (Chrome MV3 and Firefox both have it) rather than shipping webextension-polyfill into each page.
    // The polyfill module aliases `wxt/browser` for every build; undo that for content-script builds only.
    // They also get lib/content/content-script-context.ts as WXT's ContentScriptContext: the same
    // contract, but it reads the extension API only when needed, not on every page (see that file).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      viteConfig.resolve ??= {};
      const alias = (viteConfig.resolve.alias ??= {});
      if (Array.isArray(alias)) throw new Error('Expected an alias object in the content-script build config');
      delete (alias as Record<string, string>)['wxt/browser'];
      (alias as Record<string, string>)['wxt/utils/content-script-context'] = fileURLToPath(
        new URL('./lib/content/content-script-context.ts', import.meta.url),
      );
    },
    // entrypoints/bench (the benchmark's helper script) ships only in bench builds: RAPPORT_BENCH=1.
    'entrypoints:found': (_wxt, entrypoints) => {
      if (process.env.RAPPORT_BENCH === '1') return;
      const bench = entrypoints.findIndex((e) => e.name === 'bench');
      if (bench !== -1) entrypoints.splice(bench, 1);
    },
  },
  manifest: ({ browser, command }) => ({
    name: 'Rapport',
    description: 'A CRM for influencer relationships, on the profile pages where the work happens.',
    // Stricter than MV3's default: only the extension's own scripts, no plugins, no <base> or form posts. Connections
    // only over TLS, or to this computer: the one thing that connects is team sync (lib/team/client), to the team
    // server the person entered, so a token never travels in the clear. Solo, nothing connects (the e2e request log
    // proves it). Dev mode keeps WXT's own policy for its reload server.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGE_POLICY } } : {}),
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Rapport' },
    // The overlay page is framed into profile pages. use_dynamic_url gives it a per-session
    // random URL so pages cannot probe for the extension or frame it themselves.
    web_accessible_resources: [
      {
        resources: ['overlay.html'],
        matches: ['<all_urls>'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
      // Each site's content script imports its profile half on the first profile page (lib/content/profile-loader.ts).
      ...ADAPTERS.map((adapter) => ({
        resources: [profileScriptFile(adapter.id).slice(1)],
        matches: [...adapter.matches],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      })),
    ],
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the Rapport side panel',
      },
      'log-touch': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Log a touch with the creator in the current tab',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Rapport collects nothing: all data stays in the user's browser.
            gecko: { id: 'rapport@rapport.dev', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
