import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';

// The built page carries a Content-Security-Policy that forbids inline script. It is proven in force
// by planting the classic payload in the live page and watching the browser refuse it; the app itself
// must run under it with no violation at all (every other e2e journey runs under it too).

const t = createTranslate('zh');

describeInBrowser('the Content-Security-Policy', (session) => {
  it('is sent by the server and written into the built page', async () => {
    const response = await fetch(session.baseUrl);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await session.open('#/');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toContain('unsafe-inline');
    await page.getByRole('heading', { name: t('overview.title') }).waitFor();
  });

  it('blocks an inline event handler that reaches the page, and the app raises no violation of its own', async () => {
    // A context of its own: the refusal is logged as a console error, which the journey harness
    // would rightly count as a failure of any other test.
    const context = await session.browser().newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.effectiveDirective));
    });
    await page.goto(new URL('#/figures', session.baseUrl).href);
    await page.getByRole('button', { name: t('export.csv') }).waitFor();
    expect(violations, 'the app itself works under the policy').toEqual([]);

    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__pwned = 1">');
    });
    await page.waitForFunction(() => document.querySelectorAll('img').length >= 1);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // One report per policy in force: the <meta> tag's and the server header's.
    expect([...new Set(violations)]).toEqual(['script-src-attr']);
    await context.close();
  });
});
