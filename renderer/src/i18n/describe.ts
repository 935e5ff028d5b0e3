// Codes and data from the main process turned into words in the user's language.
import type { TFunction } from 'i18next';
import type { ImportFileResult } from '../../../shared/api.ts';
import type { ProblemData } from '../../../shared/errors.ts';
import i18n from './index.ts';

/** Words for an error code: the first of its templates that the data fills (one named after a field of the data,
 *  as not-found-region, before the code's own), else the code's general words, else the server's own message. */
export function describeError(code: string, data: ProblemData, fallback: string, t: TFunction = i18n.t): string {
  const keys = [...Object.keys(data).map((field) => `problems.codes.${code}-${field}`), `problems.codes.${code}`];
  for (const key of code === 'error' ? [] : keys) {
    const template = i18n.getResource(i18n.language, 'translation', key) ?? i18n.getResource('zh-CN', 'translation', key);
    if (typeof template !== 'string') continue;
    const needed = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
    if (needed.every((name) => data[name] !== undefined && data[name] !== null)) return t(key, { ...data, interpolation: { escapeValue: false } });
  }
  if (i18n.exists(`problems.general.${code}`)) return t(`problems.general.${code}`);
  // an unexpected error: its own words (the views around it already say "something went wrong")
  return String(data.message ?? fallback);
}

/** A decode warning stored as "中文 / English" (one per line): the user's half of each line. */
export function inUserLanguage(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const at = line.indexOf(' / ');
      if (at < 0) return line;
      return i18n.language === 'en' ? line.slice(at + 3) : line.slice(0, at);
    })
    .join('\n');
}

const mb = (bytes: unknown) => (typeof bytes === 'number' ? (bytes / 1048576).toFixed(1) : '?');

/** Words for why one file was not imported, or null when it has nothing to say. */
export function describeImportResult(result: ImportFileResult, t: TFunction = i18n.t): string | null {
  if (result.status !== 'failed') return result.message && inUserLanguage(result.message);
  const detail: ProblemData = result.detail ?? {};
  // the file sniffer words its refusals in both languages (what kind of file it really is)
  if (typeof detail.zh === 'string' && typeof detail.en === 'string') return i18n.language === 'en' ? detail.en : detail.zh;
  const reason = result.reason ?? 'error';
  const candidates = [
    typeof detail.code === 'string' ? `problems.path.${detail.code}` : null,
    typeof detail.measure === 'string' ? `problems.import.${reason}-${detail.measure}` : null,
    typeof detail.problem === 'string' ? `problems.import.${reason}-${detail.problem}` : null,
    typeof detail.format === 'string' ? `problems.import.${reason}-${detail.format}` : null,
    `problems.import.${reason}`,
  ];
  const key = candidates.find((k): k is string => k !== null && i18n.exists(k));
  if (!key) return result.message;
  return t(key, { ...detail, mb: mb(detail.bytes), limitMb: detail.limitMb ?? mb(detail.limit), path: detail.path ?? result.fileName });
}
