/** Names in a list as the language writes one: "花呗、借呗和信用卡", "Huabei, Jiebei, and a card". */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
