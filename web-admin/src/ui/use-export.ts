import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './auth-error';
import { notifyError } from './notify';
import { downloadBlob, reportXlsx, type Cell } from './report-export';

/** Exports a report as an .xlsx file named after it and the day; `exporting` while the file is made. */
export function useExport() {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const run = async (name: string, headers: readonly string[], rows: readonly (readonly Cell[])[]) => {
    setExporting(true);
    try {
      const blob = await reportXlsx(name, headers, rows);
      downloadBlob(blob, `${name}-${new Date().toISOString().slice(0, 10)}.xlsx`);
    } catch (caught) {
      notifyError(describeError(t, caught));
    } finally {
      setExporting(false);
    }
  };
  return { exporting, run };
}
