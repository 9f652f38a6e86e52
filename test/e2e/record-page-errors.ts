import type { Page } from 'playwright-core';

/**
 * Collects everything that means "the page broke": uncaught exceptions, console.error calls
 * (React reports render errors and failed prop checks there), failed requests and crashes.
 * The returned array fills up as the page runs; a test ends by expecting it to be empty.
 */
export function recordPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url === '' ? '' : ` (${url}:${lineNumber})`}`);
    }
  });
  page.on('requestfailed', (request) => {
    // A download navigation is reported as an aborted request even when it succeeded.
    const failure = request.failure()?.errorText ?? 'failed';
    if (failure !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${request.url()} ${failure}`);
  });
  page.on('crash', () => errors.push('crash: the page crashed'));
  return errors;
}
