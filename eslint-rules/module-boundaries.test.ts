import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import { moduleBoundaries } from './module-boundaries.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const inTasks = '/app/web-admin/src/modules/tasks/components/tasks.page.tsx';
const inApp = '/app/web-admin/src/app/router.tsx';

tester.run('module-boundaries', moduleBoundaries, {
  valid: [
    { filename: inTasks, code: "import { TaskFormModal } from './task-form.modal';" },
    { filename: inTasks, code: "import { taskKeys } from '../queries/tasks.queries';" },
    { filename: inTasks, code: "import { useActiveSession } from '../../session';" },
    { filename: inTasks, code: "import { useActiveSession } from '../../session/index';" },
    { filename: inTasks, code: "import { notify } from '../../../ui/notify';" },
    { filename: inTasks, code: "import { Button } from '@mantine/core';" },
    { filename: inApp, code: "import { contactsModule } from '../modules/contacts';" },
    { filename: inApp, code: "import { NotFoundPage } from './not-found.page';" },
  ],
  invalid: [
    {
      filename: inTasks,
      code: "import { teamMembersOptions } from '../../team/queries/team.queries';",
      errors: [
        {
          messageId: 'deepImport',
          data: { source: '../../team/queries/team.queries', module: 'team', entry: '../../team' },
        },
      ],
    },
    {
      filename: inApp,
      code: "const page = () => import('../modules/tasks/components/tasks.page');",
      errors: [{ messageId: 'deepImport' }],
    },
    {
      filename: inApp,
      code: "export { QuickSearch } from '../modules/contacts/search/components/quick-search';",
      errors: [{ messageId: 'deepImport' }],
    },
  ],
});
