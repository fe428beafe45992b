import fc from 'fast-check';
import { expect, test } from 'vitest';
import { coerceParams, coerceValue } from './coerce';
import { lineRateParams } from '../models/line-rate/line-rate.entry';
import { paramSchema } from './param-schema';
import { defaultValues } from './params';

test('out-of-range numbers clamp with a notice that says what happened', () => {
  expect(coerceValue('frameBytes', lineRateParams.frameBytes, '20')).toEqual({
    value: 64,
    notice: { param: 'frameBytes', message: 'Frame size: 20 is below the minimum; using 64 B.' },
  });
  expect(coerceValue('frameBytes', lineRateParams.frameBytes, '100000').value).toBe(9000);
  expect(coerceValue('cpuGhz', lineRateParams.cpuGhz, '2.345').value).toBe(2.3);
});

test('garbage falls back to the default; choices snap to the nearest option', () => {
  expect(coerceValue('frameBytes', lineRateParams.frameBytes, 'abc')).toEqual({
    value: 64,
    notice: { param: 'frameBytes', message: 'Frame size: “abc” is not a number; using the default 64 B.' },
  });
  expect(coerceValue('linkGbps', lineRateParams.linkGbps, '30')).toEqual({
    value: 25,
    notice: { param: 'linkGbps', message: 'Link speed: 30 is not an option; using the nearest, 25 GbE.' },
  });
  expect(coerceValue('linkGbps', lineRateParams.linkGbps, '100')).toEqual({ value: 100 });
});

test('unknown keys are reported and not applied', () => {
  const out = coerceParams(lineRateParams, { frameBytes: '1518', colour: 'red' });
  expect(out.values).toEqual({ frameBytes: 1518 });
  expect(out.notices).toHaveLength(1);
  expect(out.notices[0]!.message).toContain('“colour”');
});

test('fuzz: any string input yields values that pass the strict schema', () => {
  const schema = paramSchema(lineRateParams);
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom('frameBytes', 'linkGbps', 'cpuGhz', '__proto__', 'x'), fc.oneof(fc.string(), fc.double().map(String))), (raw) => {
      const { values } = coerceParams(lineRateParams, raw);
      expect(schema.safeParse({ ...defaultValues(lineRateParams), ...values }).success).toBe(true);
    }),
  );
});
