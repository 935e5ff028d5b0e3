// One arithmetic check: the sentence(s) quoted with the compared figures marked, and the arithmetic written out.
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../shared/audit/types.ts';

function Quote({ text, start, spans }: { text: string; start: number; spans: CheckResult['spans'] }) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const from = s.start - start;
    const to = s.end - start;
    if (from < at || to > text.length) continue;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export function CheckItem({ check, onOpen }: { check: CheckResult; onOpen: (start: number, end: number) => void }) {
  const { t } = useTranslation();
  const bad = check.verdict === 'inconsistent';
  return (
    <li className={`check-item ${bad ? 'inconsistent' : 'consistent'}`} data-testid={bad ? 'check-inconsistent' : 'check-consistent'}>
      <div className="check-head">
        <span className="check-kind">{t(`audit.checkKinds.${check.kind}`)}</span>
        <strong>{check.message}</strong>
      </div>
      <code className="arithmetic">{check.arithmetic}</code>
      {check.quotes.map((q) => (
        <blockquote key={q.span.start}>
          <Quote text={q.text} start={q.span.start} spans={check.spans} />
          <button className="link small" onClick={() => onOpen(q.span.start, q.span.end)}>{t('audit.openAt')}</button>
        </blockquote>
      ))}
    </li>
  );
}
