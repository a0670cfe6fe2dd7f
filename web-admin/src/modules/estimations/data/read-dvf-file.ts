import { readDvf, type DvfReadResult } from '@estate/domain/estimations';

/** A DVF file read in a worker where the browser has them, on the page otherwise. */
export async function readDvfFile(file: File): Promise<DvfReadResult> {
  const text = await file.text();
  if (typeof Worker === 'undefined') return readDvf(text);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dvf.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<DvfReadResult>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the DVF file could not be read'));
    });
    worker.postMessage(text);
  });
}
