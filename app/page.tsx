import Link from 'next/link';
import { Value } from '@/components/prose/value';
import { Simulation } from '@/components/sims/frame/simulation';
import { outline } from '@/content/outline';
import { listChapters } from '@/lib/chapters';
import { listDecks } from '@/lib/decks/decks';
import { site } from '@/lib/site';

// Six lessons: the grid below has 1, 2 or 3 columns, and six fill every row of each (e2e/home.spec.ts measures it).
const lessons: Array<{ stage: string; title: string; text: string }> = [
  { stage: 'wire', title: 'The budget', text: 'How many packets a link delivers each second, and how few nanoseconds that leaves for each one.' },
  { stage: 'irq', title: 'The kernel path', text: 'NIC rings, DMA, interrupts, NAPI, softirq and sockets: what each packet costs on its way to your code.' },
  { stage: 'softirq', title: 'Where packets die', text: 'Ring overflows, backlog drops, full socket buffers — and the counter that names each one.' },
  {
    stage: 'socket',
    title: 'Tuning that pays',
    text: 'Ring sizes, coalescing, RSS, IRQ affinity, busy polling: which knobs double the baseline, and why not more.',
  },
  {
    stage: 'bypass',
    title: 'Kernel bypass',
    text: 'DPDK, AF_XDP, netmap, PF_RING, OpenOnload, VMA, TLDK and ef_vi: line rate on one core, and how they stay safe.',
  },
  {
    stage: 'app',
    title: 'Choosing your path',
    text: 'From your rate, frame sizes, latency target, protocol and team to a recommendation, with every stack side by side.',
  },
];

export default async function HomePage() {
  const chapters = await listChapters();
  const decks = await listDecks();
  const planned = outline.filter((c) => c.status === 'planned' && !chapters.some((p) => p.slug === c.slug));
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <section className="grid gap-10 pb-12 pt-12 sm:pt-16 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.05fr)] lg:items-center lg:gap-14">
        <div>
          <p className="font-sans text-xs font-bold uppercase tracking-[0.14em] text-accent">{site.tagline}</p>
          <h1 className="mt-4 font-sans text-[2.25rem] font-bold leading-[1.05] tracking-tight text-ink text-balance sm:text-5xl">
            A new packet every <Value sim="line-rate" metric="nsPerPacket" params={{ linkGbps: 10, frameBytes: 64 }} />.
          </h1>
          <p className="mt-5 font-serif text-lg leading-relaxed text-ink-2 text-pretty sm:text-xl">
            That is 10&nbsp;GbE with the smallest frames: <Value sim="line-rate" metric="pps" params={{ linkGbps: 10, frameBytes: 64 }} /> packets a second. A
            stock Linux kernel cannot keep up; kernel-bypass stacks can. This is an interactive guide to why — change the numbers and watch.
          </p>
          <div className="mt-7 flex flex-wrap gap-3 font-sans">
            {chapters[0] && (
              <Link href={`/chapters/${chapters[0].slug}/`} className="rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-accent-ink hover:opacity-90">
                Start reading: chapter {chapters[0].order}
              </Link>
            )}
            <Link href="#chapters" className="rounded-lg border border-rule-strong px-4 py-2.5 text-sm font-semibold text-ink hover:border-accent">
              See all chapters
            </Link>
            {decks.map((d) => (
              <Link
                key={d.slug}
                href={`/present/${d.slug}/`}
                data-deck-link={d.slug}
                className="rounded-lg border border-rule-strong px-4 py-2.5 text-sm font-semibold text-ink hover:border-accent"
              >
                Present it as a {d.durationMinutes}-minute talk
              </Link>
            ))}
          </div>
        </div>
        <div className="rounded-2xl border border-rule bg-card p-4 shadow-[0_12px_40px_-18px_rgb(0_0_0/0.25)] sm:p-6">
          <p className="mb-3 font-sans text-[0.68rem] font-bold uppercase tracking-[0.12em] text-accent">Live · try the numbers</p>
          <Simulation id="line-rate" panel="teaser" />
        </div>
      </section>

      <section aria-labelledby="learn" className="border-t border-rule py-12">
        <h2 id="learn" className="font-sans text-2xl font-bold tracking-tight text-ink">
          What you will learn
        </h2>
        <ul className="mt-6 grid gap-x-8 gap-y-6 font-sans sm:grid-cols-2 lg:grid-cols-3">
          {lessons.map((l) => (
            <li key={l.title} className="border-l-[3px] pl-4" style={{ borderColor: `var(--stage-${l.stage})` }}>
              <p className="font-semibold text-ink">{l.title}</p>
              <p className="mt-1 text-sm leading-relaxed text-ink-2">{l.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section id="chapters" aria-labelledby="chapters-heading" className="scroll-mt-20 border-t border-rule py-12">
        <h2 id="chapters-heading" className="font-sans text-2xl font-bold tracking-tight text-ink">
          Chapters
        </h2>
        <ol className="mt-6 space-y-4 font-sans">
          {chapters.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/chapters/${c.slug}/`}
                className="group grid gap-1 rounded-xl border border-rule bg-card p-5 hover:border-accent sm:grid-cols-[5rem_1fr_auto] sm:items-baseline sm:gap-4"
              >
                <span className="text-xs font-bold uppercase tracking-wider text-accent">Chapter {c.order}</span>
                <span>
                  <span className="block text-lg font-semibold text-ink group-hover:text-accent">{c.title}</span>
                  <span className="mt-1 block text-sm leading-relaxed text-ink-2">{c.summary}</span>
                </span>
                <span className="tabular text-sm text-ink-3">{c.readingMinutes} min</span>
              </Link>
            </li>
          ))}
        </ol>
        {planned.length > 0 && (
          <>
            <h3 className="mt-10 font-sans text-sm font-bold uppercase tracking-[0.12em] text-ink-3">In preparation</h3>
            <ol className="mt-4 grid gap-3 font-sans sm:grid-cols-2">
              {planned.map((c) => (
                <li key={c.slug} className="rounded-lg border border-dashed border-rule px-4 py-3">
                  <span className="text-xs font-semibold uppercase tracking-wider text-ink-3">Chapter {c.order}</span>
                  <span className="mt-0.5 block font-semibold text-ink">{c.title}</span>
                  <span className="mt-1 block text-sm leading-relaxed text-ink-2">{c.summary}</span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
