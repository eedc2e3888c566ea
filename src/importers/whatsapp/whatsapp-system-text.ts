/**
 * What a WhatsApp message text says about itself (docs/formats.md section 4): system events, media
 * markers, deleted messages and the edited suffix. System events come from a catalogue with one
 * entry per language (en, de, es, fr, it, pt, nl, tr, ru, hi, ar, plus fi for the encryption
 * notice), written as WhatsApp's iOS and Android apps word them. Texts are matched after bidi
 * marks are stripped (whatsapp-line.ts), in Unicode NFC, with Arabic vowel marks dropped (they
 * are optional in Arabic script, and exports differ in whether they carry them).
 *
 * Where a wording below is not confirmed from a real export, the entry says so; patterns are kept
 * loose around names and quotes, so a wording that differs by a word still matches only when it
 * shares the verb phrase.
 */

export type SystemLineLanguage =
  'en' | 'de' | 'es' | 'fr' | 'it' | 'pt' | 'nl' | 'tr' | 'ru' | 'hi' | 'ar';

/** The end-to-end encryption notice every chat starts with, per language. */
const ENCRYPTION_NOTICES: Readonly<Record<SystemLineLanguage | 'fi', readonly string[]>> = {
  en: [
    'messages and calls are end-to-end encrypted',
    'messages (?:to this (?:group|chat)|you send to this (?:group|chat)).{0,40}end-to-end encryption',
  ],
  de: [
    'nachrichten und anrufe sind ende-zu-ende-verschlüsselt',
    'nachrichten an diese(?:n)? (?:gruppe|chat).{0,60}ende-zu-ende',
  ],
  es: [
    'los mensajes y las llamadas están cifrados de extremo a extremo',
    'mensajes .{0,40}cifrad[oa]s de extremo a extremo',
  ],
  fr: ['les messages et les appels sont chiffrés de bout en bout'],
  it: ['i messaggi e le chiamate sono crittografati end-to-end'],
  pt: [
    'as mensagens e as chamadas são protegidas com a criptografia de ponta a ponta',
    'mensagens .{0,40}criptografia de ponta a ponta',
    // pt-PT; wording not confirmed from a real export.
    'as mensagens e (?:as )?chamadas (?:estão|são) encriptadas (?:ponto a ponto|de ponta a ponta)',
  ],
  nl: ['berichten en gesprekken worden end-to-end versleuteld'],
  tr: ['mesajlar ve aramalar uçtan uca şifrelidir'],
  ru: ['сообщения и звонки защищены сквозным шифрованием'],
  // Hindi and Arabic: the opening clause as the apps show it; the rest of the sentence varies
  // between versions and is not relied on.
  hi: ['संदेश और कॉल(?:्स)? (?:एंड-टू-एंड|एन्ड-टू-एन्ड) (?:एन्क्रिप्टेड|एन्क्रिप्ट) (?:हैं|किए गए हैं)'],
  ar: ['الرسائل والمكالمات مشفرة (?:تماما )?بين الطرفين'],
  fi: ['viestit ja puhelut on päästä päähän -salattu'],
};

/**
 * Group and contact events, written by WhatsApp rather than by a person: created, added,
 * joined, left, removed, subject/icon/description changed, security code or number changed,
 * admin, disappearing messages, blocked, "is a contact". Only trusted on lines that cannot be a
 * person's message: author-less Android lines, iOS lines that start with U+200E (or that name
 * their own author), or the group's own name.
 */
