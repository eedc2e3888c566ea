/**
 * The fields a person fills in to join (set-up page, invitation page): the same bounds as the
 * server checks (services/accounts-service.ts: names up to 120 characters, passwords 15 to 256,
 * NIST SP 800-63B), so the browser says so before a round trip.
 */
export function NameField(props: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <>
      <label htmlFor={props.id}>Your name</label>
      <input
        id={props.id}
        required
        maxLength={120}
        autoComplete="name"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </>
  );
}

export function NewPasswordField(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label htmlFor={props.id}>Password (at least 15 characters; a few words)</label>
      <input
        id={props.id}
        type="password"
        required
        minLength={15}
        maxLength={256}
        autoComplete="new-password"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </>
  );
}

/** The submit button, busy while the request runs, and the error the server gave, if any. */
export function SubmitRow(props: {
  label: string;
  busyLabel: string;
  isBusy: boolean;
  message: string | null;
}) {
  return (
    <>
      <div>
        <button type="submit" disabled={props.isBusy}>
          {props.isBusy ? props.busyLabel : props.label}
        </button>
      </div>
      {props.message ? (
        <p role="alert" className="error">
          {props.message}
        </p>
      ) : null}
    </>
  );
}
