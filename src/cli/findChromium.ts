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

/** The flags that keep a headless Chromium from reaching for the network or a sandbox it lacks. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
