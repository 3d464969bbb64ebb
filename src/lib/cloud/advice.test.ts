import { describe, expect, it } from 'vitest';
import { adviseMini } from './advice';

describe('adviseMini', () => {
  it.each([
    ['Write a Python function that parses HL7 messages', 'it asks for code'],
    ['Solve 3x + 7 = 22 for x', 'it involves mathematics'],
    ['What is 15% of 2,340 after tax?', 'it involves mathematics'],
    ['Analyse the risks of this lease step by step', 'it needs several steps of reasoning'],
    ['x'.repeat(5000), 'it is a long document'],
  ])('flags %s', (text, reason) => {
    expect(adviseMini(text)).toBe(reason);
  });

  it.each(['hi', 'Summarise this paragraph in one line.', 'What does HIPAA stand for?'])('leaves “%s” to Nano', (text) => {
    expect(adviseMini(text)).toBeNull();
  });

  it('suggests Mini after a stopped or failed local reply', () => {
    expect(adviseMini('', { status: 'stopped' })).toBe('the last on-device reply was stopped or failed');
    expect(adviseMini('hi', { status: 'complete' })).toBeNull();
  });
});
