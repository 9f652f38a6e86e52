import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/app/i18n/i18n-context';
import { LevelChoice } from '../../src/components/level-choice';

const options = [
  { level: 'province', count: 2 },
  { level: 'county', count: 7 },
  { level: 'village', count: 1 },
] as const;

describe('LevelChoice', () => {
  it('offers the levels given, each with how many places it shows, and reports the one picked', async () => {
    const onChange = vi.fn();
    render(<LevelChoice options={options} level="county" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: '行政级别' }) as HTMLSelectElement;
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['省级（2 个地区）', '县级（7 个地区）', '村级（1 个地区）']);
    expect(select.value).toBe('county');
    await userEvent.selectOptions(select, '村级（1 个地区）');
    expect(onChange).toHaveBeenCalledWith('village');
  });

  it('reads in English', () => {
    render(
      <I18nProvider language="en">
        <LevelChoice options={options} level="province" onChange={vi.fn()} />
      </I18nProvider>,
    );
    expect(within(screen.getByRole('combobox', { name: 'Administrative level' })).getAllByRole('option')[0]?.textContent).toBe('Province (places: 2)');
  });

  it('is disabled when there is nothing to choose', () => {
    render(<LevelChoice options={[]} level={null} onChange={vi.fn()} />);
    expect((screen.getByRole('combobox', { name: '行政级别' }) as HTMLSelectElement).disabled).toBe(true);
  });
});
