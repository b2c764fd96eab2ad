// Makes sure a Chromium is there for the end-to-end tests: Playwright's own, else the system's, else installs one
// (`npx playwright install chromium`, then as root on Debian/Ubuntu `apt-get install -y chromium`), else stops
// with a message that says exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  return (
    spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0
  );
}

export function ensureBrowser() {
  let found = findBrowser();
  if (found) return found;
  console.log('No Chromium found for the end-to-end tests; trying to install one.');
  run('npx', ['playwright', 'install', 'chromium']);
  found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium', 'fonts-liberation', 'fonts-dejavu-core']);
    found = findBrowser();
    if (found) return found;
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = ensureBrowser();
  if (!found) {
    console.error(
      [
        'No Chromium is available for the end-to-end tests, and none could be installed automatically.',
        'Install one of these, then run the tests again:',
        "  - Playwright's browser:   npx playwright install chromium",
        '  - Debian/Ubuntu (as root): apt-get install -y chromium',
        '  - or point CHROMIUM_PATH at any Chromium or Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
  console.log(`Chromium for end-to-end tests: ${found.executablePath ?? "Playwright's own"} (${found.source})`);
}
