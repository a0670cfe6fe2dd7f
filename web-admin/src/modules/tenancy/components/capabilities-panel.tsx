import { CAPABILITIES, capabilitiesSchema, type Capability, type Tenant } from '@estate/domain';
import { Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../ui/auth-error';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { saveTenantCapabilities } from '../data/tenant.repository';

const same = (a: readonly Capability[], b: readonly Capability[]) => a.join() === b.join();

/** Settings › Capabilities: what the tenant runs; the navigation of both apps follows at once. */
export function CapabilitiesPanel({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<readonly Capability[]>(tenant.capabilities);
  const [saving, setSaving] = useState(false);
  const parsed = capabilitiesSchema.safeParse(chosen);
  const dirty = !parsed.success || !same(parsed.data, tenant.capabilities);

  useEffect(() => {
    setChosen(tenant.capabilities);
  }, [tenant.capabilities]);

  const save = async () => {
    if (!parsed.success) return;
    setSaving(true);
    try {
      await saveTenantCapabilities(tenant.id, parsed.data);
      notifySuccess(t('capabilities.saved'));
    } catch (caught) {
      notifyError(describeError(t, caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('capabilities.hint')}
          </Text>
          <Checkbox.Group
            label={t('capabilities.label')}
            value={[...chosen]}
            onChange={(values) => setChosen(CAPABILITIES.filter((capability) => values.includes(capability)))}
            error={parsed.success ? undefined : t('capabilities.atLeastOne')}
          >
            <Stack gap="sm" mt="xs">
              {CAPABILITIES.map((capability) => (
                <Checkbox
                  key={capability}
                  value={capability}
                  label={t(`capabilities.names.${capability}`)}
                  description={t(`capabilities.descriptions.${capability}`)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button variant="default" disabled={!dirty} onClick={() => setChosen(tenant.capabilities)}>
              {t('common.reset')}
            </Button>
            <Button type="submit" loading={saving} disabled={!dirty || !parsed.success}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
