import { Mark } from '@mantine/core';
import type { MatchRange } from '../utils/match-range';

/** A text with the part the search matched marked. */
export function MarkedText({ text, range }: { text: string; range: MatchRange | null }) {
  if (!range) return <>{text}</>;
  return (
    <>
      {text.slice(0, range[0])}
      <Mark color="yellow" px={1}>
        {text.slice(range[0], range[1])}
      </Mark>
      {text.slice(range[1])}
    </>
  );
}
