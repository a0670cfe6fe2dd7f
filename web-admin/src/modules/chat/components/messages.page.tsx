import { Alert, Anchor, Grid, Group, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { describeError } from '../../../ui/auth-error';
import { useChatViewer } from '../hooks/use-chat-viewer';
import { InboxList } from './inbox.list';
import { ThreadView } from './thread.view';

/**
 * `/messages/:threadId?`: the Messagerie, every thread the user sees (latest first), the open thread
 * beside it; `?contact=<id>` keeps to one client's threads (the client file links so).
 */
export function MessagesPage() {
  const { t } = useTranslation();
  const { threadId = null } = useParams();
  const [params] = useSearchParams();
  const contactId = params.get('contact');
  const { viewer, error } = useChatViewer();

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>{t('chat.title')}</Title>
        {contactId ? (
          <Anchor component={Link} to="/messages" size="sm">
            {t('chat.inbox.all')}
          </Anchor>
        ) : null}
      </Group>
      {error ? (
        <Alert color="red" role="alert">
          {describeError(t, error)}
        </Alert>
      ) : !viewer ? (
        <Skeleton height={240} />
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <InboxList viewer={viewer} contactId={contactId} activeThreadId={threadId} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {threadId ? (
              <ThreadView key={threadId} threadId={threadId} />
            ) : (
              <Text c="dimmed">{t('chat.thread.pick')}</Text>
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