export const SYSTEM_LINE_CATALOGUE: Readonly<Record<SystemLineLanguage, readonly string[]>> = {
  en: [
    '\\bcreated (?:the )?group\\b',
    '\\bcreated this group\\b',
    '^(?:you|.{1,100}) added .{1,200}$',
    '^(?:you|.{1,100}) (?:was|were) added$',
    '^.{1,100} joined using (?:this|the) group.s invite link$',
    '^.{1,100} joined from the community$',
    '^(?:you|.{1,100}) left$',
    '^(?:you|.{1,100}) removed .{1,200}$',
    '\\bchanged (?:the|this group.s) (?:subject|group description|group icon|group name|description|icon|settings)\\b',
    '\\bchanged the group name\\b',
    '\\bdeleted this group.s icon\\b',
    '\\breset this group.s invite link\\b',
    '\\bsecurity code (?:with .{1,100} )?changed\\b',
    'changed (?:their|to a new) phone number|^.{1,100} changed to \\+?[\\d ()-]{6,}$',
    "\\byou're now an admin\\b|\\bis now an admin\\b",
    'turned (?:on|off) disappearing messages',
    'you (?:blocked|unblocked) this contact',
    // iOS, in a 1:1 chat with a saved contact: "‎Sam Porter is a contact."
    '^.{1,100} is a contact$',
    '^this (?:chat is with a business account|business uses a secure service from meta)',
  ],
  de: [
    'hat die gruppe .{0,100}erstellt',
    '^du hast die gruppe .{0,100}erstellt$',
    '\\bhat .{1,200} hinzugefügt$',
    '\\bhast .{1,200} hinzugefügt$',
    '^(?:du wurdest|.{1,100} wurde) hinzugefügt$',
    // iOS: "ist der Gruppe mit dem Einladungslink beigetreten"; Android: "ist dieser Gruppe mit
    // dem Einladungslink beigetreten"; older apps: "ist über den Einladungslink … beigetreten".
    'ist (?:der|dieser) gruppe (?:mit dem|über den) einladungslink beigetreten',
    'ist (?:der gruppe )?über den einladungslink .{0,40}beigetreten',
    'hat die gruppe verlassen|hast die gruppe verlassen',
    '\\bhat .{1,200} entfernt$',
    'hat den betreff .{0,200}geändert|hat den gruppennamen .{0,200}geändert',
    'hat die gruppenbeschreibung geändert|hat das gruppenbild (?:geändert|gelöscht)',
    'sicherheitsnummer .{0,100}hat sich geändert|sicherheitscode .{0,100}geändert',
    'hat (?:seine|ihre) telefonnummer geändert|hat eine neue telefonnummer|^.{1,100} hat zu \\+?[\\d ()-]{6,} gewechselt$',
    'du bist jetzt (?:ein )?admin',
    'selbstlöschende nachrichten',
    'du hast diesen kontakt (?:blockiert|freigegeben)',
    // The German wording of iOS's "is a contact" is not confirmed from a real export.
    '^.{1,100} ist ein kontakt$',
  ],
  es: [
    '\\b(?:creó|creaste) el grupo\\b',
    '\\b(?:añadió|añadiste|agregó|agregaste) a .{1,200}$',
    '\\bte (?:añadió|agregó)\\b',
    'se unió (?:usando|mediante|con) el enlace de invitación',
    '\\b(?:salió|saliste) del grupo\\b',
    '^.{1,100} salió$|^saliste$',
    '\\b(?:eliminó|eliminaste) a .{1,200}$',
    '\\bcambió (?:el asunto|el nombre del grupo|la descripción del grupo|la imagen (?:del|de este) grupo|el ícono (?:del|de este) grupo|el icono (?:del|de este) grupo)\\b',
    'tu código de seguridad con .{1,100} cambió',
    'cambió su número de teléfono|^.{1,100} cambió a \\+?[\\d ()-]{6,}$',
    'ahora eres (?:admin|administrador)',
    'mensajes temporales',
    'bloqueaste a este contacto|desbloqueaste a este contacto',
    // The Spanish wording of iOS's "is a contact" is not confirmed from a real export.
    '^.{1,100} es un contacto$',
  ],
  fr: [
    'a créé le groupe|avez créé le groupe',
    '\\ba ajouté .{1,200}$|\\bvous a ajouté\\b',
    // "a rejoint ce groupe via le lien d'invitation" (Android); the iOS wording "a rejoint le
    // groupe à l'aide du lien d'invitation" is not confirmed from a real export.
    '\\ba rejoint (?:ce groupe|le groupe)',
    '\\ba rejoint .{0,30}lien d.invitation',
    '\\best partie?$|\\ba quitté le groupe|^vous êtes partie?$',
    '\\ba retiré .{1,200}$',
    'a modifié (?:le sujet|le nom du groupe|la description du groupe|l.icône (?:du|de ce) groupe)',
    'a changé (?:le sujet|le nom du groupe|la description du groupe|l.icône (?:du|de ce) groupe)',
    'votre code de sécurité avec .{1,100} a changé',
    'a changé de numéro de téléphone|a un nouveau numéro',
    'vous êtes (?:maintenant|désormais) admin',
    'messages éphémères',
    'vous avez (?:bloqué|débloqué) ce contact',
  ],
  it: [
    'ha creato il gruppo|hai creato il gruppo',
    '\\bha aggiunto .{1,200}$|\\bti ha aggiunto\\b',
    // "si è unito tramite il link d'invito" is not confirmed from a real export.
    'si è unit[oa] (?:tramite|usando|con) il link d.invito',
    '\\bè uscit[oa]$|^sei uscit[oa]$|ha abbandonato il gruppo',
    '\\bha rimosso .{1,200}$',
    'ha (?:cambiato|modificato) (?:l.oggetto|il nome del gruppo|la descrizione del gruppo|l.immagine (?:del|di questo) gruppo)',
    'il tuo codice di sicurezza con .{1,100} è cambiato',
    'ha cambiato (?:il suo )?numero di telefono',
    'ora sei (?:un )?amministratore|ora sei admin',
    'messaggi effimeri',
    'hai (?:bloccato|sbloccato) questo contatto',
  ],
  pt: [
    '\\bcriou o grupo\\b|\\bvocê criou o grupo\\b',
    '\\badicionou .{1,200}$',
    '\\bentrou usando o link de convite\\b',
    '\\bsaiu$|\\bsaiu do grupo\\b|^você saiu$',
    '\\bremoveu .{1,200}$',
    '\\b(?:mudou|alterou) (?:o assunto|o nome do grupo|a descrição do grupo|a imagem (?:do|deste) grupo|o ícone (?:do|deste) grupo|as configurações do grupo)\\b',
    '(?:seu|o seu) código de segurança com .{1,100} mudou',
    '(?:mudou|alterou) (?:o )?(?:seu )?número de telefone',
    'agora você é (?:um )?admin',
    'mensagens temporárias',
    'você (?:bloqueou|desbloqueou) este contato',
  ],
  nl: [
    'heeft groep .{0,100}aangemaakt|heeft de groep .{0,100}aangemaakt|^je hebt (?:de )?groep .{0,100}aangemaakt$',
    '\\bheeft .{1,200} toegevoegd$|^je hebt .{1,200} toegevoegd$',
    // "is lid geworden via de uitnodigingslink van deze groep" is not confirmed from a real export.
    'via de uitnodigingslink (?:van deze groep )?(?:lid geworden|toegetreden)|is lid geworden via de uitnodigingslink',
    '\\bheeft de groep verlaten\\b|^.{1,100} is vertrokken$|^je hebt de groep verlaten$',
    '\\bheeft .{1,200} verwijderd$',
    'heeft (?:het onderwerp|de groepsnaam|de groepsbeschrijving|de groepsafbeelding|het groepspictogram) .{0,200}gewijzigd',
    'je beveiligingscode met .{1,100} is gewijzigd',
    'heeft een nieuw telefoonnummer|heeft (?:zijn|haar) telefoonnummer gewijzigd',
    'je bent nu (?:een )?beheerder',
    'verdwijnende berichten',
  ],
  // Turkish, Russian, Hindi and Arabic: wordings written as the Android and iOS apps show them
  // in those languages to our best knowledge; none is yet confirmed against a real export, so
  // each entry keeps to the verb phrase that carries the event.
  tr: [
    'grubunu oluşturdu|grubunu oluşturdunuz|grubu oluşturdu',
    '\\bekledi$|\\bsizi ekledi\\b',
    'bu grubun davet bağlantısını kullanarak katıldı|davet bağlantısıyla katıldı',
    '^.{1,100} ayrıldı$|^gruptan ayrıldınız$|^ayrıldınız$',
    '\\bçıkardı$',
    '(?:grup )?(?:konusunu|adını|açıklamasını|simgesini|grup simgesini) .{0,200}değiştirdi',
    '(?:bu grubun|grubun) (?:simgesini|açıklamasını|konusunu) değiştirdi',
    'ile güvenlik kodunuz değişti|güvenlik kodu değişti',
    'telefon numarasını değiştirdi|yeni bir numaraya geçti',
    'artık (?:bir )?yöneticisiniz',
    'süreli mesajları (?:açtı|kapattı)',
    'bu kişiyi engellediniz|bu kişinin engelini kaldırdınız',
  ],
  ru: [
    'создал(?:\\(а\\)|а)? группу|вы создали группу',
    '\\bдобавил(?:\\(а\\)|а)? .{1,200}$|^.{1,100} добавил(?:\\(а\\)|а)? вас$',
    'присоединил(?:ся|ась|ся\\(-ась\\)|\\(ся\\)\\(ась\\)).{0,40}(?:по ссылке-приглашению|по ссылке приглашения)',
    'по ссылке-приглашению',
    '^.{1,100} (?:вышел|вышла|вышел\\(-ла\\)|вышел\\(а\\))$|^вы вышли$|покинул(?:\\(а\\)|а)? группу',
    '\\bудалил(?:\\(а\\)|а)? .{1,200}$',
    'изменил(?:\\(а\\)|а)? (?:тему|название группы|описание группы|изображение (?:этой )?группы|значок (?:этой )?группы)',
    'ваш код безопасности .{0,100}изменился|код безопасности .{0,100}изменился',
    '(?:сменил|изменил)(?:\\(а\\)|а)? (?:свой )?номер телефона',
    'теперь вы администратор',
    'исчезающие сообщения',
    'вы (?:заблокировали|разблокировали) этот контакт',
  ],
  hi: [
    'ने (?:ग्रुप|समूह) .{0,100}बनाया|आपने (?:ग्रुप|समूह) .{0,100}बनाया',
    'ने .{1,200} को जोड़ा$|ने आपको जोड़ा',
    '(?:आमंत्रण|इनवाइट) लिंक (?:से|का (?:उपयोग|इस्तेमाल) करके) (?:जुड़े|जुड़ा|जुड़ीं|शामिल हुए)',
    'ने (?:ग्रुप|समूह) छोड़ दिया|^.{1,100} (?:चले गए|चली गईं|ने छोड़ दिया)$|^आपने छोड़ दिया$',
    'ने .{1,200} को (?:हटाया|निकाला)$',
    'ने (?:विषय|ग्रुप का नाम|समूह का नाम|ग्रुप का विवरण|समूह का विवरण|इस ग्रुप का आइकन|इस समूह का आइकन|ग्रुप का आइकन).{0,200}बदल(?:ा|कर|ी)',
    'के साथ (?:आपका )?सुरक्षा कोड बदल गया',
    '(?:अपना )?फ़ोन नंबर बदल(?:ा|ा है|लिया)|फोन नंबर बदल',
    'अब आप (?:एडमिन|व्यवस्थापक) हैं',
    'गायब होने वाले मैसेज',
  ],
  ar: [
    'أنشأ(?:ت)? المجموعة|أنشأ(?:ت)? مجموعة',
    '^.{1,100} أضاف(?:ت)? .{1,200}$|^.{1,100} أضافك$',
    'انضم(?:ت)? (?:باستخدام|عبر|بواسطة) رابط الدعوة',
    '^.{1,100} غادر(?:ت)?(?: المجموعة)?$|^لقد غادرت$|^غادرت$',
    '^.{1,100} (?:أزال|أزالت|حذف|حذفت) .{1,200}$',
    '(?:غير|غيرت) (?:الموضوع|اسم المجموعة|وصف المجموعة|صورة (?:هذه )?المجموعة|أيقونة (?:هذه )?المجموعة)',
    'رمز الأمان .{0,100}(?:تغير|تم تغييره)|تغير رمز الأمان',
    '(?:غير|غيرت) رقم هاتف',
    'أنت الآن مشرف',
    'الرسائل المؤقتة',
    '(?:قمت بحظر|حظرت|ألغيت حظر) جهة الاتصال هذه',
  ],
};

