/** The site mark: frames on a wire, the shortest with the widest gaps. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className}>
      <rect x="1" y="15" width="30" height="2" rx="1" fill="currentColor" opacity="0.35" />
      <rect x="3" y="9" width="4" height="14" rx="1.5" fill="var(--stage-wire)" />
      <rect x="10" y="9" width="4" height="14" rx="1.5" fill="var(--stage-nic)" />
      <rect x="17" y="9" width="4" height="14" rx="1.5" fill="var(--stage-softirq)" />
      <rect x="24" y="9" width="5" height="14" rx="1.5" fill="var(--stage-app)" />
    </svg>
  );
}
