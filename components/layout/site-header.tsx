import Link from 'next/link';
import { site } from '@/lib/site';
import { LogoMark } from './logo-mark';
import { ThemeSwitch } from './theme-switch';

const nav = [
  { href: '/#chapters', label: 'Chapters' },
  { href: '/diagnose/', label: 'Diagnose' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/references/', label: 'Sources' },
];

export function SiteHeader() {
  return (
    <header data-site-header className="sticky top-0 z-40 border-b border-rule bg-paper/90 backdrop-blur supports-[backdrop-filter]:bg-paper/75">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-2 px-4 sm:gap-3 sm:px-6">
        <Link href="/" aria-label={`${site.name}, home`} className="flex items-center gap-2 font-semibold tracking-tight text-ink">
          <LogoMark className="h-7 w-7" />
          <span className="hidden text-[1.05rem] sm:inline">{site.name}</span>
        </Link>
        <nav aria-label="Site" className="ml-auto flex items-center gap-0.5 text-sm sm:gap-1">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-1 py-1.5 text-ink-2 hover:bg-paper-2 hover:text-ink min-[380px]:px-1.5 sm:px-2.5">
              {item.label}
            </Link>
          ))}
        </nav>
        <ThemeSwitch />
      </div>
    </header>
  );
}
