import type { UnitStatus } from '@estate/domain';

/** One colour per unit status, the same on both apps' chessboards, legends and unit cards. */
export const UNIT_STATUS_COLOURS: Record<UnitStatus, { background: string; border: string; badge: string }> = {
  free: { background: '#d3f9d8', border: '#40c057', badge: 'green' },
  reserved: { background: '#fff3bf', border: '#fab005', badge: 'yellow' },
  booked: { background: '#ffe8cc', border: '#fd7e14', badge: 'orange' },
  sold: { background: '#ffe3e3', border: '#fa5252', badge: 'red' },
  notForSale: { background: '#e9ecef', border: '#adb5bd', badge: 'gray' },
};
