/**
 * Collects the PlaceNodes an article uses, each with all its ancestors, under final dataset ids:
 * `cn-<code>` for gazetteer divisions, `<parent id>-<name>` for places the text names (so the same park
 * merges across articles).
 */
import type { LocalityLevel } from '../../dataset/schema';
import type { PlaceNode } from '../types';
import type { Division, Gazetteer } from './gazetteer';

/** A growing set of places with their ancestors. */
export interface PlaceBook {
  /** Adds a division and its ancestors; `alias` is the form the text used, if not the full name. */
  addDivision(division: Division, alias?: string): string;
  /** Adds a place the gazetteer lacks under an existing parent (or at the top). */
  addNamed(name: string, level: LocalityLevel, parentId: string | null, aliases?: readonly string[]): string;
  get(id: string): PlaceNode | undefined;
  /** The place and its ancestors, from the place upwards. */
  lineage(id: string): PlaceNode[];
  /** True when `id` is `ancestorId` or lies below it. */
  isWithin(id: string, ancestorId: string): boolean;
  nodes(): PlaceNode[];
}

/** Id of a division: its code, prefixed so ids never collide with derived ones. */
export const toDivisionId = (code: string): string => `cn-${code}`;

function addAlias(node: PlaceNode, alias: string | undefined): void {
  if (alias !== undefined && alias !== node.name && !node.aliases.includes(alias)) node.aliases.push(alias);
}

/** An empty book over one gazetteer. */
export function createPlaceBook(gazetteer: Gazetteer): PlaceBook {
  const byId = new Map<string, PlaceNode>();

  const addDivision = (division: Division, alias?: string): string => {
    const id = toDivisionId(division.code);
    const existing = byId.get(id);
    if (existing) {
      addAlias(existing, alias);
      return id;
    }
    const chain = [...gazetteer.ancestorsOf(division.code), division];
    chain.forEach((d, i) => {
      const nodeId = toDivisionId(d.code);
      if (byId.has(nodeId)) return;
      const path = chain.slice(0, i + 1).map((c) => c.name);
      const parent = chain[i - 1];
      byId.set(nodeId, {
        id: nodeId, name: d.name, fullName: path.join(''), level: d.level, code: d.code,
        parentId: parent ? toDivisionId(parent.code) : null, path, aliases: [],
      });
    });
    const node = byId.get(id);
    if (node) addAlias(node, alias);
    return id;
  };

  const addNamed = (name: string, level: LocalityLevel, parentId: string | null, aliases: readonly string[] = []): string => {
    const parent = parentId === null ? undefined : byId.get(parentId);
    const id = parent ? `${parent.id}-${name}` : `place-${name}`;
    // 忠堡镇工业园区 under 忠堡镇: the chain string does not repeat the parent's name.
    const ownPart = parent && name.startsWith(parent.name) ? name.slice(parent.name.length) : name;
    const node = byId.get(id) ?? {
      id, name, fullName: (parent?.fullName ?? '') + ownPart, level, code: null,
      parentId: parent?.id ?? null, path: [...(parent?.path ?? []), name], aliases: [],
    };
    byId.set(id, node);
    for (const alias of aliases) addAlias(node, alias);
    return id;
  };

  const lineage = (id: string): PlaceNode[] => {
    const out: PlaceNode[] = [];
    for (let node = byId.get(id); node && !out.includes(node); node = node.parentId ? byId.get(node.parentId) : undefined) out.push(node);
    return out;
  };

  return {
    addDivision,
    addNamed,
    get: (id) => byId.get(id),
    lineage,
    isWithin: (id, ancestorId) => lineage(id).some((n) => n.id === ancestorId),
    nodes: () => [...byId.values()],
  };
}
