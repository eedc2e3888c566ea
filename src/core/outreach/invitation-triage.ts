/**
 * Triage of invitations received (issue 7, item 6; docs/product.md "Quality and quantity"), the way
 * curators do: accept people met or known from another source, or relevant to the goals; ask
 * first (reply before accepting) when relevant but unknown; ignore spam signals (a sales pitch
 * in the note, no relevance, no mutual context). Open networkers accept relevant strangers and
 * people in their industry (docs/product.md "Quality and quantity"); an invitation to a webinar or a
 * community event is how the method says to meet people, never a spam signal by itself.
 */
import type { Goals } from '../ties/goals.js';

export interface ReceivedInvitation {
  personId: string;
  name: string;
  title?: string;
  company?: string;
  note: string;
  sentAt: string;
  /** Messages, address-book entries or other imports show the user knows them. */
  isKnown: boolean;
  knownFrom?: string;
  /** Which goal they match ("a target company", "a recruiter"...), undefined when none. */
  relevance?: string;
  /** Mutual connections when recorded; undefined when unknown. */
  mutuals?: number;
  /** The sender works in the user's industry (their own or a target one), when known. */
  inUserIndustry?: boolean;
  /** The user's industries in words, for the reason ("Information"). */
  userIndustries?: string;
}

export type TriageVerdict = 'accept' | 'ask-first' | 'ignore';

export interface TriageResult {
  invitation: ReceivedInvitation;
  verdict: TriageVerdict;
  reason: string;
}

/** Words of a sales pitch (design choice; docs/product.md names spam signals, not words). */
const SALES_PITCH =
  /\b(discount|free trial|book a (call|demo)|our (services|agency|platform|solution)|grow your (business|revenue)|lead generation|leads for you|outsourc\w*|investment opportunit\w*|crypto|forex|special offer|limited time|dm me for|schedule a demo)\b/i;

export function triageInvitation(invitation: ReceivedInvitation, goals: Goals): TriageResult {
  const pitch = SALES_PITCH.exec(invitation.note);
  if (pitch) {
    return {
      invitation,
      verdict: 'ignore',
      reason: `Sales pitch in the note ("${pitch[0]}"): a spam signal.`,
    };
  }
  if (invitation.isKnown) {
    return {
      invitation,
      verdict: 'accept',
      reason: `You know them${invitation.knownFrom ? ` (${invitation.knownFrom})` : ''}: curators accept people they met or know from elsewhere.`,
    };
  }
  if (invitation.relevance) {
    return goals.style === 'curator'
      ? {
          invitation,
          verdict: 'ask-first',
          reason: `Relevant (${invitation.relevance}) but unknown: reply first and ask what brought them to you, then accept.`,
        }
      : {
          invitation,
          verdict: 'accept',
          reason: `Relevant (${invitation.relevance}): open networkers accept relevant people and move them to a call.`,
        };
  }
  if (invitation.inUserIndustry && goals.style === 'open') {
    return {
      invitation,
      verdict: 'accept',
      reason: `In your industry${invitation.userIndustries ? ` (${invitation.userIndustries})` : ''}: open networkers accept people in their industry.`,
    };
  }
  if (invitation.mutuals !== undefined && invitation.mutuals > 0) {
    return {
      invitation,
      verdict: 'ask-first',
      reason: `${invitation.mutuals} mutual connection${invitation.mutuals === 1 ? '' : 's'} but no match with your goals: ask how they know them before accepting.`,
    };
  }
  const placeless = !invitation.title && !invitation.company;
  if (placeless && goals.style === 'open') {
    // The export names the sender only: their profile says whether they are in your industry.
    return {
      invitation,
      verdict: 'ask-first',
      reason: `The export does not say where they work: open their profile, and accept if they work in your industry${invitation.userIndustries ? ` (${invitation.userIndustries})` : ''}, as open networkers do.`,
    };
  }
  return {
    invitation,
    verdict: 'ignore',
    reason: `No relevance to your goals and no mutual context${placeless ? ', not even a title or company to place them' : ''}.`,
  };
}

const ORDER: Readonly<Record<TriageVerdict, number>> = { accept: 0, 'ask-first': 1, ignore: 2 };

/** Accepts first, then ask-first, then ignores; newest first within each. */
export function triageInvitations(
  invitations: readonly ReceivedInvitation[],
  goals: Goals,
): TriageResult[] {
  return invitations
    .map((i) => triageInvitation(i, goals))
    .sort(
      (a, b) =>
        ORDER[a.verdict] - ORDER[b.verdict] ||
        (a.invitation.sentAt < b.invitation.sentAt
          ? 1
          : a.invitation.sentAt > b.invitation.sentAt
            ? -1
            : 0),
    );
}