/** Only events that happen in groups, so seeing one says the chat is a group. */
const GROUP_EVENT = new RegExp(
  [
    'created (?:the )?group|created this group|joined using|\\badded\\b|\\bleft$|\\bremoved\\b',
    'changed the subject|group description|group icon',
    'gruppe|grupo|groupe|gruppo|groep|grub|grup|групп|ग्रुप|समूह|المجموعة|مجموعة',
  ].join('|'),
  'iu',
);

/** Arabic short vowels, shadda, sukun and the superscript alef: optional in writing. */
const ARABIC_MARKS = /[\u064b-\u0652\u0670]/g;

function matchable(text: string): string {
  return text.normalize('NFC').replace(ARABIC_MARKS, '');
}

/**
 * `\b` only knows ASCII letters, so "è uscito" or "te añadió" would never match at their
 * accented ends; the catalogue's `\b` means a boundary between a letter or digit and anything else.
 */
const LETTER_BOUNDARY = String.raw`(?:(?<![\p{L}\p{N}])(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}])(?![\p{L}\p{N}]))`;

function compile(patterns: readonly string[]): RegExp {
  return new RegExp(
    patterns.map((p) => matchable(p).replaceAll('\\b', LETTER_BOUNDARY)).join('|'),
    'iu',
  );
}

