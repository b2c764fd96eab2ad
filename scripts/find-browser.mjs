// Finds a Chromium for Playwright: Playwright's own where installed, else a system Chromium.
// Used by playwright.config.ts (to pick executablePath) and scripts/ensure-browser.mjs (to install one if none).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** @returns {{ source: 'env' | 'playwright' | 'system', executablePath: string | undefined } | null} */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { source: 'env', executablePath: fromEnv } : null;
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  // executablePath undefined = let Playwright launch its own build.
  if (own && existsSync(own)) return { source: 'playwright', executablePath: undefined };
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  return system ? { source: 'system', executablePath: system } : null;
}
