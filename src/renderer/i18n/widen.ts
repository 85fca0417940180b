/**
 * The shape of a message tree with every string widened: what another language must provide.
 * A language with a singular (English) may add it beside a counted message as `key_one`, which
 * i18next picks when count is 1; the message itself serves every other count. Chinese has no
 * plural forms, so it never needs one.
 */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> } & {
  [singular: `${string}_one`]: string;
};
