import Link from 'next/link';
import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer data-site-footer className="mt-24 border-t border-rule">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-8 text-sm text-ink-3 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>
          <span className="font-medium text-ink-2">{site.name}</span> · {site.tagline}
        </p>
        <p className="flex gap-4">
          <Link href="/references/" className="hover:text-ink">
            Sources
          </Link>
          <Link href="/glossary/" className="hover:text-ink">
            Glossary
          </Link>
          <Link href="/embed/" className="hover:text-ink">
            Embed a simulation
          </Link>
        </p>
      </div>
    </footer>
  );
}
