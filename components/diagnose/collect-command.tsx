import { COLLECT_COMMAND } from './collect';
import { CopyButton } from '@/components/controls/copy-button';

export function CollectCommand() {
  return (
    <div className="mt-8 rounded-xl border border-rule bg-paper-2 p-4 sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <h2 id="collect" className="text-base font-semibold text-ink">
          Collect everything at once
        </h2>
        <CopyButton text={COLLECT_COMMAND} label="Copy command" />
      </div>
      <p className="mt-1 text-sm leading-relaxed text-ink-2">
        Run this in bash or zsh on the machine that loses packets (replace <code className="whitespace-nowrap font-mono text-[0.9em]">eth0</code> with your
        interface: <code className="whitespace-nowrap font-mono text-[0.9em]">ip -br link</code> lists them) and paste everything it prints. No root needed.
      </p>
      <pre className="mt-3 rounded-lg border border-rule bg-card px-3 py-2.5 font-mono text-[0.8rem] leading-relaxed text-ink whitespace-pre-wrap [overflow-wrap:anywhere]">
        <code>{COLLECT_COMMAND}</code>
      </pre>
      <p className="mt-2 text-sm leading-relaxed text-ink-2">
        For rates, run it again some seconds later, paste the second output as the later snapshot and give the seconds in between.
      </p>
    </div>
  );
}
