// Where the real seed reports live: ../shared/corpus beside the checkout. A clone elsewhere has none, and
// its corpus tests skip with one line; CI (CI=true) has it, and there a missing corpus is a failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/seeds');
export const hasCorpus = existsSync(seedsDir);

if (!hasCorpus && process.env.CI === 'true') {
  throw new Error(`CI needs the seed corpus at ${seedsDir}, and it is missing`);
}
if (!hasCorpus) console.warn(`corpus tests skipped: no seed corpus at ${seedsDir}`);

export interface SeedLabels {
  file: string;
  meta: {
    region: string;
    parents: string[];
    level: string;
    year: number;
    title: string | null;
    published: string | null;
  };
  figures: Array<{
    context: string;
    text: string;
    value: number;
    unit: string;
    qualifier: string | null;
    indicator: string;
  }>;
}

export interface Seed {
  id: string;
  path: string;
  bytes: Buffer;
  labels: SeedLabels;
}

export function loadSeeds(): Seed[] {
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith('.labels.json'))
    .sort()
    .map((name) => {
      const labels = JSON.parse(readFileSync(join(seedsDir, name), 'utf8')) as SeedLabels;
      const path = join(seedsDir, labels.file);
      return { id: name.slice(0, 3), path, bytes: readFileSync(path), labels };
    });
}

/** describe() over the seed corpus, or one skipped line saying why it is not here. */
export const describeCorpus: typeof describe.skip = hasCorpus
  ? describe
  : (((name: string) =>
      describe.skip(name, () => {
        it(`skipped: no seed corpus at ${seedsDir}`, () => {});
      })) as unknown as typeof describe.skip);
