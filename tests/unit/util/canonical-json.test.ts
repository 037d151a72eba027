import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/util/canonical-json';

describe('canonicalJson', () => {
  it('writes the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: { c: null, d: [1, 'x'] }, b: 1 })).toBe(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } }));
  });

  it('sorts keys by UTF-16 code units, as every workstation and hub must', () => {
    expect(canonicalJson({ 受理: 1, Z: 2, a: 3, _: 4, é: 5 })).toBe('{"Z":2,"_":4,"a":3,"é":5,"受理":1}');
  });

  it('leaves out undefined properties and writes undefined array items as null, like JSON.stringify', () => {
    const value = { keep: 'x', drop: undefined, list: [undefined, 1] };
    expect(canonicalJson(value)).toBe('{"keep":"x","list":[null,1]}');
    expect(canonicalJson(value)).toBe(JSON.stringify({ keep: 'x', list: [null, 1] }));
  });

  it('escapes strings and keys as JSON does', () => {
    expect(canonicalJson({ 'k"\n': '中"\\\n' })).toBe(JSON.stringify({ 'k"\n': '中"\\\n' }));
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson(undefined)).toBe('null');
  });
});
