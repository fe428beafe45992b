import { expect, test } from 'vitest';
import { componentRules } from '@/lib/mdx/component-rules';
import { mdxComponents } from './mdx-components';

test('every component the build accepts is provided to chapters, and nothing else', () => {
  expect(Object.keys(mdxComponents).sort()).toEqual(Object.keys(componentRules).sort());
});
