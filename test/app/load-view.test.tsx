import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { loadView } from '../../src/app/load-view';

function Greeting({ name }: { name: string }) {
  return <p>你好，{name}</p>;
}

describe('loadView', () => {
  it('renders a view whose module is in at once, without the Suspense fallback', async () => {
    const view = loadView(() => Promise.resolve(Greeting));
    await view.preload();

    render(
      <Suspense fallback={<p>加载中</p>}>
        <view.Component name="郧西" />
      </Suspense>,
    );

    // Synchronously: no fallback was ever shown.
    expect(screen.getByText('你好，郧西')).toBeTruthy();
    expect(screen.queryByText('加载中')).toBeNull();
  });

  it('loads a view nobody preloaded on first render, showing the fallback meanwhile', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const view = loadView(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));

    render(
      <Suspense fallback={<p>加载中</p>}>
        <view.Component name="汉滨" />
      </Suspense>,
    );
    expect(screen.getByText('加载中')).toBeTruthy();
    await act(async () => arrive(Greeting));

    expect(await screen.findByText('你好，汉滨')).toBeTruthy();
  });

  it('fetches again after a failed preload, so one network blip does not break the view', async () => {
    let calls = 0;
    const view = loadView(() => (++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting)));

    await expect(view.preload()).rejects.toThrow('offline');
    await expect(view.preload()).resolves.toBe(Greeting);
    expect(calls).toBe(2);
  });
});
