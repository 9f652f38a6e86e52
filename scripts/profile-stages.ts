import { Session } from 'node:inspector/promises';

/**
 * Where extraction time goes, stage by stage, measured on the code that ships rather than on a copy of
 * its composition: the task runs under the V8 sampling profiler and each sample is charged to the
 * stage that owns the nearest frame on its stack, by the folder or file the frame's code lives in.
 * A stage added to the pipeline in its own folder is counted without any change here.
 */
export const PROFILED_STAGES = ['decode', 'clean', 'convert', 'segment', 'localities', 'figures', 'indicators', 'check', 'assemble', 'write', 'gc', 'other'] as const;
export type ProfiledStage = (typeof PROFILED_STAGES)[number];

/** Source locations → stage, first match wins (to-simplified before the generic clean folders). */
const OWNERS: readonly [RegExp, ProfiledStage][] = [
  [/\/node_modules\/opencc-js\/|\/src\/core\/text\/to-simplified\./u, 'convert'],
  [/\/scripts\/decode-source\./u, 'decode'],
  [/\/src\/core\/clean\//u, 'clean'],
  [/\/src\/core\/segment\//u, 'segment'],
  [/\/src\/core\/locality\//u, 'localities'],
  [/\/src\/core\/figures\//u, 'figures'],
  [/\/src\/core\/indicators\//u, 'indicators'],
  [/\/src\/dataset\/check-dataset\./u, 'check'],
  [/\/src\/core\/assemble-dataset\./u, 'assemble'],
  [/\/scripts\/(?:create-dataset-writer|create-text-sink|serialize-chunk|write-[\w-]+)\./u, 'write'],
];

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }

/** Runs `task` under the profiler; returns milliseconds per stage and the raw profile (for a .cpuprofile file). */
export async function profileStages(task: () => Promise<void>): Promise<{ ms: Record<ProfiledStage, number>; profile: object }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const stop = async (): Promise<CpuProfile> => {
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    session.disconnect();
    return profile;
  };
  try {
    await task();
  } catch (error) {
    await stop();
    throw error;
  }
  const profile = await stop();
  return { ms: chargeSamples(profile), profile };
}

function chargeSamples(profile: CpuProfile): Record<ProfiledStage, number> {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const stageOf = new Map<number, ProfiledStage | null>();
  const find = (node: ProfileNode | undefined): ProfiledStage | null => {
    if (node === undefined) return null;
    const known = stageOf.get(node.id);
    if (known !== undefined) return known;
    const { url, functionName } = node.callFrame;
    const stage = functionName === '(garbage collector)' ? 'gc' : (OWNERS.find(([pattern]) => pattern.test(url))?.[1] ?? find(parent.get(node.id)));
    stageOf.set(node.id, stage);
    return stage;
  };
  const ms = Object.fromEntries(PROFILED_STAGES.map((stage) => [stage, 0])) as Record<ProfiledStage, number>;
  const samples = profile.samples ?? [];
  samples.forEach((id, i) => {
    const node = byId.get(id);
    if (node?.callFrame.functionName === '(idle)') return; // waiting on I/O costs no stage
    ms[find(node) ?? 'other'] += (profile.timeDeltas?.[i] ?? 0) / 1000;
  });
  return ms;
}
