import { pickLocale, type Building, type Unit } from '@estate/domain';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { chessboardLayout, visibleRows, type ChessboardLayout } from '../utils/chessboard';
import { STATUS_COLOURS } from './unit-status';

const CELL_WIDTH = 92;
const ROW_HEIGHT = 66;
const FLOOR_LABEL_WIDTH = 48;
const SECTION_GAP = 16;
const CELL_GAP = 4;

export interface ChessboardProps {
  building: Pick<Building, 'sections'>;
  units: readonly Unit[];
  /** Whether a unit passes the filters; the others are dimmed, so the board keeps its shape. */
  matches: (unit: Unit) => boolean;
  onOpen: (unit: Unit) => void;
  /** Clicking an empty place (editors): creates a unit there. */
  onEmpty?: (place: { section: string; floor: number; position: number }) => void;
  height?: number;
}

interface Formats {
  price: Intl.NumberFormat;
  area: Intl.NumberFormat;
}

const cellBase: CSSProperties = {
  position: 'absolute',
  top: 0,
  width: CELL_WIDTH,
  height: ROW_HEIGHT - CELL_GAP,
  borderRadius: 6,
  padding: '3px 5px',
  fontSize: 11,
  lineHeight: '14px',
  textAlign: 'left',
  overflow: 'hidden',
  cursor: 'pointer',
  font: 'inherit',
};

const UnitCell = memo(function UnitCell({
  unit,
  left,
  dimmed,
  formats,
  roomsLabel,
  onOpen,
}: {
  unit: Unit;
  left: number;
  dimmed: boolean;
  formats: Formats;
  roomsLabel: string;
  onOpen: (unit: Unit) => void;
}) {
  const colours = STATUS_COLOURS[unit.status];
  return (
    <button
      type="button"
      onClick={() => onOpen(unit)}
      data-testid="chessboard-unit"
      data-number={unit.number}
      data-status={unit.status}
      data-dimmed={dimmed ? 'true' : 'false'}
      style={{
        ...cellBase,
        left,
        background: colours.background,
        border: `1px solid ${colours.border}`,
        opacity: dimmed ? 0.25 : 1,
      }}
    >
      <b>{unit.number}</b> · {roomsLabel}
      <br />
      {formats.area.format(unit.area)} m²
      <br />
      <b>{formats.price.format(unit.price)}</b>
    </button>
  );
});

/** A place of the board: its section and position, and where it stands from the left edge. */
interface Column {
  section: ChessboardLayout['sections'][number];
  position: number;
  left: number;
}

const FloorRow = memo(function FloorRow({
  floor,
  top,
  width,
  layout,
  columns,
  matches,
  formats,
  roomsLabel,
  onOpen,
  onEmpty,
  emptyLabel,
}: {
  floor: number;
  top: number;
  width: number;
  layout: ChessboardLayout;
  columns: readonly Column[];
  matches: (unit: Unit) => boolean;
  formats: Formats;
  roomsLabel: (rooms: number) => string;
  onOpen: (unit: Unit) => void;
  onEmpty?: ChessboardProps['onEmpty'];
  emptyLabel: string;
}) {
  return (
    <div
      style={{ position: 'absolute', top, left: 0, width, height: ROW_HEIGHT }}
      data-testid="chessboard-floor"
      data-floor={floor}
    >
      <div
        style={{
          width: FLOOR_LABEL_WIDTH,
          textAlign: 'center',
          fontWeight: 600,
          position: 'sticky',
          left: 0,
          background: 'var(--mantine-color-body)',
          zIndex: 1,
          height: '100%',
          lineHeight: `${ROW_HEIGHT}px`,
        }}
      >
        {floor}
      </div>
      {columns.map(({ section, position, left }) => {
        const unit = layout.unitAt(section.name, floor, position);
        const key = `${section.name}/${position}`;
        if (unit) {
          return (
            <UnitCell
              key={key}
              unit={unit}
              left={left}
              dimmed={!matches(unit)}
              formats={formats}
              roomsLabel={roomsLabel(unit.rooms)}
              onOpen={onOpen}
            />
          );
        }
        if (floor > section.floors || !onEmpty) return null;
        return (
          <button
            key={key}
            type="button"
            aria-label={emptyLabel}
            title={emptyLabel}
            onClick={() => onEmpty({ section: section.name, floor, position })}
            style={{ ...cellBase, left, background: 'transparent', border: '1px dashed var(--mantine-color-gray-4)' }}
          />
        );
      })}
    </div>
  );
});

