'use client';

export function Toggle({ label, checked, onChange, describedBy }: { label: string; checked: boolean; onChange: (v: boolean) => void; describedBy?: string }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      aria-describedby={describedBy}
      onClick={() => onChange(!checked)}
      className="relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border border-rule-strong bg-paper-2 transition-colors aria-checked:border-accent aria-checked:bg-accent"
    >
      <span aria-hidden="true" className={`h-4.5 w-4.5 rounded-full bg-card shadow transition-transform ${checked ? 'translate-x-5.5' : 'translate-x-0.5'}`} />
    </button>
  );
}
