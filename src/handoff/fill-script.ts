// Scripts (macros) are texts with {variables}: {customer.name}, {order.number}, {agent.name}…
// Filling is pure and leaves an unknown variable visible, so an agent sees what is missing rather
// than sending an empty gap.
export type ScriptVars = Record<string, string | number | null | undefined>;

export function fillScript(body: string, vars: ScriptVars): string {
  return body.replace(/\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)\}/gi, (whole, name: string) => {
    const v = vars[name];
    return v === undefined || v === null || v === '' ? whole : String(v);
  });
}

/** The variables a script uses, for the console's "missing" hint. */
export function scriptVariables(body: string): string[] {
  return [...new Set([...body.matchAll(/\{([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*)\}/gi)].map((m) => m[1]!))];
}
