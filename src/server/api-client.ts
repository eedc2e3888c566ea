/**
 * The typed client the web app uses (docs/architecture.md: web talks to the server's JSON API only).
 * It imports types only, so the browser bundle holds none of the server's code.
 */
import type { GoalsChange, GoalsView } from '../services/goals-service.js';
import type { ImportSummary } from '../services/import-files.js';
import type { ClusterReport, GraphSummary } from '../services/network-analysis.js';
import type { NetworkHealth } from '../services/network-health.js';
import type { NetworkStats } from '../services/network-stats.js';
import type { listPipeline, logOutreachEvent, movePipeline } from '../services/outreach-log.js';
import type { PersonDetail, TimelineEntry } from '../services/people-queries.js';
import type {
  PeopleFacets,
  PeopleSort,
  PeopleTablePage,
  PeopleTableRow,
  SortOrder,
  TableList,
} from '../services/people-table.js';
import type { MutualView, PersonMutuals } from '../services/person-mutuals.js';
import type { RecordedMutualsView } from '../services/record-mutuals.js';
import type { NextStep, PersonOutreach } from '../services/person-outreach.js';
import type { PlanView } from '../services/plan-preview.js';
import type { markPlanItem, ShownPlan } from '../services/plan-outreach.js';
import type { ListName, recommend } from '../services/recommend.js';
import type { WeekPace } from '../services/weekly-pace.js';
import type { TieClass } from '../core/ties/classify-tie.js';
import type { listImports } from '../services/network-stats.js';
import type { ScoreView } from './create-app.js';
import type { identityReview, listIdentityMerges } from '../services/fuse-identities.js';
import type { MapCluster, MapNode, NetworkMap } from './network-map.js';

export type PeoplePage = PeopleTablePage & { maxPage: number };
export type PersonRow = PeopleTableRow;
export type PersonView = PersonDetail & {
  score: ScoreView | null;
  mutuals: PersonMutuals;
  timeline: TimelineEntry[];
};
export type ListView = Awaited<ReturnType<typeof recommend>>;
export type PlanMark = Awaited<ReturnType<typeof markPlanItem>>;
export type LoggedEvent = Awaited<ReturnType<typeof logOutreachEvent>>;
export type ImportRun = Awaited<ReturnType<typeof listImports>>[number];
export type PlanAction = 'done' | 'snooze' | 'skip';
export type PipelineView = Awaited<ReturnType<typeof listPipeline>>;
export type IdentityReview = Awaited<ReturnType<typeof identityReview>>;
export type ReviewPairView = IdentityReview['items'][number];
export type MergeView = Awaited<ReturnType<typeof listIdentityMerges>>[number];
export type PipelineCard = PipelineView['rows'][number];
export type PipelineMoveResult = Awaited<ReturnType<typeof movePipeline>>;
export interface PipelineMoveRequest {
  person: string | number;
  stage: string;
  help?: string;
  until?: string;
  reason?: string;
  note?: string;
  date?: string;
}
export type {
  ClusterReport,
  GoalsChange,
  GoalsView,
  GraphSummary,
  ImportSummary,
  ListName,
  MapCluster,
  MapNode,
  NetworkHealth,
  NetworkMap,
  NetworkStats,
  MutualView,
  NextStep,
  PeopleFacets,
  PeopleSort,
  PersonOutreach,
  PlanView,
  ScoreView,
  ShownPlan,
  SortOrder,
  TableList,
  TieClass,
  TimelineEntry,
  WeekPace,
};

/** The people table's query: the same parameters the page keeps in its address. */
export interface PeopleQuery {
  search?: string;
  company?: string;
  tieClass?: TieClass;
  /** A NAICS sector code, or "unknown". */
  industry?: string;
  source?: string;
  list?: TableList;
  connection?: 'yes' | 'no';
  sort?: PeopleSort;
  order?: SortOrder;
  limit?: number;
  offset?: number;
}

/** A failed API call, with the server's error code and message (http-status.ts). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** Sent with every state change: the server refuses them without it or a JSON body. */
const CSRF_HEADERS = { 'x-weakties-request': '1' };

// Server mode (multi-user-app.ts): the signed-in session's token, from /api/auth/me or a
// sign-in, which every state change must echo in X-CSRF-Token. Unset in the single-user app.
let sessionCsrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  sessionCsrfToken = token;
}

/** The headers every state change carries. */
export function stateChangeHeaders(): Record<string, string> {
  return sessionCsrfToken === null
    ? CSRF_HEADERS
    : { ...CSRF_HEADERS, 'x-csrf-token': sessionCsrfToken };
}

