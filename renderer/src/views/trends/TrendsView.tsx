// The trends view (issue 6): indicator and region pickers, chart, table, export; a region overview; a comparison.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context.tsx';
import type { TrendRequest } from '../../navigation.ts';
import type { RegionLevel } from '../../../../shared/meta/types.ts';
import { useQuery } from './useQuery.ts';
import { IndicatorList } from './IndicatorList.tsx';
import { TrendPanel } from './TrendPanel.tsx';
import { DashboardPanel } from './DashboardPanel.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { ErrorState } from './states.tsx';
import { regionName } from './labels.ts';
import { yearsLabel } from './RegionPicker.tsx';
import './trends.css';

export interface TrendsViewProps {
  request: TrendRequest | null;
  /** Open a figure's sentence in the reader. */
  onOpenFigure: (reportId: number, start: number, end: number) => void;
}

type Mode = 'trend' | 'dashboard' | 'compare';

/**
 * Bumps whenever the library may have changed under the view: when it comes into sight (after reading and
 * reviewing figures), and when the library's counts move while it is in sight (an import dropped on the window).
 */
function useLibraryStamp(ref: RefObject<HTMLElement | null>): number {
  const api = useApi();
  const [stamp, setStamp] = useState(0);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const inSight = () => node.offsetParent !== null && document.visibilityState === 'visible';
    let visible = inSight();
    let counts = '';
    const observer = new ResizeObserver(() => {
      const now = inSight();
      if (now && !visible) setStamp((n) => n + 1);
      visible = now;
    });
    observer.observe(node);
    const check = () =>
      api['library.info']({}).then((info) => {
        const now = `${info.reportCount}:${info.figureCount}`;
        if (counts && now !== counts) setStamp((n) => n + 1);
        counts = now;
      }, () => {});
    void check();
    const timer = setInterval(() => inSight() && void check(), 3000);
    return () => {
      observer.disconnect();
      clearInterval(timer);
    };
  }, [api, ref]);
  return stamp;
}

