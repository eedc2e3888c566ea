import { describe, expect, it } from 'vitest';
import { looksLikeWhatsApp, parseWhatsAppLine } from './whatsapp-line.js';
import { isEncryptionNotice, isMediaMarker, deletedKind } from './whatsapp-system-text.js';

describe('looksLikeWhatsApp', () => {
  it('recognises iOS and Android chats by their first line', () => {
    expect(looksLikeWhatsApp('\ufeff[27.09.23, 09:18:41] Lena Vogt: Hallo\n')).toBe(true);
    expect(looksLikeWhatsApp('\u200e[4/3/24, 1:41:34\u202fPM] Sam: hi')).toBe(true);
    expect(looksLikeWhatsApp('12/07/2017, 22:35 - You created group "Tes"\n')).toBe(true);
    expect(looksLikeWhatsApp('13.6.2018 klo 21.25.15 - a: m')).toBe(true);
  });

  it('rejects a CSV, an mbox and prose', () => {
    expect(looksLikeWhatsApp('First Name,Last Name,URL\nAna,Lima,https://x\n')).toBe(false);
    expect(
      looksLikeWhatsApp(
        'From 1654953015393719153@xxx Mon Jan 06 04:49:45 +0000 2020\nX-GM-THRID: 1\n',
      ),
    ).toBe(false);
    expect(looksLikeWhatsApp('Dear Ana,\n\nsee you at 10:30 - bring the notes.\n')).toBe(false);
  });
});

describe('parseWhatsAppLine', () => {
  it('tells an Android system line (no author) from a message', () => {
    expect(parseWhatsAppLine('12/07/2017, 22:35 - Oliver Hart left')?.author).toBeUndefined();
    expect(parseWhatsAppLine('12/07/2017, 22:35 - Oliver Hart: left')?.author).toBe('Oliver Hart');
  });

  it('does not take a quoted subject with a colon for an author', () => {
    const head = parseWhatsAppLine('12/07/2017, 22:35 - You changed the subject to "Re: plans"');
    expect(head?.author).toBeUndefined();
  });

  it('leaves a continuation line alone', () => {
    expect(parseWhatsAppLine('see you at 10:30 - bring the notes')).toBeUndefined();
  });
});

describe('system texts', () => {
  it('knows the encryption notice in several languages', () => {
    for (const notice of [
      'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
      'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen.',
      'Los mensajes y las llamadas están cifrados de extremo a extremo.',
      'Les messages et les appels sont chiffrés de bout en bout.',
      'As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.',
      'I messaggi e le chiamate sono crittografati end-to-end.',
      'Berichten en gesprekken worden end-to-end versleuteld.',
      'Messages to this group are now secured with end-to-end encryption. Tap for more info.',
    ]) {
      expect(isEncryptionNotice(notice)).toBe(true);
    }
    expect(isEncryptionNotice('Is this chat encrypted?')).toBe(false);
  });

  it('knows media markers and deleted messages, and not ordinary text', () => {
    expect(isMediaMarker('<Medien ausgeschlossen>')).toBe(true);
    expect(isMediaMarker('Bild weggelassen')).toBe(true);
    expect(isMediaMarker('<adjunto: 00000012-PHOTO-2024-05-22.jpg>')).toBe(true);
    expect(isMediaMarker('I omitted the image')).toBe(false);
    expect(deletedKind('Se eliminó este mensaje.')).toBe('by-author');
    expect(deletedKind('Du hast diese Nachricht gelöscht.')).toBe('by-owner');
    expect(deletedKind('This message was deleted by mistake, sorry')).toBeUndefined();
  });
});