function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createApiClient(base = '', fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetchImpl(`${base}${path}`, init);
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      throw new ApiError(
        response.status,
        'bad-response',
        `the server answered: ${text.slice(0, 200)}`,
      );
    }
    if (!response.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new ApiError(
        response.status,
        error?.code ?? 'http',
        error?.message ?? `HTTP ${response.status}`,
      );
    }
    return body as T;
  }
  const send = <T>(method: string, path: string, body: unknown) =>
    call<T>(path, {
      method,
      headers: { ...stateChangeHeaders(), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  return {
    stats: () => call<NetworkStats>('/api/stats'),
    health: () => call<NetworkHealth>('/api/health'),
    goals: () => call<GoalsView>('/api/goals'),
    saveGoals: (change: GoalsChange) => send<GoalsView>('PUT', '/api/goals', change),
    people: (query: PeopleQuery = {}) =>
      call<PeoplePage>(`/api/people${queryString({ ...query })}`),
    peopleFacets: () => call<PeopleFacets>('/api/people/facets'),
    person: (id: number) => call<PersonView>(`/api/people/${encodeURIComponent(String(id))}`),
    personOutreach: (id: number) =>
      call<PersonOutreach>(`/api/people/${encodeURIComponent(String(id))}/outreach`),
    pace: () => call<WeekPace>('/api/pace'),
    lists: () => call<{ name: ListName; description: string }[]>('/api/lists'),
    list: (name: ListName, limit = 25) =>
      call<ListView>(`/api/lists/${encodeURIComponent(name)}${queryString({ limit })}`),
    graph: () => call<GraphSummary>('/api/graph'),
    clusters: () => call<ClusterReport>('/api/graph/clusters'),
    networkMap: (limit?: number) => call<NetworkMap>(`/api/graph/network${queryString({ limit })}`),
    plan: (date?: string) => call<PlanView>(`/api/plan${queryString({ date })}`),
    savePlan: (date?: string) => send<PlanView>('POST', '/api/plan', date ? { date } : {}),
    markPlanItem: (
      ref: string,
      action: PlanAction,
      options: { date?: string; until?: string } = {},
    ) => send<PlanMark>('POST', `/api/plan/items/${encodeURIComponent(ref)}/${action}`, options),
    pipeline: (date?: string) => call<PipelineView>(`/api/pipeline${queryString({ date })}`),
    identityReview: () => call<IdentityReview>('/api/identity/review'),
    identityMerges: (auto: boolean) =>
      call<MergeView[]>(`/api/identity/merges${queryString({ auto: auto ? 1 : undefined })}`),
    mergePeople: (keep: number, merge: number) =>
      send<{ mergeId: number }>('POST', '/api/identity/merge', { keep, merge }),
    notSamePeople: (a: number, b: number) =>
      send<{ a: number; b: number }>('POST', '/api/identity/not-same', { a, b }),
    undoMerge: (id: number) =>
      send<{ mergeId: number }>('POST', `/api/identity/merges/${id}/undo`, {}),
    undoAutoMerges: () => send<{ undone: number }>('POST', '/api/identity/merges/undo-auto', {}),
    recordMutuals: (personId: number, count: number) =>
      send<RecordedMutualsView>('POST', `/api/people/${personId}/mutuals`, { count }),
    movePipeline: (move: PipelineMoveRequest) =>
      send<PipelineMoveResult>('POST', '/api/pipeline/move', move),
    logEvent: (event: {
      person: string | number;
      kind: string;
      note?: string;
      help?: string;
      date?: string;
    }) => send<LoggedEvent>('POST', '/api/events', event),
    imports: () => call<ImportRun[]>('/api/imports'),
    uploadImport: (file: Blob, name: string) => {
      const form = new FormData();
      form.set('file', file, name);
      return call<ImportSummary>('/api/imports', {
        method: 'POST',
        headers: stateChangeHeaders(),
        body: form,
      });
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * Uploads an export with XMLHttpRequest, which reports upload progress (fetch does not), so
 * the import page can show a live bar; `onProgress` gets the share of bytes sent, 0 to 1.
 */
export function uploadImportWithProgress(
  file: Blob,
  name: string,
  onProgress: (share: number) => void,
  base = '',
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${base}/api/imports`);
    for (const [key, value] of Object.entries(stateChangeHeaders())) {
      request.setRequestHeader(key, value);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () =>
      reject(new ApiError(0, 'network', 'the upload did not reach the server'));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        reject(new ApiError(request.status, 'bad-response', request.responseText.slice(0, 200)));
        return;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as ImportSummary);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
      reject(
        new ApiError(
          request.status,
          error?.code ?? 'http',
          error?.message ?? `HTTP ${request.status}`,
        ),
      );
    };
    const form = new FormData();
    form.set('file', file, name);
    request.send(form);
  });
}
