/** Diagnosis from real counters: paste Linux counter output, get where packets are lost. */
export { diagnose } from './diagnose';
export { formatReport } from './report';
export { labLink, LINK_STATES, type LinkId } from './links';
export { softnetLayout } from './softnet-columns';
export { formatMB, MAX_PASTE_BYTES, MAX_PASTE_CHARS, tooLargeMessage, tooLargeSummary } from './limits';
export { FINDING_KIND_LABEL } from './types';
export type { Diagnosis, DiagnoseOptions, DiagnoseProgress, Finding, FindingKind, RecognisedBlock, UnrecognisedRun } from './types';
