'use client';
/** <DropQuiz /> for chapters, code-split like the simulation views. */
import dynamic from 'next/dynamic';

export const DropQuiz = dynamic(() => import('./drop-quiz').then((m) => m.DropQuiz), {
  loading: () => <div className="my-6 h-64 animate-pulse rounded-xl border border-rule bg-paper-2" aria-hidden="true" />,
});
