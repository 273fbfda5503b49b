// Script variables: filled where known, left visible where not.
import { describe, expect, it } from 'vitest';
import { fillScript, scriptVariables } from './fill-script.js';

describe('fillScript', () => {
  it('fills known variables and leaves unknown or empty ones visible', () => {
    const body = 'Hi {customer.name}, {agent.name} here about {order.number} ({order.state}).';
    expect(fillScript(body, { 'customer.name': 'Ana', 'agent.name': 'Wei', 'order.number': 'PD-100001', 'order.state': '' })).toBe('Hi Ana, Wei here about PD-100001 ({order.state}).');
    expect(scriptVariables(body)).toEqual(['customer.name', 'agent.name', 'order.number', 'order.state']);
  });

  it('does not treat shopper-looking braces or markup as variables', () => {
    expect(fillScript('{ not a var } <b>{x}</b>', { x: '<i>' })).toBe('{ not a var } <b><i></b>');
  });
});
