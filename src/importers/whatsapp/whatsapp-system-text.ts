/**
 * What a WhatsApp message text says about itself (docs/formats.md section 4): system events, media
 * markers, deleted messages and the edited suffix, in the languages seen or reported (en, de,
 * es, fr, pt, it, nl). Texts are matched after bidi marks are stripped (whatsapp-line.ts).
 */

/** The end-to-end encryption notice every chat starts with, in several languages. */
const ENCRYPTION_NOTICE = new RegExp(
  [
    'messages and calls are end-to-end encrypted',
    'messages (?:to this (?:group|chat)|you send to this (?:group|chat)).{0,40}end-to-end encryption',
    'nachrichten und anrufe sind ende-zu-ende-verschlüsselt',
    'nachrichten an diese(?:n)? (?:gruppe|chat).{0,60}ende-zu-ende',
    'los mensajes y las llamadas están cifrados de extremo a extremo',
    'mensajes .{0,40}cifrad[oa]s de extremo a extremo',
    'les messages et les appels sont chiffrés de bout en bout',
    'as mensagens e as chamadas são protegidas com a criptografia de ponta a ponta',
    'mensagens .{0,40}criptografia de ponta a ponta',
    'i messaggi e le chiamate sono crittografati end-to-end',
    'berichten en gesprekken worden end-to-end versleuteld',
    'viestit ja puhelut on päästä päähän -salattu',
  ].join('|'),
  'i',
);

/**
 * Group and contact events, written by WhatsApp rather than by a person: created, added,
 * joined, left, removed, subject/icon/description changed, security code or number changed,
 * admin, disappearing messages, blocked. Only trusted on lines that cannot be a person's
 * message: author-less Android lines, iOS lines that start with U+200E, or the group's own name.
 */
const SYSTEM_EVENT = new RegExp(
  [
    // en
    '\\bcreated (?:the )?group\\b',
    '\\bcreated this group\\b',
    '^(?:you|.{1,100}) added .{1,200}$',
    '^.{1,100} joined using (?:this|the) group.s invite link$',
    '^.{1,100} joined from the community$',
    '^(?:you|.{1,100}) left$',
    '^(?:you|.{1,100}) removed .{1,200}$',
    '\\bchanged (?:the|this group.s) (?:subject|group description|group icon|description|icon|settings)\\b',
    '\\bdeleted this group.s icon\\b',
    '\\bsecurity code (?:with .{1,100} )?changed\\b',
    'changed (?:their|to a new) phone number',
    "\\byou're now an admin\\b|\\bis now an admin\\b",
    'turned (?:on|off) disappearing messages',
    'you (?:blocked|unblocked) this contact',
    // de
    'hat die gruppe .{0,100}erstellt',
    '\\bhat .{1,200} hinzugefügt$',
    '\\bhast .{1,200} hinzugefügt$',
    'ist (?:der gruppe )?über den einladungslink .{0,40}beigetreten',
    'hat die gruppe verlassen|hast die gruppe verlassen',
    '\\bhat .{1,200} entfernt$',
    'hat den betreff .{0,200}geändert|hat die gruppenbeschreibung geändert|hat das gruppenbild geändert',
    'sicherheitsnummer .{0,100}hat sich geändert|sicherheitscode .{0,100}geändert',
    'hat (?:seine|ihre) telefonnummer geändert',
    'du bist jetzt admin',
    'selbstlöschende nachrichten',
    // es
    '\\b(?:creó|creaste) el grupo\\b',
    '\\b(?:añadió|añadiste|agregó|agregaste) a .{1,200}$',
    '\\bte (?:añadió|agregó)\\b',
    'se unió (?:usando|mediante) el enlace de invitación',
    '\\b(?:salió|saliste) del grupo\\b',
    '^.{1,100} salió$',
    '\\b(?:eliminó|eliminaste) a .{1,200}$',
    '\\bcambió (?:el asunto|la descripción del grupo|la imagen del grupo|el ícono del grupo|el icono del grupo)\\b',
    'tu código de seguridad con .{1,100} cambió',
    'cambió su número de teléfono',
    'ahora eres admin',
    'mensajes temporales',
    // fr
    'a créé le groupe|avez créé le groupe',
    '\\ba ajouté .{1,200}$',
    '\\ba rejoint (?:ce groupe|le groupe)',
    '\\best parti$|\\ba quitté le groupe',
    '\\ba retiré .{1,200}$',
    'a modifié (?:le sujet|la description du groupe|l.icône du groupe)',
    'votre code de sécurité avec .{1,100} a changé',
    // pt
    '\\bcriou o grupo\\b',
    '\\badicionou .{1,200}$',
    '\\bentrou usando o link de convite\\b',
    '\\bsaiu$|\\bsaiu do grupo\\b',
    '\\bremoveu .{1,200}$',
    '\\bmudou (?:o assunto|a descrição do grupo|a imagem do grupo)\\b',
    'seu código de segurança com .{1,100} mudou',
    // it
    'ha creato il gruppo|hai creato il gruppo',
    '\\bha aggiunto .{1,200}$',
    '\\bè uscito$|\\bè uscita$',
    '\\bha rimosso .{1,200}$',
    // nl
    'heeft groep .{0,100}aangemaakt|heeft de groep .{0,100}aangemaakt',
    '\\bheeft .{1,200} toegevoegd$',
    '\\bheeft de groep verlaten\\b|^.{1,100} is vertrokken$',
    '\\bheeft .{1,200} verwijderd$',
  ].join('|'),
  'i',
);

/** Only events that happen in groups, so seeing one says the chat is a group. */
const GROUP_EVENT = new RegExp(
  [
    'created (?:the )?group|created this group|joined using|\\badded\\b|\\bleft$|\\bremoved\\b',
    'changed the subject|group description|group icon',
    'gruppe|grupo|groupe|gruppo|groep',
  ].join('|'),
  'i',
);

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
  return ENCRYPTION_NOTICE.test(text);
}

/** Event sentences end with a full stop in some languages and not in others. */
function eventSentence(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

export function isSystemEvent(text: string): boolean {
  return ENCRYPTION_NOTICE.test(text) || SYSTEM_EVENT.test(eventSentence(text));
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
