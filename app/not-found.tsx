import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center font-sans sm:px-6">
      <p className="text-xs font-bold uppercase tracking-[0.14em] text-accent">Error 404 · dropped</p>
      <h1 className="mt-4 text-4xl font-bold tracking-tight text-ink">This page was dropped</h1>
      <p className="mt-4 font-serif text-lg leading-relaxed text-ink-2">
        Nothing lives at this address: perhaps the link was mistyped, or the page has moved. Unlike most lost packets, at least this drop was counted.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <Link href="/" className="rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-accent-ink hover:opacity-90">
          Home
        </Link>
        <Link href="/#chapters" className="rounded-lg border border-rule-strong px-4 py-2.5 text-sm font-semibold text-ink hover:border-accent">
          All chapters
        </Link>
      </div>
    </div>
  );
}
