import type { PlaceKind } from '@estate/domain';
import {
  IconBallFootball,
  IconBriefcase,
  IconBus,
  IconHeartbeat,
  IconMapPin,
  IconSchool,
  IconShoppingCart,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

const ICONS: Record<PlaceKind, Icon> = {
  work: IconBriefcase,
  school: IconSchool,
  family: IconUsers,
  transport: IconBus,
  shops: IconShoppingCart,
  health: IconHeartbeat,
  leisure: IconBallFootball,
  other: IconMapPin,
};

/** The icon of a kind of point of interest, beside its name in both apps. */
export function PlaceKindIcon({ kind, size = 18 }: { kind: PlaceKind; size?: number }) {
  const KindIcon = ICONS[kind];
  return <KindIcon size={size} aria-hidden />;
}
