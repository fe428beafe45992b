/**
 * Evaluates a JSX attribute expression that must be a plain literal
 * (`params={{ frameBytes: 64 }}`) at compile time, without running code, so the
 * build can validate simulation parameters written in MDX.
 */
import type { Expression, Program } from 'estree';

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export class NotLiteralError extends Error {}

function evaluate(node: Expression): Literal {
  switch (node.type) {
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint' || node.value === undefined) break;
      return node.value;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number') return -node.argument.value;
      break;
    case 'ArrayExpression':
      return node.elements.map((el) => {
        if (!el || el.type === 'SpreadElement') throw new NotLiteralError('spread or hole in array');
        return evaluate(el);
      });
    case 'ObjectExpression': {
      const out: Record<string, Literal> = {};
      for (const prop of node.properties) {
        if (prop.type !== 'Property' || prop.computed || prop.kind !== 'init') throw new NotLiteralError('only plain key: value pairs are allowed');
        const key = prop.key.type === 'Identifier' ? prop.key.name : prop.key.type === 'Literal' ? String(prop.key.value) : undefined;
        if (key === undefined) throw new NotLiteralError('unsupported object key');
        out[key] = evaluate(prop.value as Expression);
      }
      return out;
    }
  }
  throw new NotLiteralError(`${node.type} is not a literal`);
}

/** The value of `{expression}` in an MDX attribute; throws NotLiteralError otherwise. */
export function literalFromProgram(program: Program | undefined): Literal {
  const stmt = program?.body[0];
  if (!stmt || stmt.type !== 'ExpressionStatement' || program.body.length !== 1) throw new NotLiteralError('expected one expression');
  return evaluate(stmt.expression);
}
