import { Center, Loader } from '@mantine/core';

export function LoadingScreen() {
  return (
    <Center mih="60dvh" aria-busy="true">
      <Loader type="dots" />
    </Center>
  );
}
