import { useState, type DragEvent } from 'react';
import {
  HELP_KINDS,
  INVITE_STAGES,
  RECONNECT_STAGES,
  type HelpKind,
} from '../../core/outreach/pipeline.js';
import type { PipelineCard } from '../../server/api-client.js';
import { Link } from '../router.js';
import { api, useApi } from '../use-api.js';
import { StatusView } from './status-view.js';

// Snoozing needs a wake-up date: that is done from Today's plan, so the board shows snoozed
// people but takes no drops there.
const COLUMNS = [...INVITE_STAGES, ...RECONNECT_STAGES, 'closed-lost', 'snoozed'] as const;
type Column = (typeof COLUMNS)[number];
const DROPPABLE = new Set<string>(COLUMNS.filter((c) => c !== 'snoozed'));
// A column shows this many cards, the most recent first (design choice: keeps the board light).
const CARDS_PER_COLUMN = 100;

function pathStages(card: PipelineCard): readonly string[] {
  return card.path === 'invite' ? INVITE_STAGES : RECONNECT_STAGES;
}

function BoardCard(props: {
  card: PipelineCard;
  onMove: (card: PipelineCard, stage: string) => void;
  isBusy: boolean;
}) {
  const { card, onMove, isBusy } = props;
  const stages = pathStages(card);
  const at = stages.indexOf(card.stage);
  const previous = at > 0 ? stages[at - 1] : undefined;
  const next = at >= 0 && at < stages.length - 1 ? stages[at + 1] : undefined;
  const start = (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.setData('text/plain', card.personId);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <li className="card board-card" draggable onDragStart={start} data-person={card.personId}>
      <Link to={`/people/${card.personId}`}>{card.name}</Link>
      <p className="muted">
        since {card.since}
        {card.help ? ` · ${card.help}` : ''}
        {card.snoozeUntil ? ` · until ${card.snoozeUntil}` : ''}
      </p>
      <div className="board-actions">
        {previous ? (
          <button
            type="button"
            disabled={isBusy}
            aria-label={`Move ${card.name} back to ${previous}`}
            onClick={() => onMove(card, previous)}
          >
            ← {previous}
          </button>
        ) : null}
        {next ? (
          <button
            type="button"
            disabled={isBusy}
            aria-label={`Move ${card.name} on to ${next}`}
            onClick={() => onMove(card, next)}
          >
            {next} →
          </button>
        ) : null}
        {card.stage !== 'closed-lost' ? (
          <button
            type="button"
            disabled={isBusy}
            aria-label={`Close ${card.name}`}
            onClick={() => onMove(card, 'closed-lost')}
          >
            Close
          </button>
        ) : null}
      </div>
    </li>
  );
}

export function PipelinePage() {
  const board = useApi(() => api.pipeline(), 'pipeline');
  const [help, setHelp] = useState<HelpKind>('advice');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [over, setOver] = useState<Column | null>(null);

  const move = (card: PipelineCard, stage: string) => {
    setBusy(true);
    api
      .movePipeline({
        person: card.personId,
        stage,
        ...(stage === 'helped' ? { help } : {}),
      })
      .then(
        () => {
          setStatus({ ok: true, text: `${card.name}: moved to ${stage}` });
          board.reload();
        },
        (error: unknown) =>
          setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section>
      <h1>Pipeline</h1>
      <p className="lead">
        Drag a card to another stage, or use its buttons. The invite path runs from &ldquo;to
        invite&rdquo; to &ldquo;helped&rdquo;, the reconnect path from &ldquo;to reconnect&rdquo; to
        &ldquo;met&rdquo;.
      </p>
      <label className="inline-field">
        When someone moves to &ldquo;helped&rdquo;, they helped with{' '}
        <select
          value={help}
          onChange={(e) => setHelp(HELP_KINDS.find((k) => k === e.target.value) ?? 'advice')}
        >
          {HELP_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'note' : 'error'}>
          {status.text}
        </p>
      ) : null}
      <StatusView loaded={board}>
        {(data) => {
          const byStage = new Map<string, PipelineCard[]>();
          for (const row of data.rows) {
            const list = byStage.get(row.stage);
            if (list) list.push(row);
            else byStage.set(row.stage, [row]);
          }
          const byId = new Map(data.rows.map((r) => [r.personId, r]));
          return (
            <div className="board">
              {COLUMNS.map((column) => {
                const cards = byStage.get(column) ?? [];
                const canDrop = DROPPABLE.has(column);
                const drop = (event: DragEvent<HTMLElement>) => {
                  event.preventDefault();
                  setOver(null);
                  const card = byId.get(event.dataTransfer.getData('text/plain'));
                  if (card && card.stage !== column) move(card, column);
                };
                return (
                  <section
                    key={column}
                    className={`board-column${over === column ? ' drop-target' : ''}`}
                    aria-label={column}
                    data-stage={column}
                    onDragOver={
                      canDrop
                        ? (event) => {
                            event.preventDefault();
                            setOver(column);
                          }
                        : undefined
                    }
                    onDragLeave={() => setOver((o) => (o === column ? null : o))}
                    onDrop={canDrop ? drop : undefined}
                  >
                    <h2>
                      {column} <span className="muted">({cards.length})</span>
                    </h2>
                    <ul className="plain">
                      {cards.slice(0, CARDS_PER_COLUMN).map((card) => (
                        <BoardCard key={card.personId} card={card} onMove={move} isBusy={isBusy} />
                      ))}
                    </ul>
                    {cards.length > CARDS_PER_COLUMN ? (
                      <p className="muted">
                        and {(cards.length - CARDS_PER_COLUMN).toLocaleString('en')} more
                      </p>
                    ) : null}
                  </section>
                );
              })}
            </div>
          );
        }}
      </StatusView>
    </section>
  );
}
