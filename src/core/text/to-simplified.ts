import { Converter, Locale } from 'opencc-js/t2cn';
import type { Script } from '../../dataset/schema';
import { createConversionGate, type ConversionGate } from './create-conversion-gate';

// The Hong Kong preset covers the most variant characters (衞 → 卫, 綫 → 线) and leaves simplified text
// alone. Text it finds traditional also goes through the Taiwan preset, which reads 著 by its phrase
// (隨著 → 随着, 著作 stays); that pass would wrongly turn simplified 显著 into 显着, hence the gate.
const convertHongKong = Converter({ from: 'hk', to: 'cn' });
const convertTaiwan = Converter({ from: 'tw', to: 'cn' });
// Lines a preset cannot change skip it (create-conversion-gate.ts): most simplified lines skip the
// Hong Kong preset, and most lines it has converted skip the Taiwan one (only 著 and its like are left).
const mayConvertHongKong = createPresetGate('hk2s'); // the preset of Converter({ from: 'hk', to: 'cn' })
const mayConvertTaiwan = createPresetGate('tw2s'); // the preset of Converter({ from: 'tw', to: 'cn' })
const convertToSimplified = (text: string): string => {
  const converted = convertHongKong(text);
  return converted === text ? text : convertTaiwan(converted);
};

/** Simplified text with, for each of its offsets, the offset of the same character in the input. */
export interface SimplifiedText {
  text: string;
  /** `toOriginal[i]` is the input offset of `text[i]`; one extra entry maps `text.length` to the input's length. */
  toOriginal: number[];
  /** How many Han characters the conversion changed (to tell traditional from simplified). */
  changed: number;
}

/**
 * Converts traditional to simplified Chinese, keeping a map back to the input. The converter works
 * on phrases; when it changes the length (rare astral characters), the map is rebuilt per character.
 * @example toSimplified('鎮區').text // '镇区'
 */
export function toSimplified(input: string): SimplifiedText {
  return toSimplifiedLines([input])[0] as SimplifiedText;
}

/**
 * Converts many lines at once. The converter's cost is mostly per call, so lines go through it joined
 * (a line break is never inside a dictionary phrase); only lines the first pass changed take the second.
 */
export function toSimplifiedLines(lines: readonly string[]): SimplifiedText[] {
  const firstPass = convertSome(convertHongKong, mayConvertHongKong, lines, lines.map((_, i) => i));
  const changedLines = lines.flatMap((line, i) => (firstPass[i] !== line ? [i] : []));
  const converted = convertSome(convertTaiwan, mayConvertTaiwan, firstPass, changedLines);
  return lines.map((line, i) => withOffsetMap(line, converted[i] ?? line));
}

/**
 * `lines` with those at `indices` that `mayConvert` lets through converted, joined in one call. Each
 * line converts on its own (no phrase spans a line break), so leaving the others out changes nothing.
 */
function convertSome(convert: (text: string) => string, mayConvert: ConversionGate, lines: readonly string[], indices: readonly number[]): string[] {
  const chosen = indices.filter((i) => mayConvert(lines[i] ?? ''));
  const convertedLines = convertJoined(convert, chosen.map((i) => lines[i] ?? ''));
  const result = [...lines];
  chosen.forEach((lineIndex, k) => {
    result[lineIndex] = convertedLines[k] ?? '';
  });
  return result;
}

/** Runs a converter over lines joined by line breaks, falling back to one call per line if they shift. */
function convertJoined(convert: (text: string) => string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const parts = convert(lines.join('\n')).split('\n');
  return parts.length === lines.length ? parts : lines.map(convert);
}

function withOffsetMap(input: string, whole: string): SimplifiedText {
  if (whole.length === input.length) {
    let changed = 0;
    // Code units compared as numbers: indexing would make a one-character string per position.
    for (let i = 0; i < input.length; i++) if (whole.charCodeAt(i) !== input.charCodeAt(i)) changed++;
    return { text: whole, toOriginal: identityMap(input.length), changed };
  }
  let text = '';
  let changed = 0;
  const toOriginal: number[] = [];
  let offset = 0;
  for (const char of input) {
    const converted = convertToSimplified(char);
    if (converted !== char) changed++;
    for (let k = 0; k < converted.length; k++) toOriginal.push(offset);
    text += converted;
    offset += char.length;
  }
  toOriginal.push(offset);
  return { text, toOriginal, changed };
}

function identityMap(length: number): number[] {
  const map = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i; // a plain loop: Array.from with a callback is several times slower
  return map;
}

/**
 * Names the script of a text from the share of Han characters that conversion changed.
 * Simplified text still changes a few characters (variant forms), so the thresholds leave a margin.
 */
export function classifyScript(changed: number, hanCount: number): Script {
  if (hanCount === 0) return 'simplified';
  const share = changed / hanCount;
  if (share >= 0.08) return 'traditional';
  if (share <= 0.02) return 'simplified';
  return 'mixed';
}

/** The gate of one of opencc-js's presets; one that lets everything through if the preset is not found. */
function createPresetGate(name: string): ConversionGate {
  const preset = (Locale.configs as Record<string, { conversionChain: readonly unknown[]; normalizationChain?: readonly unknown[] } | undefined>)[name];
  return preset === undefined ? () => true : createConversionGate([preset.normalizationChain ?? [], preset.conversionChain]);
}
