import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('limits the heap growth to 50% by default, and leaves it to V8 with 0', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(50);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
  });

  it('refuses settings it cannot read, naming them', () => {
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow('HEAP_GROWING_PERCENT must be a whole number of at least 0, got "-5"');
    expect(() => loadConfig({ ANONYMOUS_CACHE_TTL_MS: 'soon' })).toThrow('ANONYMOUS_CACHE_TTL_MS');
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be a number from 0 to 65535');
  });
});
