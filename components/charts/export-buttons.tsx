'use client';
/**
 * Export a figure's charts: the data as CSV, each SVG as a standalone file
 * (computed colours and fonts inlined) or as a PNG at twice the resolution.
 */
import type { RefObject } from 'react';

/** Offers a file to the reader (charts, the lab's shell script). */
export function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Inline the computed colours so an exported SVG looks the same outside the page. */
function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const style = getComputedStyle(document.documentElement);
  const resolve = (v: string | null) => (v && v.startsWith('var(') ? style.getPropertyValue(v.slice(4, -1)).trim() : v);
  clone.querySelectorAll<SVGElement>('[stroke],[fill]').forEach((el) => {
    for (const attr of ['stroke', 'fill']) {
      const v = el.getAttribute(attr);
      if (v) el.setAttribute(attr, resolve(v) ?? v);
    }
  });
  clone.querySelectorAll('text').forEach((t) => {
    const computed = getComputedStyle(svg.querySelector('text') ?? svg);
    t.setAttribute('fill', t.getAttribute('fill') ?? computed.fill);
    t.setAttribute('font-family', computed.fontFamily);
    t.setAttribute('font-size', '10');
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}

type Props = {
  /** Element holding the chart SVGs, in the order of `names`. */
  container: RefObject<HTMLElement | null>;
  /** File name part for each SVG ("queues" → receive-path-queues.svg). */
  names: readonly string[];
  base: string;
  csv: () => string;
};

export function ExportButtons({ container, names, base, csv }: Props) {
  const button = 'h-7 rounded-md border border-rule px-2 text-xs font-medium text-ink-2 hover:bg-paper-2 hover:text-ink';
  const svgs = () => Array.from(container.current?.querySelectorAll<SVGSVGElement>('svg[role="img"]') ?? []);
  const fileName = (i: number, ext: string) => `${base}-${names[i] ?? `chart-${i + 1}`}.${ext}`;
  const exportSvg = () => svgs().forEach((svg, i) => download(fileName(i, 'svg'), new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' })));
  const exportPng = () => {
    svgs().forEach((svg, i) => {
      const img = new Image();
      const scale = 2;
      img.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = svg.clientWidth * scale;
        canvas.height = svg.clientHeight * scale;
        const ctx = canvas.getContext('2d');
        if (!ctx) return;
        ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--card').trim() || '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob((b) => b && download(fileName(i, 'png'), b), 'image/png');
      };
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg))}`;
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-1.5 font-sans" role="group" aria-label="Export">
      <span className="mr-1 text-xs text-ink-2">Export</span>
      <button type="button" className={button} onClick={() => download(`${base}.csv`, new Blob([csv()], { type: 'text/csv' }))}>
        CSV
      </button>
      <button type="button" className={button} onClick={exportSvg}>
        SVG
      </button>
      <button type="button" className={button} onClick={exportPng}>
        PNG
      </button>
    </div>
  );
}