/**
 * The unit chessboard ("квартирограмма"): sections side by side, floors top first, one cell per place.
 * Only the floors and places in view (and a margin around) are rendered, so a building of thousands of
 * units scrolls as lightly as a small one.
 */
export function Chessboard({ building, units, matches, onOpen, onEmpty, height = 560 }: ChessboardProps) {
  const { t, i18n } = useTranslation();
  const locale = pickLocale(i18n.language);
  const layout = useMemo(() => chessboardLayout(building, units), [building, units]);
  const formats = useMemo<Formats>(
    () => ({
      price: new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }),
      area: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    }),
    [locale],
  );
  const roomsLabel = useCallback(
    (rooms: number) => (rooms === 0 ? t('projects.unit.studioShort') : t('projects.unit.roomsShort', { count: rooms })),
    [t],
  );
  const { allColumns, width } = useMemo(() => {
    const placed: Column[] = [];
    let left = FLOOR_LABEL_WIDTH;
    for (const section of layout.sections) {
      for (let position = 1; position <= section.positions; position += 1) {
        placed.push({ section, position, left });
        left += CELL_WIDTH + CELL_GAP;
      }
      left += SECTION_GAP - CELL_GAP;
    }
    return { allColumns: placed, width: left };
  }, [layout]);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, height, width: 1200 });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    let frame = 0;
    const measure = () =>
      setView({
        top: element.scrollTop,
        left: element.scrollLeft,
        height: element.clientHeight,
        width: element.clientWidth,
      });
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    };
  }, []);
  const { first, last } = visibleRows(view.top, view.height, ROW_HEIGHT, layout.floors.length, 2);
  // Columns in view, a cell's width either side; a new list only when the horizontal window moves.
  const from = view.left - CELL_WIDTH * 2;
  const to = view.left + view.width + CELL_WIDTH * 2;
  const firstColumn = allColumns.findIndex((column) => column.left + CELL_WIDTH >= from);
  let lastColumn = allColumns.length - 1;
  while (lastColumn >= 0 && (allColumns[lastColumn]?.left ?? 0) > to) lastColumn -= 1;
  const columns = useMemo(
    () => (firstColumn < 0 ? [] : allColumns.slice(firstColumn, lastColumn + 1)),
    [allColumns, firstColumn, lastColumn],
  );
  const rows = [];
  for (let index = first; index <= last; index += 1) {
    const floor = layout.floors[index];
    if (floor === undefined) continue;
    rows.push(
      <FloorRow
        key={floor}
        floor={floor}
        top={index * ROW_HEIGHT}
        width={width}
        layout={layout}
        columns={columns}
        matches={matches}
        formats={formats}
        roomsLabel={roomsLabel}
        onOpen={onOpen}
        onEmpty={onEmpty}
        emptyLabel={t('projects.unit.addHere')}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      style={{ height, overflow: 'auto', position: 'relative' }}
      data-testid="chessboard"
      role="region"
      aria-label={t('projects.chessboard.title')}
      tabIndex={0}
    >
      <div
        style={{
          display: 'flex',
          position: 'sticky',
          top: 0,
          zIndex: 2,
          background: 'var(--mantine-color-body)',
          width,
        }}
      >
        <div style={{ width: FLOOR_LABEL_WIDTH, flex: 'none', fontSize: 11, textAlign: 'center' }}>
          {t('projects.chessboard.floor')}
        </div>
        {layout.sections.map((section) => (
          <div
            key={section.name}
            style={{
              width: section.positions * (CELL_WIDTH + CELL_GAP) - CELL_GAP,
              marginRight: SECTION_GAP,
              flex: 'none',
              fontWeight: 600,
              padding: '4px 0',
            }}
          >
            {t('projects.chessboard.section', { name: section.name })}
          </div>
        ))}
      </div>
      <div style={{ position: 'relative', height: layout.floors.length * ROW_HEIGHT, width }}>{rows}</div>
    </div>
  );
}
