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

/** The renderer's Vite settings, shared by the Electron build and browser mode. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(root, 'src/renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta(), woff2Only()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(root, outDir),
      emptyOutDir: true,
      // Modules, not inline data: URLs, so the CSP can stay at 'self'.
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2000,
    },
  };
}
