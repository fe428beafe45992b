import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './options';

const panels = ['full', 'wire'] as const;

describe('readEmbedOptions', () => {
  it('defaults to auto theme, full controls, no autoplay, the first panel', () => {
    expect(readEmbedOptions('', panels)).toEqual({ options: { theme: 'auto', controls: 'full', autoplay: false, panel: 'full' }, notices: [] });
  });

  it('reads every option, ignoring case and the simulation’s own keys', () => {
    const { options, notices } = readEmbedOptions('?theme=Dark&controls=compact&autoplay=1&panel=wire&line-rate.frameBytes=64', panels);
    expect(options).toEqual({ theme: 'dark', controls: 'compact', autoplay: true, panel: 'wire' });
    expect(notices).toEqual([]);
  });

  it('plays by itself without controls, unless told not to', () => {
    expect(readEmbedOptions('?controls=none', panels).options.autoplay).toBe(true);
    expect(readEmbedOptions('?controls=none&autoplay=0', panels).options.autoplay).toBe(false);
    expect(readEmbedOptions('?controls=compact', panels).options.autoplay).toBe(false);
  });

  it('falls back with a notice naming the option and what it accepts', () => {
    const { options, notices } = readEmbedOptions('?theme=purple&controls=all&autoplay=yes&panel=nope', panels);
    expect(options).toEqual({ theme: 'auto', controls: 'full', autoplay: false, panel: 'full' });
    expect(notices.map((n) => n.message)).toEqual([
      'Embed option theme: “purple” is not light, dark or auto; using auto.',
      'Embed option controls: “all” is not full, compact or none; using full.',
      'Embed option autoplay: “yes” is not 0 or 1; using 0.',
      'Embed option panel: “nope” is not full or wire; using full.',
    ]);
  });
});
