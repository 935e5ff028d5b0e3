// Export handlers shared by the trend and compare panels: images drawn here, data files from the main side as a job
// (its sheet shows when it takes longer than a moment; a cancelled one saves nothing).
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context.tsx';
import type { RequestOf } from '../../../../shared/api.ts';
import { isCancelled } from '../../../../shared/api-parts/jobs.ts';
import { useJobs } from '../shell/jobs-context.tsx';
import { base64ToBlob, chartSurface, exportSvg, safeFileName, saveBlob, svgToPng, type ChartFrame } from './chart-export.ts';
import type { ExportKind } from './ExportButtons.tsx';

export function useChartExport(
  chart: RefObject<HTMLDivElement | null>,
  frame: ChartFrame | null,
  stem: string,
  dataRequest: Omit<RequestOf<'trends.export'>, 'format' | 'language' | 'jobId'> | null,
) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const jobs = useJobs();
  return useCallback(
    async (kind: ExportKind): Promise<'saved' | 'cancelled'> => {
      if (kind === 'csv' || kind === 'xlsx') {
        if (!dataRequest) return 'cancelled';
        const language = i18n.language === 'en' ? 'en' : 'zh-CN';
        const file = await jobs.track(t('trends.exportTitle', { format: kind.toUpperCase() }), 'export', (jobId) =>
          api['trends.export']({ ...dataRequest, format: kind, language, jobId }));
        if (isCancelled(file)) return 'cancelled';
        saveBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
        return 'saved';
      }
      const surface = chart.current && chartSurface(chart.current);
      if (!surface || !frame) throw new Error('no chart');
      const svg = exportSvg(surface, frame);
      if (kind === 'svg') saveBlob(new Blob([svg.svg], { type: 'image/svg+xml' }), safeFileName(stem, 'svg'));
      else saveBlob(await svgToPng(svg), safeFileName(stem, 'png'));
      return 'saved';
    },
    [api, jobs, chart, frame, stem, dataRequest, t, i18n.language],
  );
}
