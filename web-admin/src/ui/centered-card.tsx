import { Box, Center, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface CenteredCardProps {
  header?: ReactNode;
  title: string;
  subtitle?: ReactNode;
  children?: ReactNode;
  width?: number;
}

/** The frame of every public and waiting screen: one card in the middle of a tinted page. */
export function CenteredCard({ header, title, subtitle, children, width = 440 }: CenteredCardProps) {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-brand-0)" py="xl" px="md">
      <Center mih="calc(100dvh - 2 * var(--mantine-spacing-xl))">
        <Stack w="100%" maw={width} gap="lg">
          {header ? <Center>{header}</Center> : null}
          <Paper withBorder shadow="md" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
            <Stack gap="md">
              <div>
                <Text component="h1" fz={24} fw={700} m={0}>
                  {title}
                </Text>
                {subtitle ? (
                  <Text c="dimmed" size="sm" mt={4}>
                    {subtitle}
                  </Text>
                ) : null}
              </div>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
