// One row of the library list: a group header when the group changes, the report's line, flags, and a search snippet.
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { SearchHit } from '../../../../shared/api-parts/library.ts';
import type { GroupHeader } from './groups.ts';
import { reportLabel } from '../../report-label.ts';

interface Props {
  report: ReportSummary | SearchHit;
  header: GroupHeader | null;
  /** Off when a group header above already names the region. */
  showRegion: boolean;
  selected: boolean;
  onOpen: (id: number, beside: boolean) => void;
  onEdit: (id: number) => void;
}

export function ReportRow({ report: r, header, showRegion, selected, onOpen, onEdit }: Props) {
  const { t } = useTranslation();
  const snippet = 'snippet' in r ? r.snippet : null;
  return (
    <>
      {header && (
        <div className="library-group" data-testid="library-group">
          <span>{header.label}</span>
          {header.context && <span className="muted">{header.context}</span>}
        </div>
      )}
      <div className={`library-report${selected ? ' selected' : ''}`}>
        <button
          className="library-open"
          data-testid="library-report"
          onClick={(e) => onOpen(r.id, e.shiftKey || e.metaKey || e.ctrlKey)}
          title={r.title ?? r.fileName}
        >
          <span className="report-line">
            <strong>{r.year ?? t('library.unknownYear')}</strong>
            <span className="doc-type">{t(`docType.${r.docType}`)}</span>
            {showRegion && <span className="muted">{r.region ?? t('library.unknownRegion')}</span>}
            <span className="muted">{r.figureCount ? t('library.figures', { count: r.figureCount }) : t('libraryList.noFigures')}</span>
          </span>
          <span className="report-title">{reportLabel(r, t)}</span>
          {snippet && (
            <span className="report-snippet" data-testid="search-snippet">
              {snippet.before}
              <mark>{snippet.match}</mark>
              {snippet.after}
            </span>
          )}
          <span className="flags">
            {r.regionCandidates.length > 0 && <span className="flag">{t('library.ambiguous')}</span>}
            {r.sameSlotCount > 1 && <span className="flag">{t('library.sameSlot', { count: r.sameSlotCount })}</span>}
            {r.decodeWarning && <span className="flag">{t('library.decodeWarning')}</span>}
          </span>
        </button>
        <button className="edit" onClick={() => onEdit(r.id)} title={t('info.edit')} aria-label={t('info.edit')}>✎</button>
      </div>
    </>
  );
}
