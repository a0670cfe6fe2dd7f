// Reads a DVF extract off the page's thread: a department's file takes seconds, during which the
// dialog keeps answering and shows that it is reading.
import { readDvf } from '@estate/domain/estimations';

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<string>) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', (event) => scope.postMessage(readDvf(event.data)));
