/**
 * The visibility habit (issue 7, item 7; docs/product.md "Nurture: comment, share useful things"):
 * the user's posts (Shares.csv, docs/formats.md section 1) against a weekly goal. Weeks run Monday to
 * Sunday (UTC).
 */
import { addDays, dayNumber } from './pacing.js';

export const DEFAULT_WEEKLY_POSTS = {
  value: 1,
  source: 'design choice: one share a week keeps you visible ("share content regularly")',
} as const;

export interface PostingWeek {
  /** Monday, `YYYY-MM-DD`. */
  weekOf: string;
  posts: number;
  metGoal: boolean;
}

export interface PostingRhythm {
  goalPerWeek: number;
  weeks: PostingWeek[];
  /** Consecutive weeks meeting the goal, ending with last week (this week counts once met). */
  streak: number;
  thisWeek: number;
  lastPostDay?: string;
  advice: string;
}

export function mondayOf(day: string): string {
  // 1970-01-01 was a Thursday: day number 0 is weekday 3 counting Monday as 0.
  const n = dayNumber(day);
  const weekday = (((n + 3) % 7) + 7) % 7;
  return addDays(day, -weekday);
}

export function postingRhythm(
  shareDays: readonly string[],
  day: string,
  goalPerWeek: number = DEFAULT_WEEKLY_POSTS.value,
  weeksBack = 8,
): PostingRhythm {
  const thisMonday = mondayOf(day);
  const counts = new Map<string, number>();
  let lastPostDay: string | undefined;
  for (const d of shareDays) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(d) || d.slice(0, 10) > day) continue;
    const monday = mondayOf(d.slice(0, 10));
    counts.set(monday, (counts.get(monday) ?? 0) + 1);
    if (lastPostDay === undefined || d.slice(0, 10) > lastPostDay) lastPostDay = d.slice(0, 10);
  }
  const weeks: PostingWeek[] = [];
  for (let w = weeksBack - 1; w >= 0; w -= 1) {
    const weekOf = addDays(thisMonday, -7 * w);
    const posts = counts.get(weekOf) ?? 0;
    weeks.push({ weekOf, posts, metGoal: posts >= goalPerWeek });
  }
  const thisWeek = counts.get(thisMonday) ?? 0;
  let streak = 0;
  for (let w = weeks.length - 1; w >= 0; w -= 1) {
    const week = weeks[w];
    if (!week) break;
    if (week.weekOf === thisMonday && !week.metGoal) continue;
    if (!week.metGoal) break;
    streak += 1;
  }
  const advice =
    thisWeek >= goalPerWeek
      ? `Goal met this week (${thisWeek} of ${goalPerWeek}). Comment on two posts of people you plan to ask.`
      : `Share one useful thing this week (${thisWeek} of ${goalPerWeek} so far${lastPostDay ? `; last post ${lastPostDay}` : '; no posts yet'}): a lesson from your work shows the problems you solve.`;
  return {
    goalPerWeek,
    weeks,
    streak,
    thisWeek,
    ...(lastPostDay ? { lastPostDay } : {}),
    advice,
  };
}
