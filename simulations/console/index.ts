/**
 * The tuning lab's console (chapter 4): type real commands, change the
 * simulated machine, read its counters in the real tools' formats.
 *
 *   const con = createConsole({ read: () => sim });
 *   const r = con.run('ethtool -G eth0 rx 4096');
 *   if (r.valuesChanged) sim = new ReceivePathSim(modelValues({ ...traffic, ...r.values }));
 */
export { createConsole, PROMPT, type ConsoleOptions, type LabConsole, type RunResult } from './console';
export { type Completion } from './complete';
export { CommandHistory } from './history';
export { exportScript, type ChangeRecord } from './changes';
export { deriveValues, KNOBS, type Derived, type KnobValues, type Topology } from './derive';
export { createMachineState, APP_NAME, APP_PID, IFACE, IRQ_BASE, NCPUS, type MachineState } from './machine';
export { type CountersSource, type MachineCounters } from './counters';
export { commandsForValues } from './from-values';
