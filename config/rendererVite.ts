import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { contentSecurityPolicy } from '../src/shared/csp.ts';

// Paths resolve against the working directory, the project root for every npm script:
// electron-vite bundles this file elsewhere before running it, so its own location is no guide.
const root = resolve('.');

/**
 * Puts the CSP into the built index.html. Only at build time: the dev server needs an inline
 * script for hot reload, and the shipped app and the end-to-end tests run the build.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'ashore-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Fontsource's CSS names a .woff fallback after each .woff2 slice; every browser Ashore runs in
 * reads woff2, so dropping the fallback halves the fonts shipped.
 */
function woff2Only(): Plugin {
  return {
    name: 'ashore-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].+\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null };
    },
  };
}

/**
 * The start-up script (src/renderer/boot.ts) as an entry of its own, its tag placed before the
 * app's: a page's module scripts run in document order, each as soon as its own modules have
 * loaded, so boot — a few small modules — runs while the browser still fetches and compiles
 * the app (React, recharts, the pages), and what start-up waits on (the planning worker, the
 * IndexedDB reads, the first plan) happens alongside that work instead of after it. Vite folds
 * every script of the page into one entry, hence the second input and the tag added here.
 */
function earlyBootEntry(): Plugin {
  return {
    name: 'ashore-early-boot-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const boot = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'boot',
        );
        const app = html.indexOf('<script type="module"');
        if (!boot || app < 0) throw new Error('the boot entry or the app script is missing');
        // Right before the app's script: after the CSP, which covers only what follows it.
        const tag = `<script type="module" crossorigin src="./${boot.fileName}"></script>\n    `;
        return html.slice(0, app) + tag + html.slice(app);
      },
    },
  };
}

/** The renderer's entries: the page, and its start-up script (earlyBootEntry). */
const rendererInputs = {
  index: resolve(root, 'src/renderer/index.html'),
  boot: resolve(root, 'src/renderer/boot.ts'),
};

/** The renderer's Vite settings, shared by the Electron build and browser mode. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(root, 'src/renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta(), woff2Only(), earlyBootEntry()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      // Modules, not inline data: URLs, so the CSP can stay at 'self'.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: rendererInputs },
    },
  };
}
