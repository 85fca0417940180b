import { describe, expect, it } from 'vitest';
import {
  defaultWindowState,
  fitToDisplays,
  minimumWindowSize,
  parseWindowState,
  serializeWindowState,
} from '../../src/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads back what was saved', () => {
    const state = { x: 100, y: 80, width: 1300, height: 900, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it.each([
    ['no file', undefined],
    ['an empty file', ''],
    ['a truncated write', '{"x":100,"y":80,"wid'],
    ['not an object', '[1,2,3]'],
    ['a negative width', '{"width":-5,"height":700}'],
    ['text for numbers', '{"width":"1280","height":"860"}'],
    ['fractions', '{"width":1280.5,"height":860}'],
    ['absurd sizes', '{"width":1e9,"height":860}'],
  ])('gives the defaults for %s', (_case, text) => {
    expect(parseWindowState(text)).toEqual(defaultWindowState);
  });

  it('drops a position with only one coordinate', () => {
    expect(parseWindowState('{"x":10,"width":1000,"height":700}')).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is wholly on a display', () => {
    const state = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('centres a window whose display was unplugged on the primary one', () => {
    const state = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({
      x: 20,
      y: 0,
      width: 1400,
      height: 870,
      maximized: true,
    });
  });

  it('pulls a window hanging off an edge back inside the display it mostly covers', () => {
    const state = { x: 3000, y: 900, width: 1400, height: 900, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toEqual({
      x: 2600,
      y: 500,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('shrinks a window larger than the display, never below the minimum the display allows', () => {
    const big = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(fitToDisplays(big, [laptop])).toMatchObject({ width: 1440, height: 870 });
    const tinyDisplay = { x: 0, y: 0, width: 800, height: 600 };
    expect(fitToDisplays(big, [tinyDisplay])).toMatchObject({
      x: 0,
      y: 0,
      width: 800,
      height: 600,
    });
  });

  it('grows a window below the minimum size', () => {
    const small = { x: 10, y: 10, width: 200, height: 100, maximized: false };
    expect(fitToDisplays(small, [laptop])).toMatchObject(minimumWindowSize);
  });

  it('leaves the placement to the system when there is no saved position', () => {
    expect(fitToDisplays(defaultWindowState, [laptop])).toEqual({
      width: 1280,
      height: 860,
      maximized: false,
    });
  });

  it('respects a work area that does not start at 0 (a panel on the left or top)', () => {
    const panelled = { x: 64, y: 32, width: 1856, height: 1048 };
    const state = { x: 0, y: 0, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [panelled])).toMatchObject({ x: 64, y: 32 });
  });

  it('keeps the state when no display is known', () => {
    const state = { x: 5000, y: 5000, width: 1000, height: 700, maximized: false };
    expect(fitToDisplays(state, [])).toEqual(state);
  });
});
