// electron-builder configuration: `npm run dist` packages Ashore for the platform it runs on.
// A JS file rather than YAML so the Electron distribution can come from the environment:
// ELECTRON_DIST=/path/to/electron/dist packages offline, from Electron's unpacked zip, without
// the download electron-builder otherwise makes.

/** @type {import('electron-builder').Configuration} */
const config = {
  // Stable forever: Windows and macOS key the install, its settings and upgrades on it.
  appId: 'app.ashore.planner',
  productName: 'Ashore 上岸',
  copyright: 'Copyright © Ashore contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the build: electron-vite bundles the renderer (React, Dexie, i18next…) into out/, and
  // main's own runtime dependencies (zod, decimal.js, from "dependencies") come along on
  // their own. No sources, tests, source maps or devDependencies.
  // The one resource main loads itself: the Linux window icon (electron-vite points main at
  // ../../resources/icons/512x512.png from out/main).
  files: [
    'out/**',
    'package.json',
    'resources/icons/512x512.png',
    '!**/*.map',
    // Dependencies ship their TypeScript sources and typings too; main runs only the JS.
    '!**/node_modules/*/src/**',
    '!**/node_modules/**/*.{ts,cts,mts}',
  ],
  asar: true,
  // The fuses (build/fuses.cjs) are flipped on the packaged binary before signing.
  afterPack: './build/afterPack.cjs',
  ...(process.env.ELECTRON_DIST ? { electronDist: process.env.ELECTRON_DIST } : {}),
  linux: {
    target: ['AppImage', 'deb'],
    // A folder of NxN.png files: each desktop picks the size it draws.
    icon: 'resources/icons',
    category: 'Office;Finance',
    executableName: 'ashore',
    // deb's Maintainer field must be "name <address>" (Debian policy 5.6.2); without one
    // electron-builder would guess it from the machine that builds.
    maintainer: 'Ashore maintainers <maintainers@ashore.app>',
    synopsis: 'Offline planner for getting out of overdue consumer debt',
    desktop: {
      entry: {
        Name: 'Ashore 上岸',
        'Name[zh_CN]': '上岸',
        Comment: 'Offline planner for getting out of overdue consumer debt',
        'Comment[zh_CN]': '离线的逾期债务还款规划工具',
        StartupWMClass: 'Ashore',
      },
    },
  },
  deb: {
    // The package name users type: ASCII, without the Chinese of the product name.
    packageName: 'ashore',
  },
  appImage: { artifactName: 'Ashore-${version}-${arch}.${ext}' },
  win: { target: ['nsis'], icon: 'resources/icon.ico' },
  nsis: {
    artifactName: 'Ashore-Setup-${version}.${ext}',
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Uninstalling keeps the user's plan: their data is not ours to delete.
    deleteAppDataOnUninstall: false,
  },
  mac: {
    target: ['dmg'],
    icon: 'resources/icon.icns',
    category: 'public.app-category.finance',
  },
  dmg: { artifactName: 'Ashore-${version}-${arch}.${ext}' },
};

module.exports = config;
