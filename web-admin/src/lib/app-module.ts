import type { Capability, Role, Tenant } from '@estate/domain';
import type { ComponentType, LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';

/**
 * Who may open a route; the router puts it behind the matching gate: `public` before sign-in, `member`
 * for every active member, `team-manager` for owner and admin, `template-editor` for them and managers.
 */
type RouteGate = 'public' | 'member' | 'team-manager' | 'template-editor';

export interface ModuleRoute {
  gate: RouteGate;
  /** Open only in tenants running this capability; others are sent to the clients list. */
  capability?: Capability;
  route: RouteObject;
}

/** An entry of the side navigation, shown to the roles `visibleTo` accepts. */
export interface NavigationEntry {
  /** Shown only to tenants running this capability; every tenant when absent. */
  capability?: Capability;
  to: string;
  /** Text key. */
  label: string;
  icon: ComponentType<{ size?: number }>;
  /** Place in the navigation, smallest first. */
  order: number;
  visibleTo: (role: Role) => boolean;
  /** A count beside the label (unread messages…), loaded after the frame; it renders nothing when there is none. */
  badge?: LazyExoticComponent<ComponentType>;
}

/** A tab of Settings (`/settings/<value>`), loaded when opened. */
export interface SettingsSection {
  value: string;
  /** Shown only to tenants running this capability; every tenant when absent. */
  capability?: Capability;
  /** Text key. */
  label: string;
  icon: ComponentType<{ size?: number }>;
  /** Place among the tabs, smallest first. */
  order: number;
  /** Owner and admin see every section; managers only those open to template editors. */
  gate: 'team-manager' | 'template-editor';
  Panel: LazyExoticComponent<ComponentType<{ tenant: Tenant }>>;
}

/** What a module offers the app; `app/modules.ts` lists every module. */
export interface AppModule {
  routes?: readonly ModuleRoute[];
  navigation?: readonly NavigationEntry[];
  settings?: readonly SettingsSection[];
}

/** A route whose screen is downloaded when it is first opened. */
export function lazyRoute<T>(path: string, load: () => Promise<T>, pick: (loaded: T) => ComponentType): RouteObject {
  return { path, lazy: () => load().then((loaded) => ({ Component: pick(loaded) })) };
}
