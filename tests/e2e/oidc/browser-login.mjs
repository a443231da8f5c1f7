// Plays the user in a real headless Chromium (Debian's, driven by playwright-core over CDP).
//
//   node browser-login.mjs URL
//
// URL is either an authorization request (…/auth?…&redirect_uri=…): log in, consent, stop once
// the app's loopback redirect URI has answered; or a device verification URL (…/device or
// …/device?user_code=…): enter the code, confirm, log in, consent, stop at the success page.
//
// Environment: OIDC_BROWSER_ACTION=approve (default) | deny (cancel at consent / abort the
// device confirmation), OIDC_TEST_USER (default alice), OIDC_TEST_PASSWORD, OIDC_USER_CODE
// (device code when the URL has none), CHROMIUM (default /usr/bin/chromium),
// BROWSER_LOGIN_LOG (append the log there too). Exit 0 = the flow ended where expected.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const t0 = Date.now();
const log = (m) => {
  const line = `[browser-login +${Date.now() - t0}ms] ${m}`;
  console.error(line);
  if (process.env.BROWSER_LOGIN_LOG) fs.appendFileSync(process.env.BROWSER_LOGIN_LOG, `${line}\n`);
};

const startUrl = process.argv[2];
if (!startUrl) {
  console.error('usage: browser-login.mjs URL');
  process.exit(2);
}
const deny = process.env.OIDC_BROWSER_ACTION === 'deny';
const parsed = new URL(startUrl);
const redirect = parsed.searchParams.get('redirect_uri');
const redirectBase = redirect ? redirect.split(/[?#]/)[0] : null;
const isLoopback = (u) => /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(u);
const atRedirect = (page) => redirectBase && page.url().startsWith(redirectBase);

async function submit(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), locator.click()]);
}

// Which page of the flow is showing, or null while none is recognisable yet.
async function classify(page) {
  if (atRedirect(page)) return 'redirect';
  if (/Sign-in Success/i.test(await page.title())) return 'success';
  if (await page.locator('input[name="user_code"][type="text"]').count()) return 'code';
  if (await page.locator('form[id="op.deviceConfirmForm"]').count()) return 'confirm';
  if (await page.locator('input[name="login"]').count()) return 'login';
  if (await page.locator('input[name="prompt"][value="consent"]').count()) return 'consent';
  return null;
}

// A click's navigation can resolve before the next document is parsed (CI once saw the device
// confirmation page with an empty title and no form yet), so poll until the page is known.
async function waitForKnownPage(page) {
  const deadline = Date.now() + 15000;
  for (;;) {
    // A navigation in progress destroys the evaluation context; that just means "not yet".
    const kind = await classify(page).catch(() => null);
    if (kind || Date.now() > deadline) return kind;
    await page.waitForTimeout(100);
  }
}

// One page of the flow; returns 'done' when the flow reached its end, else 'next'.
async function step(page) {
  const kind = await waitForKnownPage(page);
  if (kind === 'redirect' || kind === 'success') return 'done';
  if (kind === 'code') {
    const code = parsed.searchParams.get('user_code') || process.env.OIDC_USER_CODE;
    if (!code) throw new Error('device code page but no user code known');
    await page.fill('input[name="user_code"][type="text"]', code);
    await submit(page, page.locator('button[form="op.deviceInputForm"]'));
    return 'next';
  }
  if (kind === 'confirm') {
    await submit(page, page.locator(deny ? 'button[name="abort"]' : 'button[autofocus]'));
    return deny ? 'done' : 'next';
  }
  if (kind === 'login') {
    await page.fill('input[name="login"]', process.env.OIDC_TEST_USER || 'alice');
    await page.fill('input[name="password"]', process.env.OIDC_TEST_PASSWORD || 'any-password');
    await submit(page, page.locator('button[type="submit"]'));
    return 'next';
  }
  if (kind === 'consent') {
    await submit(page, deny ? page.locator('a[href$="/abort"]') : page.locator('button[type="submit"]'));
    return 'next';
  }
  const title = await page.title();
  throw new Error(`unexpected page "${title}": ${(await page.textContent('body'))?.slice(0, 300)}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  timeout: 30000,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage'],
});
let rc = 1;
try {
  const context = await browser.newContext();
  // Nothing leaves the machine: the dev pages' web font and anything else off-loopback fail.
  await context.route('**/*', (r) => (isLoopback(r.request().url()) ? r.continue() : r.abort()));
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) log(`at ${f.url().replace(/(code|user_code)=[^&]+/g, '$1=…')}`);
  });
  await page.goto(startUrl, { waitUntil: 'domcontentloaded' });
  for (let i = 0; i < 8; i += 1) {
    if ((await step(page)) === 'done') {
      rc = 0;
      break;
    }
  }
  log(rc === 0 ? `finished (${deny ? 'denied' : 'approved'})` : 'gave up after 8 pages');
} catch (e) {
  log(`error ${e.stack || e}`);
} finally {
  await browser.close();
}
process.exit(rc);
