import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * A Chromium to drive: ASHORE_CHROMIUM if set, else the one Playwright downloaded, else a system
 * one. On a Debian machine running as root with none, Debian's chromium and fonts-noto-cjk are
 * installed with apt (said out loud). Undefined when there is none and none can be installed.
 */
export function findChromium(say: (message: string) => void): string | undefined {
  let browser = process.env['ASHORE_CHROMIUM'] || playwrightChromium() || systemChromium();
  if (!browser && canApt()) {
    aptInstall(['chromium', 'fonts-noto-cjk'], say);
    browser = systemChromium();
  }
  if (browser && !hasCjkFont() && canApt()) aptInstall(['fonts-noto-cjk'], say);
  return browser;
}

/**
 * A command-line tool the tests need (pdftotext, pdffonts: Debian's poppler-utils), installed
 * with apt where that is possible. False when it is missing and cannot be installed.
 */
export function ensureTool(
  command: string,
  debianPackage: string,
  say: (message: string) => void,
): boolean {
  const present = () => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (present()) return true;
  if (!canApt()) return false;
  aptInstall([debianPackage], say);
  return present();
}

export const noChromiumMessage =
  'No Chromium found. Install one and run again: `npx playwright install chromium`, or your ' +
  'system package (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`), or point ' +
  'ASHORE_CHROMIUM at a Chromium or Chrome executable.';

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function systemChromium(): string | undefined {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const path = found.stdout.trim();
    if (found.status === 0 && path) return path;
  }
  return undefined;
}

function hasCjkFont(): boolean {
  const listed = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  // No fontconfig at all (Windows, macOS): the system has its own CJK fonts.
  if (listed.error) return true;
  return listed.status === 0 && listed.stdout.trim().length > 0;
}

function canApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages: string[], say: (message: string) => void): void {
  say(`installing Debian packages: ${packages.join(' ')} (apt-get, running as root)`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/**
 * The features Playwright itself disables (its chromiumSwitches.ts, as of 1.65). Chromium reads
 * only the last --disable-features it is given, so ours below must repeat them.
 * tests/e2e/web/browserUnderTest.spec.ts reads the launched browser's command line and fails
 * when Playwright's list grows and this one was not updated.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Browser features that cost the pages under test and that no Ashore window has: the address
 * bar's popup pages. Since Chromium 156 a headless browser builds them for every new window,
 * the AI-mode one with about 290 chrome:// scripts. On two cores its renderer took the CPU from
 * the app's: the overview's first load measured 1.5 s with it and 0.8 s without, the same
 * build back to back. An Electron window has no address bar at all.
 */
const OUR_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The flags that keep a headless Chromium from reaching for the network or a sandbox it lacks,
 * and from doing browser work that an app window never does.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES].join(',')}`,
];
