import { describe, expect, it } from 'vitest';
import { CORRECTIONS_FORMAT, createCorrectionsFile, type Decision } from '../../src/dataset/corrections';
import { readCorrections } from '../../src/dataset/read-corrections';

const decision: Decision = {
  id: 'd1',
  action: 'edit',
  anchor: { file: 'a.txt', sourceStart: 10, sourceEnd: 13, text: '12个', before: '新建项目', after: '。' },
  fields: { unit: '项' },
  reviewer: '王芳',
  at: '2026-12-03T08:15:00.000Z',
  note: '',
  figureId: 'a-p0-f4',
};

describe('readCorrections', () => {
  it('reads the decisions of a file the dashboard writes', () => {
    expect(readCorrections(JSON.parse(JSON.stringify(createCorrectionsFile([decision], '2026-12-03T09:00:00.000Z'))))).toEqual({
      status: 'read', decisions: [decision], problems: [], skipped: 0,
    });
  });

  it.each<[string, unknown, string]>([
    ['a list', [], 'it is not a JSON object'],
    ['another format', { format: 'other', version: 1, decisions: [] }, `its "format" is not "${CORRECTIONS_FORMAT}"`],
    ['a newer version', { format: CORRECTIONS_FORMAT, version: 2, decisions: [] }, 'it is version 2, this program reads version 1 (update Reform Metrics)'],
    ['no decisions', { format: CORRECTIONS_FORMAT, version: 1 }, 'its "decisions" is not a list'],
  ])('refuses %s whole', (_, data, problem) => {
    expect(readCorrections(data)).toEqual({ status: 'refused', problem });
  });

  it.each<[string, Partial<Decision> | Record<string, unknown>, string]>([
    ['an unknown action', { action: 'maybe' }, 'its action "maybe" is not one of correct, wrong, edit, add'],
    ['a time without a zone', { at: '2026-12-03 08:15' }, 'its "at" is not an ISO 8601 time with a zone'],
    ['an edit without fields', { fields: undefined }, 'an edit decision needs "fields"'],
    ['an edit that changes nothing', { fields: {} }, 'an edit decision changes no field'],
    ['a value that is no number', { fields: { value: '12' } }, 'fields.value "12" is not a valid value'],
    ['a field no correction may set', { fields: { baseValue: 1 } }, 'fields.baseValue is no field a correction may set'],
    ['a value max below the value', { fields: { value: 5, valueMax: 3 } }, 'fields.valueMax 3 is below fields.value 5'],
    ['an add without its metric', { action: 'add', fields: { value: 1, unit: '个', category: 'other' } }, 'an add decision needs fields.metric'],
    ['wrong with fields', { action: 'wrong' }, 'a wrong decision takes no "fields"'],
    ['an empty anchor', { anchor: { ...decision.anchor, text: '' } }, "its anchor's text is empty"],
    ['a place chain that ends elsewhere', { fields: { localityId: 'cn-1' }, localityChain: [] }, 'its "localityChain" does not end at fields.localityId'],
  ])('leaves out %s, naming it, and reads the rest', (_, change, problem) => {
    const broken = { ...decision, id: 'd0', ...change };
    const reading = readCorrections({ format: CORRECTIONS_FORMAT, version: 1, exported: '', decisions: [broken, decision] });
    expect(reading).toEqual({ status: 'read', decisions: [decision], problems: [`decisions[0]: ${problem}`], skipped: 1 });
  });

  it('reads an id once', () => {
    const reading = readCorrections({ format: CORRECTIONS_FORMAT, version: 1, exported: '', decisions: [decision, decision] });
    expect(reading).toMatchObject({ decisions: [decision], problems: ['decisions[1]: the id "d1" is used twice'] });
  });
});
