import { useState, type FormEvent } from 'react';
import { SENIORITIES } from '../../core/titles/seniority.js';
import type { GoalsChange, GoalsView } from '../../server/api-client.js';
import { api, useApi } from '../use-api.js';
import { StatusView } from './status-view.js';

/** One entry a line: company names often hold commas ("Acme, Inc."). */
function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function GoalsForm(props: { view: GoalsView; onSaved: (view: GoalsView) => void }) {
  const { goals } = props.view;
  const [companies, setCompanies] = useState(goals.targetCompanies.join('\n'));
  const [roles, setRoles] = useState(goals.targetRoles.join('\n'));
  const [industries, setIndustries] = useState(goals.targetIndustries.join('\n'));
  const [location, setLocation] = useState(goals.location ?? '');
  const [level, setLevel] = useState<string>(goals.ownerLevel ?? '');
  const [stance, setStance] = useState<string>(goals.stance);
  const [style, setStyle] = useState<string>(goals.style);
  const [solution, setSolution] = useState(goals.solution ?? '');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const change: GoalsChange = {
      targetCompanies: splitLines(companies),
      targetRoles: splitLines(roles),
      targetIndustries: splitLines(industries),
      location: location.trim(),
      stance,
      style,
      solution: solution.trim(),
      ...(level ? { ownerLevel: level } : {}),
    };
    setSaving(true);
    api.saveGoals(change).then(
      (view) => {
        setSaving(false);
        setStatus({ ok: true, text: 'Goals saved; scores and lists now use them.' });
        props.onSaved(view);
      },
      (error: unknown) => {
        setSaving(false);
        setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  return (
    <form className="goals-form" onSubmit={save}>
      {!props.view.confirmed ? (
        <p className="note">
          Pre-filled from your export
          {props.view.prefilledFrom.length > 0 ? ` (${props.view.prefilledFrom.join(', ')})` : ''}:
          check them and save to confirm.
        </p>
      ) : null}
      <label htmlFor="goal-companies">Target companies (one a line)</label>
      <textarea
        id="goal-companies"
        rows={4}
        value={companies}
        onChange={(e) => setCompanies(e.target.value)}
      />
      <label htmlFor="goal-roles">Target roles (one a line)</label>
      <textarea id="goal-roles" rows={3} value={roles} onChange={(e) => setRoles(e.target.value)} />
      <label htmlFor="goal-industries">
        Target industries (one a line: a LinkedIn industry or a NAICS sector code)
      </label>
      <textarea
        id="goal-industries"
        rows={3}
        value={industries}
        onChange={(e) => setIndustries(e.target.value)}
      />
      <label htmlFor="goal-location">Location</label>
      <input
        id="goal-location"
        value={location}
        maxLength={200}
        onChange={(e) => setLocation(e.target.value)}
      />
      <label htmlFor="goal-level">Your level</label>
      <select id="goal-level" value={level} onChange={(e) => setLevel(e.target.value)}>
        <option value="">not set</option>
        {SENIORITIES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label htmlFor="goal-stance">Stance</label>
      <select id="goal-stance" value={stance} onChange={(e) => setStance(e.target.value)}>
        <option value="active">active: looking now</option>
        <option value="contemplating">contemplating: open to it</option>
      </select>
      <label htmlFor="goal-style">Networking style</label>
      <select id="goal-style" value={style} onChange={(e) => setStyle(e.target.value)}>
        <option value="open">open: grow widely</option>
        <option value="curator">curator: keep it close</option>
      </select>
      <label htmlFor="goal-solution">The problems you solve, in your words</label>
      <textarea
        id="goal-solution"
        rows={3}
        maxLength={2000}
        value={solution}
        onChange={(e) => setSolution(e.target.value)}
      />
      <div>
        <button type="submit" disabled={isSaving}>
          {isSaving ? 'Saving...' : 'Save goals'}
        </button>
      </div>
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'note' : 'error'}>
          {status.text}
        </p>
      ) : null}
    </form>
  );
}

export function GoalsPage() {
  const goals = useApi(() => api.goals(), 'goals');
  const [saved, setSaved] = useState<GoalsView | null>(null);
  return (
    <section>
      <h1>Goals</h1>
      <StatusView loaded={goals}>
        {(view) => <GoalsForm view={saved ?? view} onSaved={setSaved} />}
      </StatusView>
    </section>
  );
}
