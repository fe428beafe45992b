import type { Metadata } from 'next';
import { EmbedGuide } from '@/components/embed/guide/embed-guide';

export const metadata: Metadata = {
  title: 'Embed a simulation',
  description: 'Put any simulation in your own page: the iframe snippet, its options, the message protocol and every parameter.',
};

export default function EmbedPage() {
  return <EmbedGuide />;
}
