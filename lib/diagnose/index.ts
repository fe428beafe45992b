/** Diagnosis from real counters: paste Linux counter output, get where packets are lost. */
export { diagnose } from './diagnose';
export { formatReport } from './report';
export { labLink, LINK_STATES, type LinkId } from './links';
export { softnetLayout } from './softnet-columns';
export type { Diagnosis, DiagnoseOptions, Finding, RecognisedBlock, UnrecognisedRun } from './types';
