/**
 * One domain's texts in both languages. `en` must have exactly the keys of `de`: a missing or
 * misspelt key is a compile error.
 */
export function translations<const K extends string>(texts: {
  de: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}): { de: Record<K, string>; en: Record<K, string> } {
  return texts;
}
