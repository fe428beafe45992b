import type { Metadata } from 'next';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { sourceSectionOf } from '@/lib/embed/source-section';
import { site } from '@/lib/site';
import { catalog, getSimulation } from '@/simulations/catalog';

export const dynamicParams = false;

type Params = { params: Promise<{ sim: string }> };

/** One frame per catalog entry (each has a view): the catalog decides what can be embedded. */
export function generateStaticParams() {
  return catalog.map((e) => ({ sim: e.id }));
}

function entryOf(sim: string) {
  const entry = getSimulation(sim);
  if (!entry) throw new Error(`no catalog entry "${sim}"`);
  return entry;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const entry = entryOf((await params).sim);
  // Embeds are parts of other pages; search engines should send readers to the chapters.
  return { title: `${entry.title} (embedded)`, description: entry.summary, robots: { index: false } };
}

export default async function EmbedSimulationPage({ params }: Params) {
  const { sim } = await params;
  const entry = entryOf(sim);
  const source = await sourceSectionOf(entry.id);
  // The figure is a piece of a chapter section, and its headings say so: chapter (h1) and section (h2)
  // for screen readers, then the figure's own h3 title and h4 parts, as in the chapter itself.
  return (
    <>
      <h1 className="sr-only">{source ? `${site.name}: ${source.chapter}` : site.name}</h1>
      <h2 className="sr-only">{source?.section ?? 'Simulation'}</h2>
      <EmbedFrame id={entry.id} panels={entry.panels} source={source} />
    </>
  );
}
