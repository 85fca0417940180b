import { z } from 'zod';
import type { ApiInput, ApiMethod } from '../shared/contract';

/**
 * What each method accepts, checked in the main process before a handler runs: the renderer is
 * web content, and whatever it sends is treated as unknown until it parses. Typed against the
 * contract, so a method without a schema, or a schema that admits the wrong shape, is an error.
 */
export const inputSchemas: { [M in ApiMethod]: z.ZodType<ApiInput<M>> } = {
  getAppInfo: z.undefined(),
  getPreferredLanguages: z.undefined(),
};
