// A shopper's display name as a platform sent it, made fit to store: control characters dropped (a
// NUL fails a PostgreSQL text insert), valid Unicode, at most 200 characters; undefined when nothing
// is left.
export function displayName(v: string | undefined): string | undefined {
  const clean = v?.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200).toWellFormed();
  return clean ? clean : undefined;
}
