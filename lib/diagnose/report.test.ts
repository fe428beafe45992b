/** formatReport: the terminal report lists the packets lost, then the pressure signals, each under its heading, numbered on. */
import { describe, expect, test } from 'vitest';
import { diagnose } from './diagnose';
import { loadFixture } from './fixtures';
import { formatReport } from './report';

const headings = (report: string) => report.split('\n').filter((l) => /^(Packets lost|Pressure|Findings)/.test(l));
const numbered = (report: string) => report.split('\n').filter((l) => /^ {2}\d+\. /.test(l));

describe('formatReport', () => {
  test('backlog drops and a climbing time_squeeze: the drop first under "Packets lost", the squeeze under "Pressure, no loss yet"', () => {
    const softnet = (squeezed: number) =>
      [
        `00358fe3 00000003 00000000 ${'00000000 '.repeat(6)}000855fc 00000000 00000000 00000000`,
        `00358fe3 00000000 ${squeezed.toString(16).padStart(8, '0')} ${'00000000 '.repeat(6)}000855fc 00000000 00000000 00000001`,
      ].join('\n');
    const report = formatReport(diagnose(softnet(0), softnet(1_000_000), { intervalS: 1 }));
    expect(headings(report)).toEqual(['Packets lost, worst first:', 'Pressure, no loss yet:']);
    expect(numbered(report)).toEqual([
      '  1. per-CPU backlog: softnet_stat dropped (CPU 0) = 3, 0/s',
      '  2. softirq budget: softnet_stat time_squeeze (CPU 1) = 1,000,000, 1,000,000/s',
    ]);
    expect(report.indexOf('Packets lost')).toBeLessThan(report.indexOf('Pressure, no loss yet'));
  });

  test('one kind only: only its heading', () => {
    expect(headings(formatReport(diagnose(loadFixture('ethtool-ixgbe-grep.txt'))))).toEqual(['Packets lost, worst first:']);
    expect(headings(formatReport(diagnose(loadFixture('softnet-10col-snapshot1.txt'), loadFixture('softnet-10col-snapshot2.txt'))))).toEqual([
      'Pressure, no loss yet:',
    ]);
    expect(headings(formatReport(diagnose('hello')))).toEqual(['Findings: none']);
  });
});
