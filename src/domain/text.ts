/** A sentence in both languages: every message, reason and label the tool writes. */
export interface Text {
  zh: string;
  en: string;
}
