import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MessageRecord } from '../import-batch.js';
import { parseWhatsAppChat } from './whatsapp-chat.js';
import {
  isSystemEvent,
  isSystemEventIn,
  SYSTEM_LINE_CATALOGUE,
  type SystemLineLanguage,
} from './whatsapp-system-text.js';

interface Language {
  /** The iOS group chat fixture: seven system lines written under the group's name. */
  group: string;
  person: string;
  messages: [string, string];
  /** System lines as Android writes them (no author, so the catalogue decides group or not). */
  android: string[];
}

// The fixtures' people and messages, as written in ios-system-lines-<language>.txt.
const LANGUAGES: Record<SystemLineLanguage, Language> = {
  en: {
    group: 'Book Club',
    person: 'Sam Porter',
    messages: ['Which book next?', 'The one about networks'],
    android: [
      'You created group "Book Club"',
      'Sam Porter added Ravi Shah',
      'Sam Porter removed Ravi Shah',
      "Sam Porter changed this group's icon",
      'Sam Porter changed the group description',
    ],
  },
  de: {
    group: 'Lesekreis',
    person: 'Lena Vogt',
    messages: ['Welches Buch als Nächstes?', 'Das über Netzwerke'],
    android: [
      'Du hast die Gruppe „Lesekreis“ erstellt.',
      'Jonas Brandt ist dieser Gruppe mit dem Einladungslink beigetreten.',
      'Lena Vogt hat Jonas Brandt entfernt.',
      'Lena Vogt hat das Gruppenbild geändert.',
      'Jonas Brandt hat eine neue Telefonnummer. Tippe, um eine Nachricht zu schreiben oder die neue Nummer hinzuzufügen.',
    ],
  },
  es: {
    group: 'Club de lectura',
    person: 'Sofía Ramírez',
    messages: ['¿Qué libro sigue?', 'El de las redes'],
    android: [
      'Creaste el grupo "Club de lectura"',
      'Sofía Ramírez agregó a Diego Torres',
      'Sofía Ramírez eliminó a Diego Torres',
      'Diego Torres salió',
      'Sofía Ramírez cambió la descripción del grupo',
    ],
  },
  fr: {
    group: 'Club de lecture',
    person: 'Chloé Martin',
    messages: ['Quel livre ensuite ?', 'Celui sur les réseaux'],
    android: [
      'Vous avez créé le groupe « Club de lecture »',
      'Chloé Martin a ajouté Hugo Petit',
      'Chloé Martin a retiré Hugo Petit',
      "Chloé Martin a changé l'icône de ce groupe",
      'Hugo Petit est parti',
    ],
  },
  it: {
    group: 'Club del libro',
    person: 'Giulia Conti',
    messages: ['Quale libro adesso?', 'Quello sulle reti'],
    android: [
      'Hai creato il gruppo "Club del libro"',
      'Giulia Conti ha aggiunto Marco Ricci',
      'Giulia Conti ha rimosso Marco Ricci',
      'Marco Ricci è uscito',
      'Giulia Conti ha cambiato la descrizione del gruppo',
    ],
  },
  pt: {
    group: 'Clube do livro',
    person: 'Ana Souza',
    messages: ['Qual o próximo livro?', 'O das redes'],
    android: [
      'Você criou o grupo "Clube do livro"',
      'Ana Souza adicionou Pedro Lima',
      'Ana Souza removeu Pedro Lima',
      'Ana Souza mudou a imagem deste grupo',
      'Pedro Lima saiu',
    ],
  },
  nl: {
    group: 'Leesclub',
    person: 'Sanne de Vries',
    messages: ['Welk boek hierna?', 'Dat over netwerken'],
    android: [
      "Je hebt groep 'Leesclub' aangemaakt",
      'Sanne de Vries heeft Bram Visser toegevoegd',
      'Sanne de Vries heeft Bram Visser verwijderd',
      'Sanne de Vries heeft de groepsafbeelding gewijzigd',
      'Bram Visser heeft de groep verlaten',
    ],
  },
  tr: {
    group: 'Kitap Kulübü',
    person: 'Elif Yılmaz',
    messages: ['Sıradaki kitap hangisi?', 'Ağlarla ilgili olan'],
    android: [
      '"Kitap Kulübü" grubunu oluşturdunuz',
      'Elif Yılmaz, Emre Kaya kişisini ekledi',
      'Elif Yılmaz, Emre Kaya kişisini çıkardı',
      'Elif Yılmaz bu grubun simgesini değiştirdi',
      'Emre Kaya ayrıldı',
    ],
  },
  ru: {
    group: 'Книжный клуб',
    person: 'Анна Смирнова',
    messages: ['Какую книгу читаем дальше?', 'Ту, что про сети'],
    android: [
      'Вы создали группу «Книжный клуб»',
      'Анна Смирнова добавил(а) Иван Петров',
      'Анна Смирнова удалил(а) Иван Петров',
      'Анна Смирнова изменил(а) изображение этой группы',
      'Иван Петров вышел(-ла)',
    ],
  },
  hi: {
    group: 'बुक क्लब',
    person: 'Priya Nair',
    messages: ['अगली किताब कौन सी है?', 'नेटवर्क वाली'],
    android: [
      'आपने ग्रुप "बुक क्लब" बनाया',
      'Priya Nair ने Arjun Mehta को जोड़ा',
      'Priya Nair ने Arjun Mehta को हटाया',
      'Priya Nair ने इस ग्रुप का आइकन बदला',
      'Arjun Mehta ने ग्रुप छोड़ दिया',
    ],
  },
  ar: {
    group: 'نادي الكتاب',
    person: 'ليلى حسن',
    messages: ['ما هو الكتاب التالي؟', 'الكتاب عن الشبكات'],
    android: [
      'أنشأت المجموعة "نادي الكتاب"',
      'ليلى حسن أضافت عمر خالد',
      'ليلى حسن أزالت عمر خالد',
      'ليلى حسن غيّرت صورة هذه المجموعة',
      'عمر خالد غادر',
    ],
  },
};

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

