// Export handlers shared by the trend and compare panels: images drawn here, data files from the main side.
import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context.tsx';
import type { RequestOf } from '../../../../shared/api.ts';
import { base64ToBlob, chartSurface, exportSvg, safeFileName, saveBlob, svgToPng, type ChartFrame } from './chart-export.ts';
import type { ExportKind } from './ExportButtons.tsx';

export function useChartExport(
  chart: RefObject<HTMLDivElement | null>,
  frame: ChartFrame | null,
  stem: string,
  dataRequest: Omit<RequestOf<'trends.export'>, 'format' | 'language'> | null,
) {
  const { i18n } = useTranslation();
  const api = useApi();
  return useCallback(
    async (kind: ExportKind) => {
      if (kind === 'csv' || kind === 'xlsx') {
        if (!dataRequest) return;
        const file = await api['trends.export']({ ...dataRequest, format: kind, language: i18n.language === 'en' ? 'en' : 'zh-CN' });
        saveBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
        return;
      }
      const surface = chart.current && chartSurface(chart.current);
      if (!surface || !frame) throw new Error('no chart');
      const svg = exportSvg(surface, frame);
      if (kind === 'svg') saveBlob(new Blob([svg.svg], { type: 'image/svg+xml' }), safeFileName(stem, 'svg'));
      else saveBlob(await svgToPng(svg), safeFileName(stem, 'png'));
    },
    [api, chart, frame, stem, dataRequest, i18n.language],
  );
}
