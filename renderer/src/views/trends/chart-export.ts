// The chart as a file: recharts' <svg> cloned with its computed styles inlined, framed with the title, a legend
// and the source line (so the export looks like the screen), then drawn on a canvas for PNG. No packages.
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif";
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display',
] as const;

export interface ChartFrame {
  title: string;
  subtitle?: string;
  legend: Array<{ name: string; color: string }>;
  footer: string;
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** The chart's main <svg> (recharts also draws small <svg>s for legend icons). */
export function chartSurface(container: HTMLElement): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i]!, targetChildren[i]!);
}

let measureContext: CanvasRenderingContext2D | null = null;
function textWidth(text: string, size: number, weight = 400): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size;
  measureContext.font = `${weight} ${size}px ${FONT}`;
  return measureContext.measureText(text).width;
}

function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function exportSvg(surface: SVGSVGElement, frame: ChartFrame): ExportedSvg {
  const box = surface.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const clone = surface.cloneNode(true) as SVGSVGElement;
  inlineStyles(surface, clone);
  // Hover-only marks have no place in a file.
  for (const node of clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot')) node.remove();

  const pad = 24;
  const titleHeight = frame.subtitle ? 58 : 40;
  // Legend entries flow in rows across the width.
  const legendItems: Array<{ x: number; row: number; name: string; color: string }> = [];
  let x = pad;
  let row = 0;
  for (const item of frame.legend) {
    const w = 34 + textWidth(item.name, 13) + 18;
    if (x + w > chartWidth + pad && x > pad) {
      row++;
      x = pad;
    }
    legendItems.push({ x, row, ...item });
    x += w;
  }
  const legendHeight = frame.legend.length ? (row + 1) * 22 + 6 : 0;
  const width = chartWidth + pad * 2;
  const height = pad + titleHeight + legendHeight + chartHeight + 36;

  const root = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT });
  root.append(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  root.append(el('text', { x: pad, y: pad + 18, 'font-size': 18, 'font-weight': 600, fill: '#1f2328', 'font-family': FONT }, frame.title));
  if (frame.subtitle) root.append(el('text', { x: pad, y: pad + 42, 'font-size': 13, fill: '#6b7280', 'font-family': FONT }, frame.subtitle));
  const legendTop = pad + titleHeight;
  for (const item of legendItems) {
    const y = legendTop + item.row * 22 + 10;
    root.append(el('line', { x1: item.x, y1: y, x2: item.x + 24, y2: y, stroke: item.color, 'stroke-width': 2.5 }));
    root.append(el('circle', { cx: item.x + 12, cy: y, r: 4, fill: '#ffffff', stroke: item.color, 'stroke-width': 2 }));
    root.append(el('text', { x: item.x + 32, y: y + 4.5, 'font-size': 13, fill: '#1f2328', 'font-family': FONT }, item.name));
  }
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(legendTop + legendHeight));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`);
  clone.removeAttribute('class');
  root.append(clone);
  root.append(el('text', { x: pad, y: height - 14, 'font-size': 11, fill: '#6b7280', 'font-family': FONT }, frame.footer));
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { svg, width, height };
}

/** Draws the SVG on a canvas at `scale` (2 for a crisp image on high-density screens and in print). */
export async function svgToPng({ svg, width, height }: ExportedSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d unavailable');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64ToBlob(base64: string, mimeType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

/** A file name without characters file systems refuse. */
export function safeFileName(stem: string, extension: string): string {
  return `${stem.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120)}.${extension}`;
}
