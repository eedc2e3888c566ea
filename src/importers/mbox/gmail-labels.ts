/**
 * Google Takeout's `X-Gmail-Labels` (docs/formats.md section 5): comma-separated, labels with commas
 * double-quoted (suitenumerique/messages PR #172), and the whole header possibly one RFC 2047
 * encoded word (`=?UTF-8?Q?=C3=85pnet,Kategori:_Reklame?=`, stalwartlabs/vandelay #7), so it is
 * decoded before it is split. System labels are localised to the Takeout UI language; the
 * spellings below are the ones Gmail uses in its most common UI languages.
 */
import { decodeWords } from 'postal-mime';

export function splitGmailLabels(raw: string): string[] {
  const text = decodeWords(raw.trim());
  const labels: string[] = [];
  let current = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && isQuoted && i + 1 < text.length) {
      current += text[i + 1];
      i += 1;
    } else if (char === '"') {
      isQuoted = !isQuoted;
    } else if (char === ',' && !isQuoted) {
      labels.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  labels.push(current.trim());
  return labels.filter((label) => label !== '');
}

function labelSet(...names: string[]): ReadonlySet<string> {
  return new Set(names.map((n) => n.normalize('NFC').toLowerCase()));
}

const SENT_LABELS = labelSet(
  'Sent',
  'Sent Mail',
  'Gesendet',
  'Enviados',
  'Enviado',
  'Envoyés',
  'Messages envoyés',
  'Inviati',
  'Posta inviata',
  'Verzonden',
  'Odeslané',
  'Wysłane',
  'Skickat',
  'Sendt',
  'Lähetetyt',
  'Отправленные',
);
const SPAM_LABELS = labelSet('Spam', 'Спам');
const TRASH_LABELS = labelSet(
  'Trash',
  'Bin',
  'Papierkorb',
  'Papelera',
  'Corbeille',
  'Cestino',
  'Lixeira',
  'Prullenbak',
  'Koš',
  'Kosz',
  'Papperskorgen',
  'Papirkurv',
  'Roskakori',
  'Корзина',
);
const DRAFT_LABELS = labelSet(
  'Drafts',
  'Draft',
  'Entwürfe',
  'Borradores',
  'Brouillons',
  'Bozze',
  'Rascunhos',
  'Concepten',
  'Koncepty',
  'Wersje robocze',
  'Utkast',
  'Kladder',
  'Luonnokset',
  'Черновики',
);

// `Category Promotions`, and `Kategori: Reklame` and the like in other UI languages.
const PROMOTIONS =
  /^(?:category|kategori|kategorie|categoría|catégorie|categoria|categorie|kategoria)\s*:?\s*(?:promotions|reklame|reklam|werbung|promociones|promozioni|promoções|reclame|oferty|mainokset)$/i;

/** What a message's labels say, worked out once per distinct label header. */
export interface LabelFlags {
  labels: string[];
  isSent: boolean;
  isSpam: boolean;
  isTrash: boolean;
  isDraft: boolean;
  isPromotions: boolean;
}

export function readGmailLabels(raw: string): LabelFlags {
  const labels = splitGmailLabels(raw);
  const keys = labels.map((label) => label.normalize('NFC').toLowerCase());
  return {
    labels,
    isSent: keys.some((key) => SENT_LABELS.has(key)),
    isSpam: keys.some((key) => SPAM_LABELS.has(key)),
    isTrash: keys.some((key) => TRASH_LABELS.has(key)),
    isDraft: keys.some((key) => DRAFT_LABELS.has(key)),
    isPromotions: keys.some((key) => PROMOTIONS.test(key)),
  };
}

export const NO_LABELS: LabelFlags = {
  labels: [],
  isSent: false,
  isSpam: false,
  isTrash: false,
  isDraft: false,
  isPromotions: false,
};
