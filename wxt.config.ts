import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { ADAPTERS } from './lib/platforms/registry';
import { loaderScriptFile, profileScriptFile } from './lib/content/profile-loader';

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
    // webNavigation and scripting, on the sites' own hosts: the worker injects the profile script when an in-page
    // navigation lands on a profile (lib/background/profile-injection.ts). Same hosts as the content scripts, and
    // webNavigation's warning ("read your browsing history") is the one tabs already gives: no new install prompt.
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      'tabs',
      'webNavigation',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: ADAPTERS.flatMap((adapter) => adapter.matches),
    // Each site's loader (entrypoints/<site>-loader.ts, an unlisted script) on every page of the site. Listed here
    // rather than as WXT content scripts, whose wrapper is async (see the loader). They use the browser's native
    // promise API, not webextension-polyfill, so the polyfill is not shipped into every page (lib/content/extension-api.ts).
    content_scripts: ADAPTERS.map((adapter) => ({
      matches: [...adapter.matches],
      js: [loaderScriptFile(adapter.id)],
      run_at: 'document_idle',
    })),
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
