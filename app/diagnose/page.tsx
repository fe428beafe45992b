import type { Metadata } from 'next';
import { DiagnoseIntro } from '@/components/diagnose/intro';
import { DiagnoseTool } from '@/components/diagnose/diagnose-tool';

export const metadata: Metadata = {
  title: 'Diagnose your machine',
  description:
    'Paste ethtool -S, /proc/net/softnet_stat, nstat, ip -s link or /proc/interrupts output: see where your machine loses packets, worst first, and what to try. Read in your browser; nothing is sent.',
};

export default function DiagnosePage() {
  return (
    <div className="mx-auto max-w-4xl px-4 pt-12 font-sans sm:px-6 sm:pt-16">
      <DiagnoseIntro />
      <DiagnoseTool />
    </div>
  );
}
