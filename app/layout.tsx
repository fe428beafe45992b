import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { MainLandmark, OutsideEmbeds } from '@/components/layout/outside-embeds';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { TooltipPlacement } from '@/components/prose/tooltip-placement';
import { site } from '@/lib/site';
import { themeScript } from '@/lib/theme/theme-script';
import { mono, sans, serif } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${site.name} — ${site.tagline}`, template: `%s · ${site.name}` },
  description: site.description,
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf6' },
    { media: '(prefers-color-scheme: dark)', color: '#111317' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-theme is set by themeScript before hydration, hence the suppression.
    <html lang="en" className={`${serif.variable} ${sans.variable} ${mono.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-screen flex-col bg-paper text-ink antialiased">
        <OutsideEmbeds>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2 focus:shadow"
          >
            Skip to content
          </a>
          <SiteHeader />
        </OutsideEmbeds>
        <MainLandmark>{children}</MainLandmark>
        <OutsideEmbeds>
          <SiteFooter />
        </OutsideEmbeds>
        <TooltipPlacement />
      </body>
    </html>
  );
}