const ENCRYPTION_NOTICE = compile(Object.values(ENCRYPTION_NOTICES).flat());
const SYSTEM_EVENT = compile(Object.values(SYSTEM_LINE_CATALOGUE).flat());
const SYSTEM_EVENT_BY_LANGUAGE = Object.fromEntries(
  Object.entries(SYSTEM_LINE_CATALOGUE).map(([language, patterns]) => [
    language,
    compile(patterns),
  ]),
) as Record<SystemLineLanguage, RegExp>;

/** `<Media omitted>` on Android, and its translations. */
const MEDIA_OMITTED =
  /^<(?:media omitted|medien ausgeschlossen|multimedia omitido|archivo omitido|médias omis|mídia oculta|arquivo de mídia oculto|media omessi|media weggelaten)>$/i;

/** iOS `<attached: 00000008-STICKER-….webp>` and its translations. */
const ATTACHED = /^<(?:attached|anhang|adjunto|pièce jointe|anexo|allegato|bijlage) ?: [^<>]+>$/i;

/** iOS `image omitted`, `‎file.pdf • ‎3 pages ‎document omitted` and translations. */
const KIND_OMITTED =
  /^(?:.*\s)?(?:image|video|audio|sticker|gif|document|contact card|bild|dokument|kontaktkarte|imagen|documento|tarjeta de contacto|imagem|vídeo|áudio|figurinha|foto|vidéo|autocollant|immagine|afbeelding)\s+(?:omitted|weggelassen|ausgelassen|omitida|omitido|ocultad[oa]|omise?|absente|omessa|omesso|weggelaten)$/i;

