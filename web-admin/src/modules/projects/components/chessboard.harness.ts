// The chessboard alone in a page, for its benchmark (tests/bench/chessboard-page.ts): a React root with
// its own i18next instance, rendered synchronously so each step can be timed.
import i18next from 'i18next';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { Chessboard, type ChessboardProps } from './chessboard';

export async function mountChessboard(container: HTMLElement, locale: string) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: locale, resources: { [locale]: { translation: {} } } });
  const root = createRoot(container);
  return {
    render(props: ChessboardProps) {
      flushSync(() => root.render(createElement(I18nextProvider, { i18n }, createElement(Chessboard, props))));
    },
    unmount: () => root.unmount(),
  };
}
