import { describe, expect, it } from 'vitest';
import { rememberEach } from '../../src/lib/remember-each';

describe('rememberEach', () => {
  it('computes each key once, undefined answers included, and answers again from memory', () => {
    const asked: string[] = [];
    const lookUp = rememberEach((key: string) => {
      asked.push(key);
      return key === '无' ? undefined : key.length;
    });
    expect([lookUp('郧西县'), lookUp('无'), lookUp('郧西县'), lookUp('无'), lookUp('汉滨区')]).toEqual([3, undefined, 3, undefined, 3]);
    expect(asked).toEqual(['郧西县', '无', '汉滨区']);
  });
});
