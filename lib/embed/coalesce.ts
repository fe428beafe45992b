/**
 * A host may post thousands of messages between two frames (a slider wired
 * straight to setParams). The frame applies them once per animation frame:
 * consecutive setParams merged into one bag in the order they came (a later
 * value for a key wins), and play / pause / reset / setTheme kept in place
 * between them, so [setParams a, reset, setParams b] still means a, reset, b.
 */
import type { HostMessage, RawParamValue } from './protocol';

export function coalesce(messages: readonly HostMessage[]): HostMessage[] {
  const out: HostMessage[] = [];
  for (const m of messages) {
    const last = out.at(-1);
    if (m.type !== 'setParams') out.push(m);
    else if (last?.type === 'setParams') Object.assign(last.params, m.params);
    // A bag of our own (no prototype, like the parsed ones): merging into it must not touch the host's message.
    else out.push({ ...m, params: Object.assign(Object.create(null) as Record<string, RawParamValue>, m.params) });
  }
  return out;
}
