/**
 * Everything the seeded demo invents about its owner, before any file is written: the owner's
 * story, the LinkedIn network, conversations, goals and activity. The LinkedIn export
 * (generate-demo-export.ts) encodes it, and the other sources (sources/) reuse the same people,
 * so one seed gives one coherent person across every export. Pure: no clock, no Math.random().
 */
import {
  inventCompanyFollows,
  inventShares,
  type CompanyFollow,
  type Share,
} from './activity-files.js';
import { CAREER_TRACKS, type CareerTrack } from './career-tracks.js';
import { createCompanyCatalogue, type CompanyCatalogue } from './company-catalogue.js';
import { inventConferenceEvents, type ConferenceEvent } from './conference-events.js';
import { inventConversations, type Conversation } from './conversations.js';
import { inventEndorsements } from './endorsements.js';
import type { DemoOptions } from './generate-demo-export.js';
import { inventInvitations } from './invitations.js';
import { inventSavedJobs, type SavedJob } from './job-seeker-files.js';
import { parseIsoDay } from './linkedin-dates.js';
import { createProfileSlugs, type ProfileSlugs } from './names.js';
import { inventNetwork, type Connection } from './network.js';
import { inventOwnerStory, type OwnerStory } from './owner-story.js';
import { inventRecommendations } from './recommendations.js';
import { deriveRng } from './rng.js';
import { chooseTargetCompanies, type TargetCompanies } from './target-companies.js';

export interface DemoWorld {
  options: DemoOptions;
  /** UTC midnight of the export day. */
  exportMs: number;
  track: CareerTrack;
  catalogue: CompanyCatalogue;
  slugs: ProfileSlugs;
  owner: OwnerStory;
  events: ConferenceEvent[];
  /** Newest first, as Connections.csv lists them. */
  connections: Connection[];
  conversations: Conversation[];
  invitations: ReturnType<typeof inventInvitations>;
  endorsements: ReturnType<typeof inventEndorsements>;
  recommendations: ReturnType<typeof inventRecommendations>;
  targets: TargetCompanies;
  savedJobs: SavedJob[];
  follows: CompanyFollow[];
  shares: Share[];
}

/** Invents the world for options already checked by `resolveDemoOptions`. */
export function inventDemoWorld(options: DemoOptions): DemoWorld {
  const { seed, exportDate } = options;
  const exportMs = parseIsoDay(exportDate) ?? 0;
  // One stream per part, so changing one file's generation never shifts another's content.
  const stream = (label: string) => deriveRng(seed, label);

  const worldRng = stream('world');
  const track = worldRng.pick(CAREER_TRACKS);
  const catalogue = createCompanyCatalogue(worldRng, track, options.connections);
  const slugs = createProfileSlugs();
  const owner = inventOwnerStory(stream('owner'), exportMs, {
    track,
    employers: catalogue.employers,
    school: catalogue.ownerSchool,
    slugs,
  });
  const events = inventConferenceEvents(stream('events'), track, owner.careerStartMs, exportMs);
  const connections = inventNetwork(stream('connections'), options.connections, exportMs, {
    owner,
    catalogue,
    events,
    slugs,
  });
  const conversations = inventConversations(stream('messages'), options.messages, exportMs, {
    owner,
    connections,
    catalogue,
    events,
    slugs,
  });
  const invitations = inventInvitations(stream('invitations'), exportMs, {
    owner,
    connections,
    events,
    slugs,
  });
  const endorsements = inventEndorsements(stream('endorsements'), exportMs, owner, connections);
  const recommendations = inventRecommendations(
    stream('recommendations'),
    exportMs,
    owner,
    connections,
  );
  const targets = chooseTargetCompanies(stream('targets'), owner, catalogue, connections);
  const savedJobs = inventSavedJobs(stream('saved-jobs'), exportMs, owner, targets);
  const follows = inventCompanyFollows(stream('follows'), exportMs, owner, catalogue, targets);
  const shares = inventShares(stream('shares'), exportMs, owner, events);
  return {
    options,
    exportMs,
    track,
    catalogue,
    slugs,
    owner,
    events,
    connections,
    conversations,
    invitations,
    endorsements,
    recommendations,
    targets,
    savedJobs,
    follows,
    shares,
  };
}