/** Android `IMG-20210428-WA0001.jpg (file attached)` and translations, on the first line. */
const FILE_ATTACHED =
  /^.+ \((?:file attached|datei angehängt|archivo adjunto|fichier joint|arquivo anexado|file allegato|bestand bijgevoegd)\)$/i;

const DELETED_BY_OWNER =
  /^(?:you deleted this message|du hast diese nachricht gelöscht|eliminaste este mensaje|vous avez supprimé ce message|você apagou esta mensagem|hai eliminato questo messaggio|je hebt dit bericht verwijderd)\.?$/i;

const DELETED =
  /^(?:this message was deleted|diese nachricht wurde gelöscht|se eliminó este mensaje|este mensaje fue eliminado|ce message a été supprimé|mensagem apagada|essa mensagem foi apagada|questo messaggio è stato eliminato|dit bericht is verwijderd)\.?$/i;

/** `‎<This message was edited>`: stays in English even in Spanish exports (docs/formats.md). */
const EDITED_SUFFIX =
  /\s*<(?:this message was edited|diese nachricht wurde bearbeitet|se editó este mensaje\.?|ce message a été modifié|mensagem editada|messaggio modificato|dit bericht is bewerkt)>\s*$/i;

export function isEncryptionNotice(text: string): boolean {
  return ENCRYPTION_NOTICE.test(matchable(text));
}

/** Event sentences end with a full stop in some languages and not in others (Hindi: "।"). */
function eventSentence(text: string): string {
  return matchable(text)
    .trim()
    .replace(/[.।]+$/u, '');
}

export function isSystemEvent(text: string): boolean {
  return isEncryptionNotice(text) || SYSTEM_EVENT.test(eventSentence(text));
}

/** Whether one language's catalogue entry knows the text (for the per-language tests). */
export function isSystemEventIn(language: SystemLineLanguage, text: string): boolean {
  return SYSTEM_EVENT_BY_LANGUAGE[language].test(eventSentence(text));
}

export function isGroupEvent(text: string): boolean {
  const sentence = eventSentence(text);
  return SYSTEM_EVENT.test(sentence) && GROUP_EVENT.test(sentence);
}

/** A whole first line that stands for a photo, video, sticker or file. */
export function isMediaMarker(firstLine: string): boolean {
  const text = firstLine.trim();
  return (
    MEDIA_OMITTED.test(text) ||
    ATTACHED.test(text) ||
    KIND_OMITTED.test(text) ||
    FILE_ATTACHED.test(text)
  );
}

export type DeletedKind = 'by-owner' | 'by-author';

export function deletedKind(text: string): DeletedKind | undefined {
  const trimmed = text.trim();
  if (DELETED_BY_OWNER.test(trimmed)) return 'by-owner';
  if (DELETED.test(trimmed)) return 'by-author';
  return undefined;
}

export function stripEditedSuffix(text: string): string {
  return text.replace(EDITED_SUFFIX, '');
}
