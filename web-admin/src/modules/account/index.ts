import { lazyRoute, type AppModule } from '../../lib/app-module';

export const accountModule: AppModule = {
  routes: [
    {
      gate: 'member',
      route: lazyRoute(
        '/account',
        () => import('./components/account.page'),
        (m) => m.AccountPage,
      ),
    },
  ],
};

export { LanguageSwitch } from './components/language-switch';
