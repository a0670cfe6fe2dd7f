import { importContactsContract } from '@estate/domain';
import type { ClientType, DuplicatePolicy, HeaderMap, ImportRowResult, RawImportRow } from '@estate/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { call } from '../../../../lib/firebase/callables';
import { contactImportKeys } from './use-import-setup';

/** Rows per call: well under the callable's limit of 500, so the progress bar moves often. */
const IMPORT_CHUNK = 200;

export interface ImportRun {
  status: 'idle' | 'running' | 'failed' | 'done';
  done: number;
  total: number;
  results: ImportRowResult[];
  error: unknown;
}

const IDLE: ImportRun = { status: 'idle', done: 0, total: 0, results: [], error: null };

function newImportId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/**
 * Sends the rows chunk by chunk under one import id. When a call fails, what was sent stays imported
 * and `resume` sends the rest, the failed chunk again: the server gives each row a fixed contact id,
 * so a chunk sent twice imports nothing twice.
 */
export function useContactImport(tenantId: string) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<ImportRun>(IDLE);
  const job = useRef<{
    importId: string;
    rows: RawImportRow[];
    headerMap: HeaderMap;
    policy: DuplicatePolicy;
    defaultClientType: ClientType | null;
  } | null>(null);

  const send = useCallback(
    async (from: number, earlier: ImportRowResult[]) => {
      const current = job.current;
      if (!current) return;
      const results = [...earlier];
      setRun({ status: 'running', done: from, total: current.rows.length, results, error: null });
      for (let start = from; start < current.rows.length; start += IMPORT_CHUNK) {
        const chunk = current.rows.slice(start, start + IMPORT_CHUNK);
        try {
          const answer = await call(importContactsContract, {
            importId: current.importId,
            rows: chunk,
            headerMap: current.headerMap,
            duplicatePolicy: current.policy,
            defaultClientType: current.defaultClientType,
          });
          results.push(...answer.results);
        } catch (error) {
          setRun({ status: 'failed', done: start, total: current.rows.length, results: [...results], error });
          await queryClient.invalidateQueries({ queryKey: contactImportKeys.contacts(tenantId) });
          return;
        }
        setRun({
          status: 'running',
          done: Math.min(start + IMPORT_CHUNK, current.rows.length),
          total: current.rows.length,
          results: [...results],
          error: null,
        });
      }
      setRun({ status: 'done', done: current.rows.length, total: current.rows.length, results, error: null });
      await queryClient.invalidateQueries({ queryKey: contactImportKeys.contacts(tenantId) });
    },
    [queryClient, tenantId],
  );

  const start = useCallback(
    (rows: RawImportRow[], headerMap: HeaderMap, policy: DuplicatePolicy, defaultClientType: ClientType | null) => {
      job.current = { importId: newImportId(), rows, headerMap, policy, defaultClientType };
      void send(0, []);
    },
    [send],
  );

  const resume = useCallback(() => {
    void send(run.done, run.results);
  }, [run.done, run.results, send]);

  const reset = useCallback(() => {
    job.current = null;
    setRun(IDLE);
  }, []);

  return { run, start, resume, reset };
}
