import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  type ApiInput,
  type ApiMethod,
  type ApiResult,
  apiMethods,
  channelOf,
} from '../shared/contract';

export type Handlers = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<M>> | ApiResult<M>;
};

export type InputSchemas = { [M in ApiMethod]: z.ZodType<ApiInput<M>> };

/** Decides whether an IPC message (invoked or sent) comes from the app's own top-level frame. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean;

export class IpcRejection extends Error {
  override name = 'IpcRejection';
}

/**
 * The one place IPC enters the main process. Each method of the contract gets a handler that
 * first drops messages from unknown senders (another frame, another origin), then validates the
 * argument with the method's schema, and only then calls the handler.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  schemas: InputSchemas,
  isTrustedSender: SenderCheck,
): void {
  for (const method of apiMethods) {
    ipcMain.handle(channelOf(method), (event, ...args: unknown[]) =>
      dispatch(method, event, args, handlers, schemas, isTrustedSender),
    );
  }
}

async function dispatch<M extends ApiMethod>(
  method: M,
  event: IpcMainInvokeEvent,
  args: unknown[],
  handlers: Handlers,
  schemas: InputSchemas,
  isTrustedSender: SenderCheck,
): Promise<ApiResult<M>> {
  if (!isTrustedSender(event)) {
    throw new IpcRejection(`${method}: message from an unknown sender was dropped`);
  }
  if (args.length > 1) {
    throw new IpcRejection(`${method}: expected at most one argument, got ${args.length}`);
  }
  const parsed = schemas[method].safeParse(args[0]);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`)
      .join('; ');
    throw new IpcRejection(`${method}: invalid argument: ${detail}`);
  }
  // The schema is typed z.ZodType<ApiInput<M>>, but TypeScript cannot carry the indexed
  // generic through safeParse's output.
  return handlers[method](parsed.data as ApiInput<M>);
}
