// Ctrl/⌘+K: find any report, region, indicator or action by typing. Reports come from the whole library's search
// (titles that fit first); regions from the newest reports and those matches; indicators and actions from what the
// window knows. Enter opens, Ctrl/⌘+Enter opens beside.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Command } from 'cmdk';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { IndicatorSummary } from '../../../../shared/trends/types.ts';
import { useApi } from '../../api/context.tsx';
import { reportLabel } from '../../report-label.ts';
import { rankItems } from './palette-match.ts';
import { searchableQuery, useReportSearch } from './useReportSearch.ts';

export interface PaletteAction {
  id: string;
  label: string;
  keys?: string;
  run: () => void;
}

interface Props {
  /** The newest reports: shown before anything is typed, and while the library's answer is on its way. */
  reports: ReportSummary[];
  actions: PaletteAction[];
  onOpen: (id: number, beside: boolean) => void;
  onIndicator: (key: string) => void;
  /** Lists every report that holds the query in the library list. */
  onSearchLibrary: (query: string) => void;
  onClose: () => void;
}

/** Reports asked of the library per query: the titles that fit best among them are shown, the rest counted. */
export const PALETTE_REPORTS = 20;
export const PALETTE_SHOWN = 10;
const SHOWN_UNTYPED = 8;
const SHOWN_TYPED = 12;

export function CommandPalette({ reports, actions, onOpen, onIndicator, onSearchLibrary, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [indicators, setIndicators] = useState<IndicatorSummary[]>([]);
  const beside = useRef(false);
  useEffect(() => {
    let live = true;
    api['trends.indicators']({}).then((list) => live && setIndicators(list), () => {});
    return () => {
      live = false;
    };
  }, [api]);

  const query = searchableQuery(typed);
  const found = useReportSearch(typed, PALETTE_REPORTS);
  const limit = query ? SHOWN_TYPED : SHOWN_UNTYPED;
  const reportWords = (r: ReportSummary) => `${reportLabel(r, t)} ${r.region ?? ''} ${r.year ?? ''} ${r.fileName}`;
  // the library's matches (an earlier query's until this one's arrive), titles that fit the words first; before
  // the first answer, the newest reports that fit
  const rankedReports = (found ? rankItems(found.page.rows, reportWords, query, false) : rankItems(reports, reportWords, query, true)).slice(0, PALETTE_SHOWN);
  const foundNow = found?.query === query ? found.page : null;
  const more = foundNow ? foundNow.total - rankedReports.length : 0;

  // a region leads to its newest report; regions come from the newest reports and from the library's matches for
  // what is typed (a region's own reports hold its name), so a region of an old report is found too
  const matched = found?.page.rows;
  const regions = useMemo(() => {
    const newest = new Map<string, ReportSummary>();
    for (const r of [...reports, ...(matched ?? [])]) {
      if (!r.region) continue;
      const key = `${r.parents.join('/')}/${r.region}`;
      const seen = newest.get(key);
      if (!seen || (r.year ?? 0) > (seen.year ?? 0)) newest.set(key, r);
    }
    return [...newest.values()];
  }, [reports, matched]);
  const rankedRegions = rankItems(regions, (r) => `${r.region} ${r.parents.join(' ')}`, query, true).slice(0, limit);
  const rankedIndicators = rankItems(indicators, (i) => `${i.name} ${i.nameEn ?? ''}`, query, true).slice(0, limit);
  const rankedActions = rankItems(actions, (a) => a.label, query, true);

  const run = (action: () => void) => {
    onClose();
    action();
  };

  const reportsGroup = (
    <Command.Group key="reports" heading={query ? t('shell.palette.reportsFound', { count: foundNow?.total ?? rankedReports.length }) : t('shell.palette.recent')}>
      {rankedReports.map(({ item: r }) => (
        <Command.Item key={`r${r.id}`} value={`report-${r.id}`} onSelect={() => run(() => onOpen(r.id, beside.current))} data-testid="palette-report">
          <span>{reportLabel(r, t)}</span>
          <span className="muted">{r.region ?? ''}{r.year ? ` · ${r.year}` : ''}</span>
        </Command.Item>
      ))}
      {more > 0 && (
        <Command.Item value="reports-more" onSelect={() => run(() => onSearchLibrary(query))} data-testid="palette-more">
          <span className="muted">{t('shell.palette.more', { count: more, query })}</span>
          <span className="muted">{t('shell.palette.showAll')}</span>
        </Command.Item>
      )}
    </Command.Group>
  );
  const regionsGroup = (
    <Command.Group key="regions" heading={t('shell.palette.regions')}>
      {rankedRegions.map(({ item: r }) => (
        <Command.Item key={`g${r.id}`} value={`region-${r.id}`} onSelect={() => run(() => onOpen(r.id, beside.current))}>
          <span>{r.region}</span>
          <span className="muted">{r.parents.join(' › ')}{r.year ? ` · ${t('shell.year', { year: r.year })}` : ''}</span>
        </Command.Item>
      ))}
    </Command.Group>
  );
  const indicatorsGroup = (
    <Command.Group key="indicators" heading={t('shell.palette.indicators')}>
      {rankedIndicators.map(({ item: ind }) => (
        <Command.Item key={`i${ind.key}`} value={`indicator-${ind.key}`} onSelect={() => run(() => onIndicator(ind.key))}>
          <span>{ind.name}</span>
          <span className="muted">{t('shell.home.indicatorRegions', { count: ind.regionCount })}</span>
        </Command.Item>
      ))}
    </Command.Group>
  );
  const actionsGroup = (
    <Command.Group key="actions" heading={t('shell.palette.actions')}>
      {rankedActions.map(({ item: a }) => (
        <Command.Item key={a.id} value={`action-${a.id}`} onSelect={() => run(a.run)}>
          <span>{a.label}</span>
          {a.keys && <kbd>{a.keys}</kbd>}
        </Command.Item>
      ))}
    </Command.Group>
  );
  // the group whose best item fits best comes first: a report found only in the text does not outrank an action
  // named by the words; equal fits keep this order
  const groups = [
    { node: reportsGroup, shown: rankedReports.length > 0 || more > 0, score: rankedReports[0]?.score ?? 0 },
    { node: regionsGroup, shown: rankedRegions.length > 0, score: rankedRegions[0]?.score ?? 0 },
    { node: indicatorsGroup, shown: rankedIndicators.length > 0, score: rankedIndicators[0]?.score ?? 0 },
    { node: actionsGroup, shown: rankedActions.length > 0, score: rankedActions[0]?.score ?? 0 },
  ].filter((g) => g.shown).sort((a, b) => b.score - a.score);

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <Command
        className="palette"
        label={t('shell.palette.placeholder')}
        shouldFilter={false}
        data-testid="palette"
        onKeyDownCapture={(e) => {
          beside.current = e.key === 'Enter' && (e.ctrlKey || e.metaKey);
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <Command.Input autoFocus value={typed} onValueChange={setTyped} placeholder={t('shell.palette.placeholder')} className="palette-input" />
        <Command.List className="palette-list">
          <Command.Empty className="palette-empty">{query && !found ? t('shell.palette.searching') : t('shell.palette.empty')}</Command.Empty>
          {groups.map((g) => g.node)}
        </Command.List>
        <div className="palette-foot muted">↑↓ · Enter · {t('shell.palette.openBeside')} · Esc</div>
      </Command>
    </div>
  );
}
