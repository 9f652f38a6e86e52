import { describe, expect, it } from 'vitest';
import { scheduleIdleTasks, type IdleScheduler } from '../../src/lib/schedule-idle-tasks';

/** Idle periods the test hands out one at a time, in place of the browser's. */
function makeManualScheduler() {
  const waiting = new Map<number, () => void>();
  let nextHandle = 1;
  const scheduler: IdleScheduler = {
    request: (run) => {
      waiting.set(nextHandle, run);
      return nextHandle++;
    },
    cancel: (handle) => {
      waiting.delete(handle);
    },
  };
  const runIdlePeriod = (): void => {
    const [handle, run] = [...waiting][0] ?? [];
    if (handle === undefined || run === undefined) return;
    waiting.delete(handle);
    run();
  };
  return { scheduler, runIdlePeriod, waitingCount: () => waiting.size };
}

describe('scheduleIdleTasks', () => {
  it('runs the tasks in order, one per idle period', () => {
    const { scheduler, runIdlePeriod, waitingCount } = makeManualScheduler();
    const ran: string[] = [];
    scheduleIdleTasks([() => ran.push('a'), () => ran.push('b'), () => ran.push('c')], scheduler);
    expect(ran).toEqual([]);
    runIdlePeriod();
    expect(ran).toEqual(['a']);
    runIdlePeriod();
    runIdlePeriod();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(waitingCount()).toBe(0);
  });

  it('runs no task left when cancelled, and asks for no idle period for no tasks', () => {
    const { scheduler, runIdlePeriod, waitingCount } = makeManualScheduler();
    const ran: string[] = [];
    const cancel = scheduleIdleTasks([() => ran.push('a'), () => ran.push('b')], scheduler);
    runIdlePeriod();
    cancel();
    runIdlePeriod();
    expect(ran).toEqual(['a']);
    expect(waitingCount()).toBe(0);
    scheduleIdleTasks([], scheduler);
    expect(waitingCount()).toBe(0);
  });
});
