import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the main window was and how big; no position means "let the system place it". */
export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export const minimumWindowSize = { width: 960, height: 640 } as const;
export const defaultWindowState: WindowState = { width: 1280, height: 860, maximized: false };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const storedState = z.object({
  width: length,
  height: length,
  x: coordinate.optional(),
  y: coordinate.optional(),
  maximized: z.boolean().default(false),
});

/**
 * The saved state from the file's text. A missing, truncated or hand-edited file gives the
 * defaults: a window in the wrong place is never worth refusing to start over.
 */
export function parseWindowState(text: string | undefined): WindowState {
  if (text === undefined) return { ...defaultWindowState };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...defaultWindowState };
  }
  const parsed = storedState.safeParse(json);
  if (!parsed.success) return { ...defaultWindowState };
  const { x, y, ...rest } = parsed.data;
  // A position needs both coordinates; one alone is as good as none.
  return x !== undefined && y !== undefined ? { ...rest, x, y } : rest;
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state)}\n`;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * The saved state made visible on the displays there are now: a monitor unplugged or a
 * resolution lowered since last time must not leave the window off screen. The window goes on
 * the work area it overlapped most (else the first, the primary), no larger than that area and
 * wholly inside it. Without any display known, the state is kept as it is.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const first = workAreas[0];
  if (!first) return state;
  const hasPosition = state.x !== undefined && state.y !== undefined;
  const saved: Rectangle = {
    x: state.x ?? first.x,
    y: state.y ?? first.y,
    width: state.width,
    height: state.height,
  };
  let area = first;
  let best = 0;
  if (hasPosition) {
    for (const candidate of workAreas) {
      const overlap = overlapArea(saved, candidate);
      if (overlap > best) [area, best] = [candidate, overlap];
    }
  }
  const width = clamp(state.width, Math.min(minimumWindowSize.width, area.width), area.width);
  const height = clamp(state.height, Math.min(minimumWindowSize.height, area.height), area.height);
  if (!hasPosition) return { width, height, maximized: state.maximized };
  // Nothing overlapped (the display is gone): centre on the primary one.
  const x =
    best > 0
      ? clamp(saved.x, area.x, area.x + area.width - width)
      : area.x + Math.round((area.width - width) / 2);
  const y =
    best > 0
      ? clamp(saved.y, area.y, area.y + area.height - height)
      : area.y + Math.round((area.height - height) / 2);
  return { width, height, x, y, maximized: state.maximized };
}
