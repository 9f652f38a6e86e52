import { expect, it } from 'vitest';
import { describeInBrowser } from './describe-in-browser';
import { recordPageErrors } from './record-page-errors';

// The "no page errors" guard protects every journey, so prove it catches what it claims to.
describeInBrowser('recordPageErrors', (session) => {
  it.each([
    ['an uncaught exception', '<script>throw new Error("boom")</script>', 'pageerror: Error: boom'],
    ['a console.error call', '<script>console.error("render failed")</script>', 'console.error: render failed'],
    ['a rejected promise nobody handles', '<script>Promise.reject(new Error("lost"))</script>', 'pageerror: Error: lost'],
  ])('records %s', async (_name, html, expected) => {
    const page = await session.browser().newPage();
    try {
      const errors = recordPageErrors(page);
      await page.setContent(html);
      await expect.poll(() => errors.join('\n')).toContain(expected);
    } finally {
      await page.close();
    }
  });

  it('records nothing for a page that only logs', async () => {
    const page = await session.browser().newPage();
    try {
      const errors = recordPageErrors(page);
      await page.setContent('<script>console.log("fine"); console.warn("also fine")</script>');
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