function who(m: MessageRecord): string {
  return m.from ? (m.from.fullName ?? '?') : 'me';
}

describe('WhatsApp system-line catalogue, one test per language', () => {
  it('has an entry for every language it claims', () => {
    expect(Object.keys(SYSTEM_LINE_CATALOGUE).sort()).toEqual(Object.keys(LANGUAGES).sort());
  });

  for (const [language, spec] of Object.entries(LANGUAGES) as [SystemLineLanguage, Language][]) {
    it(`${language}: an iOS group chat keeps its two messages and no system line becomes a person`, () => {
      const name = `ios-system-lines-${language}.txt`;
      const parsed = parseWhatsAppChat(
        { name, content: fixture(name) },
        { ownerNames: ['Mia Keller'] },
      );
      const messages = parsed.records.filter((r): r is MessageRecord => r.kind === 'message');
      expect(messages.map((m) => `${who(m)}: ${m.content ?? ''}`)).toEqual([
        `${spec.person}: ${spec.messages[0]}`,
        `me: ${spec.messages[1]}`,
      ]);
      expect(parsed.skipped['system line']).toBe(7);
      // Every message reaches the one other member, never the group's name or the joiner.
      const everyone = new Set(messages.flatMap((m) => [who(m), ...m.to.map((p) => p.fullName)]));
      expect([...everyone].sort()).toEqual(['me', spec.person].sort());
    });

    it(`${language}: Android's author-less system lines are known to the ${language} entry, the messages are not`, () => {
      for (const line of spec.android) expect(isSystemEventIn(language, line), line).toBe(true);
      for (const text of spec.messages) expect(isSystemEvent(text), text).toBe(false);
    });
  }
});
