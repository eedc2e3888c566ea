import { useState, type ChangeEvent, type DragEvent } from 'react';
import { uploadImportWithProgress, type ImportSummary } from '../../server/api-client.js';
import { api, useApi } from '../use-api.js';
import { StatusView } from './status-view.js';

type Upload =
  | { state: 'idle' }
  | { state: 'sending'; name: string; share: number }
  | { state: 'done'; summary: ImportSummary }
  | { state: 'failed'; message: string };

function ImportResult(props: { summary: ImportSummary }) {
  const { summary } = props;
  if (summary.alreadyImported) {
    return (
      <p role="status" className="note">
        {summary.input} was imported before (run {summary.alreadyImported.runId},{' '}
        {summary.alreadyImported.at.slice(0, 10)}); nothing changed.
      </p>
    );
  }
  const rows = Object.entries(summary.imported).filter(([, n]) => (n ?? 0) > 0);
  const problems = summary.issues.filter((i) => i.severity !== 'info');
  return (
    <section className="import-result" aria-label="Import result">
      <p role="status" className="note">
        Imported {summary.input}
        {summary.source ? ` (${summary.source})` : ''}.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">New rows</th>
            <th scope="col">Count</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([table, n]) => (
            <tr key={table}>
              <td>{table}</td>
              <td>{(n ?? 0).toLocaleString('en')}</td>
            </tr>
          ))}
          <tr>
            <td>connections updated</td>
            <td>{summary.updated.connections.toLocaleString('en')}</td>
          </tr>
        </tbody>
      </table>
      {problems.length > 0 ? (
        <>
          <h2>Issues</h2>
          <ul>
            {problems.slice(0, 50).map((issue, i) => (
              <li key={i}>
                {issue.severity}: {issue.file}
                {issue.line !== undefined ? `:${issue.line}` : ''} {issue.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function ImportPage() {
  const history = useApi(() => api.imports(), 'imports');
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [isOver, setOver] = useState(false);

  const send = (file: File) => {
    setUpload({ state: 'sending', name: file.name, share: 0 });
    uploadImportWithProgress(file, file.name, (share) =>
      setUpload((u) => (u.state === 'sending' ? { ...u, share } : u)),
    ).then(
      (summary) => {
        setUpload({ state: 'done', summary });
        history.reload();
      },
      (error: unknown) =>
        setUpload({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) send(file);
    event.target.value = '';
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) send(file);
  };
  const isSending = upload.state === 'sending';

  return (
    <section>
      <h1>Import</h1>
      <p className="lead">
        Add a LinkedIn data export (the zip), contacts (vCard, Google or Outlook CSV), a WhatsApp
        chat, mail (mbox, eml) or a calendar (.ics). The same file twice is imported once.
      </p>
      <div
        className={`drop-zone${isOver ? ' drop-target' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>Drop a file here, or</p>
        <label htmlFor="import-file">Choose a file to import</label>{' '}
        <input id="import-file" type="file" disabled={isSending} onChange={choose} />
      </div>
      {upload.state === 'sending' ? (
        <div role="status">
          <label htmlFor="import-progress">
            {upload.share < 1
              ? `Uploading ${upload.name}: ${Math.round(upload.share * 100)} %`
              : `Importing ${upload.name}...`}
          </label>
          {upload.share < 1 ? (
            <progress id="import-progress" max={1} value={upload.share} />
          ) : (
            <progress id="import-progress" />
          )}
        </div>
      ) : null}
      {upload.state === 'failed' ? (
        <p role="alert" className="error">
          {upload.message}
        </p>
      ) : null}
      {upload.state === 'done' ? <ImportResult summary={upload.summary} /> : null}
      <h2>Imported so far</h2>
      <StatusView loaded={history}>
        {(runs) =>
          runs.length === 0 ? (
            <p className="muted">Nothing yet.</p>
          ) : (
            <ul className="import-history">
              {runs.map((run) => (
                <li key={run.id}>
                  {run.input} · {run.source} · {run.startedAt.slice(0, 10)}
                </li>
              ))}
            </ul>
          )
        }
      </StatusView>
    </section>
  );
}
