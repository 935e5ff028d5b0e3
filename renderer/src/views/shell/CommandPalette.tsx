// Ctrl/⌘+K: find any report, region, indicator or action by typing. Enter opens, Ctrl/⌘+Enter opens beside.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Command } from 'cmdk';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { IndicatorSummary } from '../../../../shared/trends/types.ts';
import { useApi } from '../../api/context.tsx';
import { reportLabel } from '../../report-label.ts';

export interface PaletteAction {
  id: string;
  label: string;
  keys?: string;
  run: () => void;
}

interface Props {
  reports: ReportSummary[];
  actions: PaletteAction[];
  onOpen: (id: number, beside: boolean) => void;
  onIndicator: (key: string) => void;
  onClose: () => void;
}

export function CommandPalette({ reports, actions, onOpen, onIndicator, onClose }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [indicators, setIndicators] = useState<IndicatorSummary[]>([]);
  const beside = useRef(false);
  useEffect(() => {
    let live = true;
    api['trends.indicators']({}).then((list) => live && setIndicators(list), () => {});
    return () => {
      live = false;
    };
  }, [api]);

  // a region leads to its newest report
  const regions = useMemo(() => {
    const newest = new Map<string, ReportSummary>();
    for (const r of reports) {
      if (!r.region) continue;
      const key = `${r.parents.join('/')}/${r.region}`;
      const seen = newest.get(key);
      if (!seen || (r.year ?? 0) > (seen.year ?? 0)) newest.set(key, r);
    }
    return [...newest.values()];
  }, [reports]);

  const run = (action: () => void) => {
    onClose();
    action();
  };

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <Command
        className="palette"
        label={t('shell.palette.placeholder')}
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
        <Command.Input autoFocus placeholder={t('shell.palette.placeholder')} className="palette-input" />
        <Command.List className="palette-list">
          <Command.Empty className="palette-empty">{t('shell.palette.empty')}</Command.Empty>
          <Command.Group heading={t('shell.palette.reports')}>
            {reports.map((r) => (
              <Command.Item key={`r${r.id}`} value={`report-${r.id} ${reportLabel(r, t)} ${r.region ?? ''} ${r.year ?? ''} ${r.fileName}`} onSelect={() => run(() => onOpen(r.id, beside.current))}>
                <span>{reportLabel(r, t)}</span>
                <span className="muted">{r.region ?? ''}{r.year ? ` · ${r.year}` : ''}</span>
              </Command.Item>
            ))}
          </Command.Group>
          <Command.Group heading={t('shell.palette.regions')}>
            {regions.map((r) => (
              <Command.Item key={`g${r.id}`} value={`region-${r.id} ${r.region} ${r.parents.join(' ')}`} onSelect={() => run(() => onOpen(r.id, beside.current))}>
                <span>{r.region}</span>
                <span className="muted">{r.parents.join(' › ')}{r.year ? ` · ${t('shell.year', { year: r.year })}` : ''}</span>
              </Command.Item>
            ))}
          </Command.Group>
          <Command.Group heading={t('shell.palette.indicators')}>
            {indicators.map((ind) => (
              <Command.Item key={`i${ind.key}`} value={`indicator-${ind.key} ${ind.name} ${ind.nameEn ?? ''}`} onSelect={() => run(() => onIndicator(ind.key))}>
                <span>{ind.name}</span>
                <span className="muted">{t('shell.home.indicatorRegions', { count: ind.regionCount })}</span>
              </Command.Item>
            ))}
          </Command.Group>
          <Command.Group heading={t('shell.palette.actions')}>
            {actions.map((a) => (
              <Command.Item key={a.id} value={`action-${a.id} ${a.label}`} onSelect={() => run(a.run)}>
                <span>{a.label}</span>
                {a.keys && <kbd>{a.keys}</kbd>}
              </Command.Item>
            ))}
          </Command.Group>
        </Command.List>
        <div className="palette-foot muted">↑↓ · Enter · {t('shell.palette.openBeside')} · Esc</div>
      </Command>
    </div>
  );
}
