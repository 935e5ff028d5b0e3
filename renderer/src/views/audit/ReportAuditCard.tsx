// One report of a region's card: its five contents, its timeliness, its arithmetic, its reuse of last year's text.
import { useTranslation } from 'react-i18next';
import type { ReportAudit } from '../../../../shared/audit/audit.ts';
import { CheckItem } from './CheckItem.tsx';
import { dateText, percentText } from './format.ts';

export interface ReportAuditCardProps {
  report: ReportAudit;
  onOpen: (reportId: number, start: number, end: number) => void;
  onCompare: (previousId: number, currentId: number, start: number, end: number) => void;
}

const stateMark = { found: '✓', brief: '½', missing: '✗', unseen: '?', optional: '·' } as const;

export function ReportAuditCard({ report, onOpen, onCompare }: ReportAuditCardProps) {
  const { t, i18n } = useTranslation();
  const open = (start: number, end: number) => onOpen(report.id, start, end);
  const bad = report.checks.filter((c) => c.verdict === 'inconsistent');
  const good = report.checks.filter((c) => c.verdict === 'consistent');
  const c = report.completeness;
  const time = report.timeliness;
  return (
    <article className="report-audit" data-testid="report-audit">
      <header>
        <h3><span className="year">{report.year}</span> {report.title ?? report.fileName}</h3>
        <span className="muted small">{t(`docType.${report.docType}`)} · {report.fileName}{report.counted ? '' : ` · ${t('audit.copy')}`}</span>
      </header>

      {c ? (
        <ul className="contents" aria-label={t('audit.columns.completeness')}>
          {c.contents.map((x) => {
            const label = t(`audit.contents.${x.id}`);
            const hint = [t('audit.stateHint', { content: label, state: t(`audit.state.${x.state}`) }), x.evidence && x.how ? t('audit.evidence', { how: t(`audit.how.${x.how}`), text: x.evidence }) : null].filter(Boolean).join('\n');
            return (
              <li key={x.id} className={`content-chip ${x.state}`} title={hint} data-testid={`content-${x.id}`}>
                <span className="mark" aria-hidden>{stateMark[x.state]}</span>
                {x.span ? <button className="link" onClick={() => open(x.span!.start, x.span!.end)}>{label}</button> : <span>{label}</span>}
                <span className="state">{t(`audit.state.${x.state}`)}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {c && c.contents.some((x) => x.evidence) && (
        <details className="evidence">
          <summary>{t('audit.howRecognised')}</summary>
          <ul>
            {c.contents.filter((x) => x.evidence && x.how).map((x) => (
              <li key={x.id}>
                <strong>{t(`audit.contents.${x.id}`)}</strong> · {t('audit.evidence', { how: t(`audit.how.${x.how}`), text: x.evidence })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {!c && (
        <p className="muted small">{t('audit.notJudged', { docType: t(`docType.${report.docType}`) })}</p>
      )}
      {c?.truncated && c.truncatedAt && (
        <p className="note">
          {t('audit.truncated', { tail: c.truncatedTail ?? '' })}{' '}
          <button className="link small" onClick={() => open(c.truncatedAt!.start, c.truncatedAt!.end)}>{t('audit.openAt')}</button>
        </p>
      )}

      {time && (
        <p className="timeliness">
          {time.published ? (
            <>
              <button className="link" disabled={!time.source} onClick={() => time.source && open(time.source.span.start, time.source.span.end)}>
                {t('audit.published', { date: dateText(time.published, i18n.language) })}
              </button>
              {time.source && <span className="muted small">({t(`audit.dateSource.${time.source.kind}`)})</span>}
            </>
          ) : <span className="muted">{t('audit.noDate')}</span>}
          {time.deadline && <span className="muted"> · {t('audit.deadline', { date: dateText(time.deadline, i18n.language), kind: t(`audit.issuerKind.${time.issuerKind}`) })}</span>}
          {time.late !== null && <span className={time.late ? 'verdict bad' : 'verdict ok'}>{time.late ? (time.days === null ? t('audit.lateMonth') : t('audit.late', { days: time.days })) : t('audit.onTime')}</span>}
          {time.late === null && time.source?.kind === 'updated' && time.days !== null && time.days > 0 && <span className="muted small"> · {t('audit.updatedAfter')}</span>}
        </p>
      )}

      <section>
        <h4>{t('audit.checks')}</h4>
        {report.checks.length === 0 && <p className="muted small">{t('audit.noChecks')}</p>}
        <ul className="checks">{bad.map((x, i) => <CheckItem key={i} check={x} onOpen={open} />)}</ul>
        {good.length > 0 && (
          <details>
            <summary>{t('audit.consistentChecks', { count: good.length })}</summary>
            <ul className="checks">{good.map((x, i) => <CheckItem key={i} check={x} onOpen={open} />)}</ul>
          </details>
        )}
      </section>

      <section>
        <h4>{t('audit.reuse')}</h4>
        {report.reuse ? (
          <>
            <p>
              <strong>{report.reuse.share === null ? t('audit.reuseTooShort', { sentences: report.reuse.sentences }) : t('audit.reuseLine', { share: percentText(report.reuse.share), year: report.reuse.previousYear, repeated: report.reuse.repeated, sentences: report.reuse.sentences })}</strong>
              {report.reuse.previousTruncated && <span className="muted small"> · {t('audit.reusePartial')}</span>}
            </p>
            <ul className="passages">
              {report.reuse.passages.map((p) => (
                <li key={p.start}>
                  <span className="passage-text">{p.text}</span>
                  <button className="button small" onClick={() => onCompare(report.reuse!.previousId, report.id, p.start, p.end)} data-testid="side-by-side">{t('audit.sideBySide')}</button>
                </li>
              ))}
            </ul>
          </>
        ) : <p className="muted small">{t('audit.noPrevious')}</p>}
      </section>
    </article>
  );
}
