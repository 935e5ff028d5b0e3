// Home: the library at a glance when no report is open. Every item leads into the work: a count lists its
// reports, a report opens, a report that needs a look opens its details, an indicator opens its trend.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { LibraryOverview, ReportFilters } from '../../../../shared/api-parts/library.ts';
import type { IndicatorSummary } from '../../../../shared/trends/types.ts';
import { useApi } from '../../api/context.tsx';
import { reportLabel } from '../../report-label.ts';

interface Props {
  /** Changes whenever the library does: home counts again. */
  generation: number;
  onOpen: (id: number, beside: boolean) => void;
  onEdit: (id: number) => void;
  onIndicator: (key: string) => void;
}

type Pick = { kind: 'level' | 'year' | 'type'; value: string } | null;

const EMPTY: LibraryOverview = { total: 0, figures: 0, byLevel: [], byYear: [], byType: [], latest: [], needsLook: [], needsLookTotal: 0 };
/** Reports listed under a picked count (the library list holds them all). */
const PICKED_SHOWN = 30;

export function HomeView({ generation, onOpen, onEdit, onIndicator }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [overview, setOverview] = useState<LibraryOverview | null>(null);
  const [indicators, setIndicators] = useState<IndicatorSummary[] | null>(null);
  const [picked, setPicked] = useState<Pick>(null);
  const [pickedReports, setPickedReports] = useState<{ rows: ReportSummary[]; total: number } | null>(null);
  useEffect(() => {
    let live = true;
    api['library.overview']({}).then((o) => live && setOverview(o), () => live && setOverview(EMPTY));
    api['trends.indicators']({}).then((list) => live && setIndicators(list.slice(0, 8)), () => live && setIndicators([]));
    return () => {
      live = false;
    };
  }, [api, generation]);
  useEffect(() => {
    if (!picked) return;
    let live = true;
    // a picked count lists its newest reports from the library itself
    const filters: ReportFilters = picked.kind === 'level' ? { level: picked.value as ReportFilters['level'] }
      : picked.kind === 'year' ? { year: Number(picked.value) } : { docType: picked.value as ReportFilters['docType'] };
    api['reports.list']({ offset: 0, limit: PICKED_SHOWN, sort: { by: 'imported', direction: 'desc' }, filters })
      .then((page) => live && setPickedReports(page), () => live && setPickedReports({ rows: [], total: 0 }));
    return () => {
      live = false;
    };
  }, [api, picked, generation]);
  const pick = (next: Pick) => {
    setPicked(next);
    setPickedReports(null);
  };
  const o = overview ?? EMPTY;
  const chip = (kind: 'level' | 'year' | 'type', value: string, label: string, n: number) => (
    <button key={value} className={`chip${picked?.kind === kind && picked.value === value ? ' on' : ''}`} onClick={() => pick(picked?.kind === kind && picked.value === value ? null : { kind, value })} data-testid="home-count">
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
          {t('shell.home.reports', { count: o.total })} · {t('shell.home.figures', { count: o.figures })} · {t('shell.home.openHint')}
        </p>
      </header>
      <div className="home-grid">
        <section className="home-card">
          <h2>{t('shell.home.byLevel')}</h2>
          <div className="chips">{o.byLevel.map(([level, n]) => chip('level', level, level === 'unknown' ? t('library.unknownRegion') : t(`level.${level}`), n))}</div>
          <h2>{t('shell.home.byYear')}</h2>
          <div className="chips">{o.byYear.map(([year, n]) => chip('year', String(year), t('shell.year', { year }), n))}</div>
          <h2>{t('shell.home.byType')}</h2>
          <div className="chips">{o.byType.map(([type, n]) => chip('type', type, t(`docType.${type}`), n))}</div>
          {picked && pickedReports && (
            <ul className="home-list" data-testid="home-picked">
              {pickedReports.rows.map((r) => row(r))}
              {pickedReports.total > pickedReports.rows.length && <li className="muted">{t('shell.home.more', { count: pickedReports.total - pickedReports.rows.length })}</li>}
            </ul>
          )}
        </section>
        <section className="home-card">
          <h2>{t('shell.home.latest')}</h2>
          <ul className="home-list" data-testid="home-latest">{o.latest.map((r) => row(r, t('library.figures', { count: r.figureCount })))}</ul>
        </section>
        <section className="home-card">
          <h2>{t('shell.home.needsLook')}{o.needsLookTotal > o.needsLook.length && <span className="muted"> · {t('shell.home.needsLookTotal', { count: o.needsLookTotal })}</span>}</h2>
          {o.needsLook.length === 0 ? <p className="muted">{t('shell.home.needsLookNone')}</p> : (
            <ul className="home-list" data-testid="home-needs-look">
              {o.needsLook.map(({ report, reasons }) => (
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
