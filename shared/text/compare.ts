// "What's new": which sentences of a report repeat last year's text and which are new. Pure and linear-ish:
// sentences are keyed with their numbers blanked (so "收到申请52件" and "收到申请61件" are the same sentence),
// exact keys match through a map, the rest through a character-bigram index scored with Dice's coefficient.

export interface TextRange {
  start: number;
  end: number;
}

export type NoveltyStatus = 'repeated' | 'new';

export interface SentenceNovelty extends TextRange {
  status: NoveltyStatus;
}

export interface Comparison {
  /** Sentences of the newer report: repeated from the older one, or new. */
  current: SentenceNovelty[];
  /** Sentences of the older report that the newer one repeats (the rest are left unmarked). */
  previous: SentenceNovelty[];
}

export interface CompareOptions {
  /** Ranges of the older text to ignore (web-page junk). */
  previousSkip?: readonly TextRange[];
  /** Ranges of the newer text to ignore. */
  currentSkip?: readonly TextRange[];
  /** Dice similarity of the keys' bigrams at or above which a sentence counts as repeated. */
  threshold?: number;
}

const SENTENCE_END = /[。！？!?；;\n]/g;
const SPACE = /[\s\u3000\u00a0\u200b\ufeff]/;
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
/** Punctuation and spacing that do not change what a sentence says. */
const NOISE = /[\s\u3000\u00a0\u200b\ufeff,，、.。:：;；!！?？“”"'‘’「」『』()（）《》〈〉【】[\]—–\-·…]/g;

/** Sentences with their offsets: each ends after 。！？; or at a line break; leading spaces are left out. */
export function splitSentences(text: string, skip: readonly TextRange[] = []): TextRange[] {
  const out: TextRange[] = [];
  const sortedSkip = [...skip].sort((a, b) => a.start - b.start);
  let skipIndex = 0;
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (;;) {
    const match = SENTENCE_END.exec(text);
    const stop = match ? match.index : text.length;
    // a newline ends a sentence but is not part of it; punctuation is
    let end = match && match[0] !== '\n' ? stop + 1 : stop;
    let s = start;
    while (s < end && SPACE.test(text[s]!)) s++;
    while (end > s && SPACE.test(text[end - 1]!)) end--;
    if (end > s) {
      while (skipIndex < sortedSkip.length && sortedSkip[skipIndex]!.end <= s) skipIndex++;
      const junk = sortedSkip[skipIndex];
      const overlap = junk ? Math.min(end, junk.end) - Math.max(s, junk.start) : 0;
      if (overlap * 2 < end - s) out.push({ start: s, end });
    }
    if (!match) break;
    start = stop + 1;
  }
  return out;
}

/** The sentence holding [start, end): what the figure panel shows for a figure the user added. */
export function sentenceAround(text: string, start: number, end: number): TextRange {
  let s = start;
  while (s > 0 && !/[。！？!?；;\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[。！？!?；;\n]/.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  while (s < start && SPACE.test(text[s]!)) s++;
  return { start: s, end: Math.max(e, end) };
}

/** A sentence's comparable form: numbers blanked, punctuation and spaces dropped, Latin letters lower-cased. */
export function sentenceKey(sentence: string): string {
  return sentence.replace(NUMBER, '#').replace(NOISE, '').toLowerCase();
}

function bigrams(key: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) grams.add(key.slice(i, i + 2));
  return grams;
}

/** Dice's coefficient over character bigrams: 1 for the same string, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Keys shorter than this only match exactly: two characters say too little to be "the same sentence". */
const MIN_FUZZY_KEY = 6;

/**
 * Marks the newer text's sentences as repeated (from the older text) or new, and the older text's sentences
 * that the newer one repeats. A sentence whose only change is its numbers is repeated.
 */
export function compareTexts(previousText: string, currentText: string, options: CompareOptions = {}): Comparison {
  const threshold = options.threshold ?? 0.75;
  const previous = splitSentences(previousText, options.previousSkip).map((r) => ({ ...r, key: sentenceKey(previousText.slice(r.start, r.end)) }));
  const current = splitSentences(currentText, options.currentSkip).map((r) => ({ ...r, key: sentenceKey(currentText.slice(r.start, r.end)) }));

  const byKey = new Map<string, number[]>();
  previous.forEach((p, i) => {
    if (!p.key) return;
    const list = byKey.get(p.key);
    if (list) list.push(i);
    else byKey.set(p.key, [i]);
  });

  // bigram -> older sentences holding it; each older sentence's bigram count for Dice's denominator
  const index = new Map<string, number[]>();
  const gramCounts = new Int32Array(previous.length);
  previous.forEach((p, i) => {
    if (p.key.length < MIN_FUZZY_KEY) return;
    const grams = bigrams(p.key);
    gramCounts[i] = grams.size;
    for (const g of grams) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });

  const matchedPrevious = new Uint8Array(previous.length);
  const shared = new Int32Array(previous.length);
  const touched: number[] = [];
  const out: SentenceNovelty[] = [];
  for (const c of current) {
    if (!c.key) continue;
    const exact = byKey.get(c.key);
    if (exact) {
      for (const i of exact) matchedPrevious[i] = 1;
      out.push({ start: c.start, end: c.end, status: 'repeated' });
      continue;
    }
    let best = -1;
    let bestScore = 0;
    if (c.key.length >= MIN_FUZZY_KEY) {
      const grams = bigrams(c.key);
      for (const g of grams) {
        const list = index.get(g);
        if (!list) continue;
        for (const i of list) {
          if (shared[i] === 0) touched.push(i);
          shared[i]!++;
        }
      }
      for (const i of touched) {
        const score = (2 * shared[i]!) / (grams.size + gramCounts[i]!);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
        shared[i] = 0;
      }
      touched.length = 0;
    }
    if (best >= 0 && bestScore >= threshold) {
      matchedPrevious[best] = 1;
      out.push({ start: c.start, end: c.end, status: 'repeated' });
    } else out.push({ start: c.start, end: c.end, status: 'new' });
  }

  return {
    current: out,
    previous: previous.filter((_, i) => matchedPrevious[i]).map((p) => ({ start: p.start, end: p.end, status: 'repeated' as const })),
  };
}
