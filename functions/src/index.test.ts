import { CALLABLE_CONTRACTS, type CallableContract } from '@estate/domain';
import { describe, expect, it } from 'vitest';
import * as bindings from './index';

interface BoundCallable {
  contract: CallableContract;
  __endpoint: { callableTrigger?: unknown };
}

function isBoundCallable(binding: unknown): binding is BoundCallable {
  return typeof binding === 'function' && 'contract' in binding && '__endpoint' in binding;
}

/** Every export of the index as its deployed name (`<group>-<operation>`). */
const deployed = Object.entries(bindings).flatMap(([group, operations]) =>
  Object.entries(operations as Record<string, unknown>).map(([operation, binding]) => ({
    name: `${group}-${operation}`,
    binding,
  })),
);

describe('functions/src/index.ts', () => {
  it('binds every callable contract under its own name', () => {
    const bound = new Map(
      deployed.filter(({ binding }) => isBoundCallable(binding)).map((entry) => [entry.name, entry]),
    );
    for (const contract of Object.values(CALLABLE_CONTRACTS)) {
      const entry = bound.get(contract.name);
      expect(entry, `${contract.name} is not exported by functions/src/index.ts`).toBeDefined();
      expect(isBoundCallable(entry?.binding) && entry.binding.contract).toBe(contract);
    }
  });

  it('has no callable without a contract', () => {
    const contracts = new Set<string>(Object.values(CALLABLE_CONTRACTS).map((contract) => contract.name));
    const callables = deployed.filter(({ binding }) => {
      const endpoint = (binding as { __endpoint?: { callableTrigger?: unknown } }).__endpoint;
      return endpoint?.callableTrigger !== undefined;
    });
    expect(callables.length).toBeGreaterThan(0);
    for (const { name, binding } of callables) {
      expect(isBoundCallable(binding), `${name} is bound without a contract`).toBe(true);
      expect(contracts.has(name), `${name} has no contract in CALLABLE_CONTRACTS`).toBe(true);
    }
  });
});
