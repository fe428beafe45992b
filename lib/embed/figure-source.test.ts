import { describe, expect, it } from 'vitest';
import { headingsBeforeFigure, showsSimulation } from './figure-source';

const mdx = [
  '---',
  'title: T',
  '---',
  'Intro.',
  '## First',
  '```sh',
  '## not a heading',
  '<Simulation id="in-code" />',
  '```',
  '### Second',
  '<Simulation id="a" panel="x" />',
  '## Third',
  '<Simulation id="a" />',
  '<Simulation id="b" />',
  '# Title-level is not in the table of contents',
  '<Simulation id="c" />',
].join('\n');

describe('headingsBeforeFigure', () => {
  it('counts h2 and h3 headings before the first figure, skipping fenced code', () => {
    expect(headingsBeforeFigure(mdx, 'a')).toBe(2);
    expect(headingsBeforeFigure(mdx, 'b')).toBe(3);
    expect(headingsBeforeFigure(mdx, 'c')).toBe(3);
  });

  it('does not find figures inside code or absent ones', () => {
    expect(headingsBeforeFigure(mdx, 'in-code')).toBeUndefined();
    expect(headingsBeforeFigure(mdx, 'zzz')).toBeUndefined();
    expect(showsSimulation(mdx, 'b')).toBe(true);
    expect(showsSimulation(mdx, 'zzz')).toBe(false);
  });
});
