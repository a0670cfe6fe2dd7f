import { useContactsViewer } from '../../contacts';
import type { ChatViewer } from '../data/chat.repository';

/** Who reads the inbox and under which visibility (null while the setting loads). */
export function useChatViewer(): { viewer: ChatViewer | null; error: Error | null } {
  return useContactsViewer();
}
