// Region overview: small multiples of the indicators a region reports most, across its years.
import { useTranslation } from 'react-i18next';
import type { RegionDashboard } from '../../../../shared/trends/types.ts';
import { TrendChart, scaleFor } from './TrendChart.tsx';
import { pointValue, regionName } from './labels.ts';
import type { Query } from './useQuery.ts';
import { ErrorState, SkeletonChart } from './states.tsx';

interface Props {
  regionKey: string | null;
  dashboard: Query<RegionDashboard>;
  onShowTrend: (indicator: string, region: string) => void;
  onOpenFigure: (reportId: number, start: number, end: number) => void;
}

export function DashboardPanel({ regionKey, dashboard, onShowTrend, onOpenFigure }: Props) {
  const { t, i18n } = useTranslation();
  if (!regionKey) return <section className="trend-main"><div className="trend-empty"><p>{t('trends.pickRegion')}</p></div></section>;
  if (dashboard.error) return <section className="trend-main"><ErrorState message={dashboard.error} onRetry={dashboard.reload} /></section>;
  const data = dashboard.data?.region.key === regionKey ? dashboard.data : null;
  if (!data) {
    return (
      <section className="trend-main">
        <div className="dashboard-grid">{Array.from({ length: 6 }, (_, i) => <SkeletonChart key={i} height={190} />)}</div>
      </section>
    );
  }
  return (
    <section className="trend-main" data-testid="dashboard">
      <header className="trend-header">
        <div>
          <h1 className="trend-title">{t('trends.dashboard.title', { region: regionName(data.region) })}</h1>
          <p className="muted small">{t('trends.dashboard.intro')}</p>
        </div>
      </header>
      {data.panels.length === 0 && <div className="trend-empty"><p>{t('trends.dashboard.empty')}</p></div>}
      <div className="dashboard-grid">
        {data.panels.map((panel) => {
          const scale = scaleFor([{ region: data.region, points: panel.points }], panel.unit);
          const latest = panel.points[panel.points.length - 1];
          const name = i18n.language === 'en' && panel.indicator.nameEn ? panel.indicator.nameEn : panel.indicator.name;
          return (
            <article key={panel.indicator.key} className="mini-card" data-testid="dashboard-panel" data-key={panel.indicator.key}>
              <header>
                <button className="link mini-title" onClick={() => onShowTrend(panel.indicator.key, data.region.key)} title={t('trends.dashboard.open')}>
                  {name}
                </button>
                <span className="muted small">{t('trends.unit', { unit: scale.unit })}</span>
              </header>
              {latest && <p className="mini-latest">{t('trends.dashboard.latest', { value: pointValue(latest, scale), year: latest.year })}</p>}
              <TrendChart
                compact
                height={150}
                series={[{ region: data.region, points: panel.points }]}
                years={data.years}
                unit={panel.unit}
                onOpenFigure={onOpenFigure}
              />
            </article>
          );
        })}
      </div>
    </section>
  );
}
