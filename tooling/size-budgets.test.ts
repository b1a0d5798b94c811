import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoad } from './size-budgets.js';

/** A small CDN build of our own: an element module, its chunk, the worker, the hydration support. */
const folder = mkdtempSync(path.join(tmpdir(), 'gics-size-'));
mkdirSync(path.join(folder, 'chunks'));
const files: Record<string, string> = {
  'calm.js': 'import{a}from"./chunks/shared.js";const w=()=>import("./load-worker.js");export{w};',
  'chunks/shared.js': 'export const a=1;',
  'eager.js': 'import{a}from"./chunks/shared.js";import"./load-worker.js";',
  'hydrating.js': 'import"./hydrate-support.js";export const b=2;',
  'load-worker.js': 'self.onmessage=()=>{};',
  'hydrate-support.js': 'export const c=3;',
};
for (const [file, code] of Object.entries(files)) writeFileSync(path.join(folder, file), code);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('firstLoad', () => {
  it('counts a module and what it imports statically, not what it imports on demand', () => {
    const measured = firstLoad(folder, 'calm.js');
    expect(measured.files.map((file) => path.relative(folder, file))).toEqual([
      'calm.js',
      'chunks/shared.js',
    ]);
    expect(measured.minified).toBe(files['calm.js']!.length + files['chunks/shared.js']!.length);
  });

  it('fails when a first load imports the load worker or the hydration support', () => {
    expect(() => firstLoad(folder, 'eager.js')).toThrow(/eager\.js import load-worker\.js/);
    expect(() => firstLoad(folder, 'calm.js', 'hydrating.js')).toThrow(/hydrate-support\.js/);
  });
});
