import { describe, expect, it, vi } from 'vitest';
import { listenOnDemand } from './listen-on-demand';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('listenOnDemand', () => {
  it('stops the listener once it has started', async () => {
    const unsubscribe = vi.fn();
    const stop = listenOnDemand(() => Promise.resolve(unsubscribe), vi.fn());
    await tick();
    expect(unsubscribe).not.toHaveBeenCalled();
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('stops a listener that starts after it was stopped', async () => {
    const unsubscribe = vi.fn();
    const stop = listenOnDemand(() => Promise.resolve(unsubscribe), vi.fn());
    stop();
    await tick();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });

  it('reports a failed import as the listener error, unless stopped', async () => {
    const onError = vi.fn();
    listenOnDemand(() => Promise.reject(new Error('chunk')), onError);
    const stop = listenOnDemand(() => Promise.reject(new Error('late')), onError);
    stop();
    await tick();
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(new Error('chunk'));
  });
});
