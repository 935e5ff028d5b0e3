// Home: the library at a glance when no report is open. Every item leads into the work: a count lists its
// reports, a report opens, a report that needs a look opens its details, an indicator opens its trend.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { IndicatorSummary } from '../../../../shared/trends/types.ts';
import { useApi } from '../../api/context.tsx';
import { reportLabel } from '../../report-label.ts';
import { overviewOf } from './overview.ts';

interface Props {
  /** The newest reports (a page of the library); `total` is how many it holds. */
  reports: ReportSummary[];
  total: number;
  onOpen: (id: number, beside: boolean) => void;
  onEdit: (id: number) => void;
  onIndicator: (key: string) => void;
}

type Pick = { kind: 'level' | 'year' | 'type'; value: string } | null;

export function HomeView({ reports, total, onOpen, onEdit, onIndicator }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const overview = useMemo(() => overviewOf(reports), [reports]);
  const [indicators, setIndicators] = useState<IndicatorSummary[] | null>(null);
  const [picked, setPicked] = useState<Pick>(null);
  useEffect(() => {
    let live = true;
    api['trends.indicators']({}).then((list) => live && setIndicators(list.slice(0, 8)), () => live && setIndicators([]));
    return () => {
      live = false;
    };
  }, [api, reports]);

  const pickedReports = picked
    ? reports.filter((r) => (picked.kind === 'level' ? (r.level ?? 'unknown') === picked.value : picked.kind === 'year' ? String(r.year) === picked.value : r.docType === picked.value))
    : [];
  const chip = (kind: 'level' | 'year' | 'type', value: string, label: string, n: number) => (
    <button key={value} className={`chip${picked?.kind === kind && picked.value === value ? ' on' : ''}`} onClick={() => setPicked(picked?.kind === kind && picked.value === value ? null : { kind, value })} data-testid="home-count">
      {label} <span className="muted">{n}</span>
    </button>
  );
  const row = (r: ReportSummary, extra?: string) => (
    <li key={r.id}>
      <button className="home-report" onClick={(e) => onOpen(r.id, e.ctrlKey || e.metaKey)} title={r.fileName}>
        <span>{reportLabel(r, t)}</span>
        {extra && <span className="muted">{extra}</span>}
      </button>
    </li>
  );

  return (
    <div className="home" data-testid="home">
      <header className="home-head">
        <h1>{t('shell.home.title')}</h1>
        <p className="muted">
          {t('shell.home.reports', { count: total })} · {t('shell.home.figures', { count: overview.figures })} · {t('shell.home.openHint')}
          {total > reports.length && <> · {t('shell.home.sample', { count: reports.length })}</>}
        </p>
      </header>
      <div className="home-grid">
        <section className="home-card">
          <h2>{t('shell.home.byLevel')}</h2>
          <div className="chips">{overview.byLevel.map(([level, n]) => chip('level', level, level === 'unknown' ? t('library.unknownRegion') : t(`level.${level}`), n))}</div>
          <h2>{t('shell.home.byYear')}</h2>
          <div className="chips">{overview.byYear.map(([year, n]) => chip('year', String(year), t('shell.year', { year }), n))}</div>
          <h2>{t('shell.home.byType')}</h2>
          <div className="chips">{overview.byType.map(([type, n]) => chip('type', type, t(`docType.${type}`), n))}</div>
          {picked && <ul className="home-list" data-testid="home-picked">{pickedReports.slice(0, 30).map((r) => row(r))}</ul>}
        </section>
        <section className="home-card">
          <h2>{t('shell.home.latest')}</h2>
          <ul className="home-list" data-testid="home-latest">{overview.latest.map((r) => row(r, t('library.figures', { count: r.figureCount })))}</ul>
        </section>
        <section className="home-card">
          <h2>{t('shell.home.needsLook')}</h2>
          {overview.needsLook.length === 0 ? <p className="muted">{t('shell.home.needsLookNone')}</p> : (
            <ul className="home-list" data-testid="home-needs-look">
              {overview.needsLook.map(({ report, reasons }) => (
                <li key={report.id}>
                  <button className="home-report" onClick={() => onEdit(report.id)} title={report.fileName}>
                    <span>{reportLabel(report, t)}</span>
                    <span className="flags">{reasons.map((k) => <span key={k} className="flag">{t(`shell.home.reasons.${k}`, { count: report.sameSlotCount })}</span>)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="home-card">
          <h2>{t('shell.home.indicators')}</h2>
          {indicators === null ? <div className="skeleton-lines">{[0, 1, 2].map((i) => <div key={i} className="skeleton-line" />)}</div> : (
            <ul className="home-list" data-testid="home-indicators">
              {indicators.map((ind) => (
                <li key={ind.key}>
                  <button className="home-report" onClick={() => onIndicator(ind.key)}>
                    <span>{ind.name}</span>
                    <span className="muted">{t('shell.home.indicatorRegions', { count: ind.regionCount })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
