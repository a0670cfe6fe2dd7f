// The browser side of the chessboard benchmark (bundled by chessboard-bench.ts with esbuild): the admin
// app's Chessboard component, rendered with React into a page of the size of a laptop screen, on a
// building's units; each step is timed until the browser has painted it.
import type { Building, Unit } from '@estate/domain';
import { mountChessboard } from '../../web-admin/src/modules/projects/components/chessboard.harness';
import { matchesFilters, NO_FILTERS, type UnitFilters } from '../../web-admin/src/modules/projects/utils/chessboard';

export interface ChessboardTiming {
  units: number;
  /** Unit cells in the page after the first render: the rows in view, not the building. */
  cellsRendered: number;
  /** From render() to the first frame painted. */
  mountMs: number;
  /** Scrolling from the top floor to the bottom, 120 px a frame: each frame's time. */
  scrollFrames: number;
  scrollFrameMedianMs: number;
  scrollFrameP95Ms: number;
  scrollFrameMaxMs: number;
  /** A filter applied (rooms and a price range): re-render and paint. */
  filterMs: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const painted = async () => {
  await nextFrame();
  return nextFrame();
};

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

async function run(building: Building, units: Unit[]): Promise<ChessboardTiming> {
  document.body.innerHTML = '<div id="root" style="width:1280px"></div>';
  const board = await mountChessboard(document.getElementById('root') as HTMLElement, 'ru');
  const render = (filters: UnitFilters) =>
    board.render({
      building,
      units,
      matches: (unit: Unit) => matchesFilters(unit, filters),
      onOpen: () => undefined,
      height: 640,
    });

  const mountStart = performance.now();
  render(NO_FILTERS);
  await painted();
  const mountMs = performance.now() - mountStart;
  const cellsRendered = document.querySelectorAll('[data-testid="chessboard-unit"]').length;

  const scroller = document.querySelector('[data-testid="chessboard"]') as HTMLElement;
  const frames: number[] = [];
  let last = await nextFrame();
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.scrollTop += 120;
    const now = await nextFrame();
    frames.push(now - last);
    last = now;
  }
  await painted();

  const filterStart = performance.now();
  render({ ...NO_FILTERS, rooms: [1, 2], priceMin: 4_000_000, priceMax: 9_000_000 });
  await painted();
  const filterMs = performance.now() - filterStart;
  board.unmount();

  return {
    units: units.length,
    cellsRendered,
    mountMs,
    scrollFrames: frames.length,
    scrollFrameMedianMs: percentile(frames, 0.5),
    scrollFrameP95Ms: percentile(frames, 0.95),
    scrollFrameMaxMs: Math.max(...frames),
    filterMs,
  };
}

(globalThis as unknown as { runChessboard: typeof run }).runChessboard = run;
