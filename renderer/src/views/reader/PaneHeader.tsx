// A pane's heading: the report's label, region, year, type and figure count, and its tools (outline, figure
// panel, the same region's previous year, other regions of the same year).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { RelatedReports } from '../../../../shared/api-parts/reader.ts';
import type { ReaderReport } from '../../../../shared/api-parts/reading.ts';
import { regionLabel } from '../library/labels.ts';
import { reportLabel } from '../../report-label.ts';

interface Props {
  report: ReaderReport;
  figureCount: number;
  visibleCount: number;
  /** The rest of a huge report's figures are still loading. */
  figuresPending: boolean;
  related: RelatedReports | null;
  openIds: readonly number[];
  outlineOpen: boolean;
  panelOpen: boolean;
  onToggleOutline: () => void;
  onTogglePanel: () => void;
  onOpenBeside: (other: ReportSummary, before: boolean) => void;
  onClose: () => void;
}

export function PaneHeader({ report, figureCount, visibleCount, figuresPending, related, openIds, outlineOpen, panelOpen, onToggleOutline, onTogglePanel, onOpenBeside, onClose }: Props) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const previous = related?.previousYear ?? null;
  const place = report.region ?? t('library.unknownRegion');
  const label = reportLabel(report, t);
  const openBeside = (other: ReportSummary, before = false) => {
    setMenuOpen(false);
    onOpenBeside(other, before);
  };
  return (
    <header className="pane-header">
      <div className="pane-heading">
        <h1 className="pane-title" title={`${label}\n${report.fileName}`}>{label}</h1>
        <p className="pane-meta">
          <span className="meta-region">{regionLabel(report, t)}</span>
          <span className="meta-year">{report.year ? `${report.year}` : t('library.unknownYear')}</span>
          <span>{t(`docType.${report.docType}`)}</span>
          {report.published && <span>{t('reader.published')} {report.published}</span>}
          <span>{t('reader.figures')} {figuresPending ? `${report.figureCount} · ${t('reader.figuresLoading')}` : visibleCount}</span>
        </p>
        <div className="pane-tools">
          <button className={`tool${outlineOpen ? ' on' : ''}`} aria-pressed={outlineOpen} onClick={onToggleOutline} title={t('reader.outlineHint')} data-testid="outline-toggle">
            ☰ {t('reader.outline')}
          </button>
          <button className={`tool${panelOpen ? ' on' : ''}`} aria-pressed={panelOpen} onClick={onTogglePanel} data-testid="panel-toggle">
            ▦ {t('reader.figurePanel')} <span className="count">{figureCount}</span>
          </button>
          <button
            className="tool"
            disabled={!previous}
            onClick={() => previous && openBeside(previous, true)}
            title={previous ? t('reader.previousYearOf', { region: place, year: previous.year }) : t('reader.noPreviousYear', { region: place, year: (report.year ?? 0) - 1 })}
            data-testid="pick-previous-year"
          >
            ‹ {t('reader.previousYear')}{previous ? ` ${previous.year}` : ''}
          </button>
          <div className="menu-wrap">
            <button
              className={`tool${menuOpen ? ' on' : ''}`}
              disabled={!related || related.sameYear.length === 0}
              aria-expanded={menuOpen}
              onClick={() => setMenuOpen(!menuOpen)}
              title={related?.sameYear.length ? t('reader.sameYearOf', { year: report.year }) : t('reader.noSameYear', { year: report.year ?? '' })}
              data-testid="pick-same-year"
            >
              {t('reader.sameYear')} ▾
            </button>
            {menuOpen && related && (
              <ul className="menu" role="menu" onMouseLeave={() => setMenuOpen(false)}>
                {related.sameYear.map((r) => (
                  <li key={r.id} role="none">
                    <button role="menuitem" onClick={() => openBeside(r)}>
                      <span>{regionLabel(r, t)}</span>
                      <span className="muted">{t(`docType.${r.docType}`)}{openIds.includes(r.id) ? ` · ${t('reader.alreadyOpen')}` : ''}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </div>
      <button className="icon-button" onClick={onClose} aria-label={t('reader.close')} title={t('reader.close')}>×</button>
    </header>
  );
}
