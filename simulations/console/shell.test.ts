/**
 * The bash subset: words, quotes, variables, pipes and lists, redirection,
 * bash's errors, and the lab's commands around the tools (help, clear,
 * unknown commands).
 */
import { describe, expect, test } from 'vitest';
import { createConsole } from './console';
import { expandWord, parse, ShellSyntaxError } from './shell';

describe('words', () => {
  test.each([
    [`'a b'`, 'a b'],
    [`"x$HOME"`, 'x/root'],
    [`'$HOME'`, '$HOME'],
    [`a\\ b`, 'a b'],
    ['${1:-eth0}', 'eth0'],
    ['${HOME:+set}', 'set'],
    ['"$((APP_PID + 1))"', '4243'],
    ['"/sys/class/net/$IFACE/queues"', '/sys/class/net/eth0/queues'],
  ])('%s expands to %s', (raw, want) => {
    expect(expandWord(raw, { HOME: '/root', IFACE: 'eth0', APP_PID: '4242' })).toBe(want);
  });

  test('an unset variable outside quotes is no word at all; inside quotes an empty one', () => {
    expect(expandWord('$NOPE', {})).toBeNull();
    expect(expandWord('"$NOPE"', {})).toBe('');
  });

  test('pipes, lists and redirections parse into pipelines', () => {
    const items = parse('ethtool -S eth0 | grep -i drop && echo f > /x; nstat');
    expect(items.map((i) => i.connector)).toEqual([null, '&&', ';']);
    expect(items[0]!.pipeline.commands.map((c) => c.words)).toEqual([
      ['ethtool', '-S', 'eth0'],
      ['grep', '-i', 'drop'],
    ]);
    expect(items[1]!.pipeline.commands[0]!.redirects).toEqual([{ fd: 1, append: false, target: '/x' }]);
    expect(parse('# only a comment')).toEqual([]);
  });

  test.each([
    ['| grep x', "syntax error near unexpected token `|'"],
    ['echo "open', 'unexpected EOF while looking for matching `"\''],
    ['ls |', 'syntax error: unexpected end of file'],
    ['echo >', "syntax error near unexpected token `newline'"],
  ])('%s is a syntax error', (line, message) => {
    expect(() => parse(line)).toThrow(ShellSyntaxError);
    expect(() => parse(line)).toThrow(message);
  });
});

describe('running lines', () => {
  test('an unknown command is bash\'s "command not found", exit 127', () => {
    const r = createConsole().run('frobnicate --now');
    expect(r).toMatchObject({ stderr: 'bash: frobnicate: command not found\n', exitCode: 127, stateChanged: false });
  });

  test('a well-known tool the lab lacks gets a note as well', () => {
    const r = createConsole().run('ss -uam');
    expect(r.exitCode).toBe(127);
    expect(r.notes.join(' ')).toContain('not simulated');
  });

  test("a syntax error is bash's, exit 2", () => {
    const r = createConsole().run('ethtool -g eth0 |');
    expect(r).toMatchObject({ stderr: 'bash: syntax error: unexpected end of file\n', exitCode: 2 });
  });

  test('&& stops after a failure, || runs after one; $? is the last status', () => {
    const con = createConsole();
    expect(con.run('ethtool -G eth0 rx 99999 && ethtool -G eth0 rx 2048').exitCode).toBe(81);
    expect(con.values.ring_size).toBe(1024);
    expect(con.run('false || ethtool -G eth0 rx 2048').exitCode).toBe(0);
    expect(con.values.ring_size).toBe(2048);
    expect(con.run('false; echo $?').stdout).toBe('1\n');
  });

  test('variables persist between lines; sudo is accepted and dropped', () => {
    const con = createConsole();
    con.run('IFACE=eth0');
    expect(con.run('sudo ethtool -G "$IFACE" rx 512').exitCode).toBe(0);
    expect(con.values.ring_size).toBe(512);
  });

  test('the output of a command into a file; 2>/dev/null hides errors', () => {
    const con = createConsole();
    expect(con.run('ethtool -g eth9 2>/dev/null')).toMatchObject({ stderr: '', exitCode: 1 });
    expect(con.run('ethtool -g eth0 > /dev/null')).toMatchObject({ stdout: '', exitCode: 0 });
    const r = con.run('echo 1 > /tmp/x');
    expect(r.exitCode).toBe(1);
    expect(r.notes).toContain('only /proc and /sys exist in the lab.');
  });

  test("globs match the lab's files; grep names each file it reads", () => {
    const con = createConsole();
    con.run('ethtool -L eth0 combined 2');
    expect(con.run('grep . /proc/irq/*/smp_affinity_list').stdout).toBe('/proc/irq/120/smp_affinity_list:0\n/proc/irq/121/smp_affinity_list:1\n');
  });

  test('help lists the commands; clear asks the screen to be emptied', () => {
    const con = createConsole();
    const h = con.run('help').stdout;
    for (const cmd of ['ethtool -G', 'sysctl -w', 'taskset -pc', 'smp_affinity_list', 'rps_cpus', 'softnet_stat', 'nstat', 'ip -s']) expect(h).toContain(cmd);
    expect(con.run('clear').clear).toBe(true);
  });

  test("every line lists its notes after the output, each marked as the lab's", () => {
    const r = createConsole().run('ethtool -G eth0 rx 3000');
    expect(
      r.output
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('# lab: ')),
    ).toBe(true);
    expect(r.output).toContain('# lab: simulation: ring_size 1024 → 4096.\n');
  });
});
