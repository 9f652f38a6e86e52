import { describe, expect, it } from 'vitest';
import { findChromium, isBrowserRequired } from './find-chromium';

// These two decide between "run the browser tests", "skip them loudly" and "fail the run".
describe('isBrowserRequired', () => {
  it.each([
    ['CI=true', { CI: 'true' }, true],
    ['CI=1', { CI: '1' }, true],
    ['REQUIRE_BROWSER=1', { REQUIRE_BROWSER: '1' }, true],
    ['neither variable', {}, false],
    ['CI=false', { CI: 'false' }, false],
    ['CI=0 and an empty REQUIRE_BROWSER', { CI: '0', REQUIRE_BROWSER: '' }, false],
  ])('with %s is %s', (_name, env, expected) => {
    expect(isBrowserRequired(env)).toBe(expected);
  });
});

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it names an executable', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('reports none when CHROMIUM_PATH names nothing, instead of guessing another browser', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeNull();
  });
});
