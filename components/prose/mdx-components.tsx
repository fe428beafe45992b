/**
 * The one map of components available in every chapter. Its keys must match
 * lib/mdx/component-rules.ts (a unit test checks both lists agree).
 */
import { DropQuiz } from '@/components/sims/receive-path/drop-quiz-lazy';
import { Live, Param } from '@/components/sims/frame/inline-param';
import { Preset } from '@/components/sims/frame/preset-link';
import { Simulation } from '@/components/sims/frame/simulation';
import { Callout } from './callout';
import { ChapterMap } from './chapter-map';
import { Cite } from './cite';
import { Const } from './const';
import { Figure } from './figure';
import { Sidenote, SidenoteBlock } from './sidenote';
import { Term } from './term';
import { Value } from './value';

export const mdxComponents = { Figure, Sidenote, SidenoteBlock, Term, Cite, Callout, Const, ChapterMap, Simulation, Value, Param, Live, Preset, DropQuiz };
