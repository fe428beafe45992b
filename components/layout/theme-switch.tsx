'use client';
/**
 * Light / system / dark. The choice persists in localStorage; "system" follows
 * prefers-color-scheme live. The initial state comes from the attributes that
 * the inline theme script set before hydration. Narrow screens get one button
 * that cycles, to leave room for the navigation.
 */
import { useEffect, useState } from 'react';
import { Segmented } from '@/components/controls/segmented';
import { applyTheme as apply, followSystemTheme, type ThemeChoice as Choice } from '@/lib/theme/apply-theme';
import { THEME_STORAGE_KEY } from '@/lib/theme/theme-script';

const choices: Array<{ value: Choice; label: string; icon: string }> = [
  {
    value: 'light',
    label: 'Light theme',
    icon: 'M12 4V2m0 20v-2m8-8h2M2 12h2m13.66-5.66 1.41-1.41M4.93 19.07l1.41-1.41m0-11.32L4.93 4.93m14.14 14.14-1.41-1.41M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z',
  },
  { value: 'system', label: 'System theme', icon: 'M4 5h16v11H4zM9 20h6m-3-4v4' },
  { value: 'dark', label: 'Dark theme', icon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z' },
];

function Icon({ path }: { path: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      className="h-4 w-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={path} />
    </svg>
  );
}

export function ThemeSwitch() {
  // null until the choice the inline theme script found is read back (the server renders "system").
  const [choice, setChoice] = useState<Choice | null>(null);

  useEffect(() => {
    const initial = document.documentElement.dataset.themeChoice;
    setChoice(initial === 'light' || initial === 'dark' ? initial : 'system');
  }, []);

  useEffect(() => (choice === 'system' ? followSystemTheme() : undefined), [choice]);

  const select = (next: Choice) => {
    setChoice(next);
    apply(next);
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be disabled (private mode, sandboxed iframes); the theme still applies for this page.
    }
  };

  const current = choices.find((c) => c.value === choice) ?? choices[1]!;
  const following = choices[(choices.indexOf(current) + 1) % choices.length]!;

  return (
    <>
      <button
        type="button"
        onClick={() => select(following.value)}
        aria-label={`${current.label} (switch to ${following.label.toLowerCase()})`}
        title={`${current.label} — click for ${following.label.toLowerCase()}`}
        className="grid h-8 w-8 place-items-center rounded-full border border-rule bg-paper-2 text-ink sm:hidden"
      >
        <Icon path={current.icon} />
      </button>
      <div className="hidden sm:block">
        <Segmented
          label="Colour theme"
          options={choices.map((c) => ({ value: c.value, label: c.label, content: <Icon path={c.icon} /> }))}
          value={current.value}
          onChange={select}
          size="sm"
          className="rounded-full [&>button]:rounded-full"
        />
      </div>
    </>
  );
}
