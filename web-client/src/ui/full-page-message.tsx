import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function FullPageMessage(props: {
  icon: ReactNode;
  title: string;
  body: string;
  action?: ReactNode;
  color?: string;
}) {
  return (
    <Center mih="100dvh" p="lg">
      <Stack align="center" gap="md" maw={420} ta="center">
        <ThemeIcon size={64} radius="xl" variant="light" color={props.color ?? 'gray'}>
          {props.icon}
        </ThemeIcon>
        <Title order={2} size="h3">
          {props.title}
        </Title>
        <Text c="dimmed">{props.body}</Text>
        {props.action}
      </Stack>
    </Center>
  );
}
