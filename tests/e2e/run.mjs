#!/usr/bin/env node
// Runs the end-to-end suite: finds a Chromium (installing Debian's when it may), builds the
// renderer and the Electron bundles, then runs Playwright. It never skips silently: with no
// browser the run fails and says how to get one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const say = (message) => console.log(`[e2e] ${message}`);

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

function systemChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const path = onPath(name);
    if (path) return path;
  }
  return undefined;
}

function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.trim().length > 0;
}

const canApt =
  process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function aptInstall(packages) {
  say(`installing Debian packages: ${packages.join(' ')} (apt-get, running as root)`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

let browser = process.env.ASHORE_CHROMIUM || playwrightChromium() || systemChromium();
if (!browser && canApt) {
  aptInstall(['chromium', 'fonts-noto-cjk']);
  browser = systemChromium();
}
if (!browser) {
  console.error(
    '[e2e] No Chromium found. Install one and run again: `npx playwright install chromium`, ' +
      'or your system package (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`), ' +
      'or point ASHORE_CHROMIUM at a Chromium/Chrome executable.',
  );
  process.exit(1);
}
if (!hasCjkFont() && canApt) aptInstall(['fonts-noto-cjk']);
say(`browser: ${browser}`);

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ASHORE_CHROMIUM: browser },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', '--silent', 'build:web']);
run('npm', ['run', '--silent', 'build']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
