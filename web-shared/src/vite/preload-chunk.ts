import type { Plugin } from 'vite';

/**
 * Lists in index.html, as preloads, the chunks the modules become (`modules`, paths ending like the
 * modules' own: `src/app/boot.tsx`, `react-dom/client.js`) with every chunk and stylesheet they import
 * statically. An app whose first chunk only starts its downloads and then imports its body dynamically
 * would otherwise discover the body's files one round trip late, after the first chunk has run.
 */
export function preloadChunkOf(modules: readonly string[]): Plugin {
  return {
    name: 'estate-preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return [];
        const chunks = new Map(
          Object.values(bundle).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output] as const] : [],
          ),
        );
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.get(fileName);
          if (!chunk || scripts.has(fileName) || chunk.isEntry) return;
          scripts.add(fileName);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          chunk.imports.forEach(visit);
        };
        for (const module of modules) {
          // The chunk's facade is not always the module (a chunk that also exports shared code has none).
          const target = [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => id.endsWith(`/${module}`)));
          if (!target) throw new Error(`preloadChunkOf: no chunk holds ${module}`);
          visit(target.fileName);
        }
        return [
          ...[...styles].map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', href: `/${href}` },
            injectTo: 'head' as const,
          })),
          ...[...scripts].map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