export function TrendsView({ request, onOpenFigure }: TrendsViewProps) {
  const api = useApi();
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const shown = useLibraryStamp(root);
  const [mode, setMode] = useState<Mode>('trend');
  const [indicatorKey, setIndicatorKey] = useState<string | null>(null);
  const [regionKeys, setRegionKeys] = useState<string[]>([]);
  const [dashboardRegion, setDashboardRegion] = useState<string | null>(null);
  const [compareYear, setCompareYear] = useState<number | null>(null);
  const [compareLevel, setCompareLevel] = useState<RegionLevel | null>(null);
  // Regions the user or the reader asked for stay on the chart even where a new indicator has no figure for them.
  const pinned = useRef(new Set<string>());
  // Choices made for the user (first visit) are remade when the library changes; the user's own are kept.
  const autoIndicator = useRef(true);
  const autoRegions = useRef(true);
  const indicatorRef = useRef(indicatorKey);
  indicatorRef.current = indicatorKey;

  const indicators = useQuery(`indicators:${shown}`, () => api['trends.indicators']({}));
  const indicator = indicators.data?.find((i) => i.key === indicatorKey) ?? null;
  const regions = useQuery(indicatorKey ? `regions:${indicatorKey}:${shown}` : null, () => api['trends.regions']({ indicator: indicatorKey! }));
  const allRegions = useQuery(mode === 'dashboard' ? `all-regions:${shown}` : null, () => api['trends.regions']({}));
  const seriesKey = mode === 'trend' && indicatorKey && regionKeys.length ? `series:${indicatorKey}:${regionKeys.join(',')}:${shown}` : null;
  const series = useQuery(seriesKey, () => api['trends.series']({ indicator: indicatorKey!, regions: regionKeys }));
  const dashboard = useQuery(mode === 'dashboard' && dashboardRegion ? `dashboard:${dashboardRegion}:${shown}` : null, () => api['trends.dashboard']({ region: dashboardRegion! }));
  const compareKey = mode === 'compare' && indicatorKey ? `compare:${indicatorKey}:${compareYear}:${compareLevel}:${shown}` : null;
  const compare = useQuery(compareKey, () =>
    api['trends.compare']({ indicator: indicatorKey!, year: compareYear ?? undefined, level: compareLevel ?? undefined }),
  );

  // The reader asked for a trend: the same indicator gains the region; another one starts over with it.
  useEffect(() => {
    if (!request) return;
    setMode('trend');
    autoIndicator.current = false;
    autoRegions.current = false;
    if (indicatorRef.current === request.indicator) {
      for (const r of request.regions) pinned.current.add(r);
      setRegionKeys((keys) => [...new Set([...keys, ...request.regions])]);
    } else {
      pinned.current = new Set(request.regions);
      setRegionKeys(request.regions);
    }
    setIndicatorKey(request.indicator);
  }, [request]);

  // Until the user picks one, the most widespread indicator (again after an import changed the library).
  useEffect(() => {
    if (autoIndicator.current && indicators.data?.length) setIndicatorKey(indicators.data[0]!.key);
  }, [indicators.data]);

  // A new indicator keeps the regions that report it; with none left (or none chosen), the two with the most years.
  useEffect(() => {
    const available = regions.data;
    if (!available) return;
    setRegionKeys((keys) => {
      const has = new Set(available.map((r) => r.key));
      const kept = autoRegions.current ? [] : keys.filter((k) => has.has(k) || pinned.current.has(k));
      if (kept.length) return kept.length === keys.length ? keys : kept;
      autoRegions.current = true;
      const top = [...available].sort((a, b) => b.years.length - a.years.length || a.name.localeCompare(b.name, 'zh-CN')).slice(0, 2).map((r) => r.key);
      return top.join() === keys.join() ? keys : top;
    });
  }, [regions.data]);

  useEffect(() => {
    if (mode === 'dashboard' && dashboardRegion === null) {
      const first = regionKeys[0] ?? allRegions.data?.[0]?.key ?? null;
      if (first) setDashboardRegion(first);
    }
  }, [mode, dashboardRegion, regionKeys, allRegions.data]);

  const selectIndicator = useCallback((key: string) => {
    autoIndicator.current = false;
    pinned.current.clear();
    setIndicatorKey(key);
    setCompareYear(null);
  }, []);
  const changeRegions = useCallback((keys: string[]) => {
    autoRegions.current = false;
    pinned.current = new Set(keys);
    setRegionKeys(keys);
  }, []);
  const showTrend = useCallback((key: string, region: string) => {
    autoIndicator.current = false;
    autoRegions.current = false;
    pinned.current = new Set([region]);
    setIndicatorKey(key);
    setRegionKeys([region]);
    setMode('trend');
  }, []);

  const sortedRegions = useMemo(() => allRegions.data ?? null, [allRegions.data]);

  let body;
  if (indicators.error) body = <section className="trend-main"><ErrorState message={indicators.error} onRetry={indicators.reload} /></section>;
  else if (indicators.data && indicators.data.length === 0) {
    body = (
      <div className="empty-state" data-testid="trends-empty">
        <h2>{t('trends.emptyLibrary')}</h2>
        <p className="muted">{t('trends.emptyLibraryHint')}</p>
      </div>
    );
  } else {
    body = (
      <>
        {mode === 'dashboard' ? (
          <div className="trend-side">
            <h2 className="trend-side-title">{t('trends.regions')}</h2>
            {sortedRegions === null ? (
              <div className="skeleton-lines">{Array.from({ length: 8 }, (_, i) => <div key={i} className="skeleton-line" />)}</div>
            ) : (
              <ul className="indicator-list" data-testid="region-list">
                {sortedRegions.map((r) => (
                  <li key={r.key}>
                    <button className={`indicator-item${r.key === dashboardRegion ? ' selected' : ''}`} aria-pressed={r.key === dashboardRegion} onClick={() => setDashboardRegion(r.key)}>
                      <span className="indicator-name">{regionName(r)}</span>
                      <span className="indicator-counts">{yearsLabel(r.years)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <IndicatorList indicators={indicators.data} selected={indicatorKey} onSelect={selectIndicator} />
        )}
        {mode === 'trend' && (
          <TrendPanel indicator={indicator} regionKeys={regionKeys} result={series} regions={regions.data} onRegionsChange={changeRegions} onOpenFigure={onOpenFigure} />
        )}
        {mode === 'dashboard' && <DashboardPanel regionKey={dashboardRegion} dashboard={dashboard} onShowTrend={showTrend} onOpenFigure={onOpenFigure} />}
        {mode === 'compare' && (
          <ComparePanel
            indicator={indicator}
            year={compareYear}
            level={compareLevel}
            result={compare}
            onYearChange={setCompareYear}
            onLevelChange={setCompareLevel}
            onOpenFigure={onOpenFigure}
          />
        )}
      </>
    );
  }

  return (
    <div className="trends" ref={root} data-testid="trends-view">
      <div className="trend-modes" role="tablist" aria-label={t('trends.tab')}>
        {(['trend', 'dashboard', 'compare'] as const).map((m) => (
          <button key={m} role="tab" aria-selected={mode === m} className={mode === m ? 'mode active' : 'mode'} onClick={() => setMode(m)} data-testid={`mode-${m}`}>
            {t(`trends.modes.${m}`)}
          </button>
        ))}
      </div>
      <div className="trends-body">{body}</div>
    </div>
  );
}
