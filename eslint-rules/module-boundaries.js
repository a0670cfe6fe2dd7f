import path from 'node:path';

/**
 * A module of an app (`<app>/src/modules/<name>/`) is entered through its `index.ts` only: an import
 * from outside the module that reaches a file inside it is refused, so a module may reorganise its
 * files freely and what it offers others is written in one place.
 */
export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Import another module through its index.ts only.' },
    schema: [],
    messages: {
      deepImport:
        "'{{source}}' reaches inside the module '{{module}}': import it from its index ('{{entry}}') and export what you need there.",
    },
  },
  create(context) {
    const filename = context.filename;
    const modulesRoot =
      filename.match(/^(.*\/src\/modules)\//)?.[1] ?? filename.match(/^(.*\/src)\//)?.[1] + '/modules';
    const moduleOf = (file) => {
      const relative = path.relative(modulesRoot, file);
      return relative.startsWith('..') ? null : relative.split(path.sep)[0];
    };
    const ownModule = moduleOf(filename);
    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(filename), source);
      const targetModule = moduleOf(target);
      if (targetModule === null || targetModule === ownModule) return;
      const entry = path.join(modulesRoot, targetModule);
      if (target === entry || target === path.join(entry, 'index')) return;
      let relativeEntry = path.relative(path.dirname(filename), entry);
      if (!relativeEntry.startsWith('.')) relativeEntry = `./${relativeEntry}`;
      context.report({
        node: node.source,
        messageId: 'deepImport',
        data: { source, module: targetModule, entry: relativeEntry },
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
