import { coverPhoto, type Property, type PropertyPhoto } from '@estate/domain';
import { Box, Image, Skeleton, Stack } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useActiveSession } from '../../session';
import { fetchPhoto } from '../data/property-files';

/** A photo's thumbnail, fetched through files-download once per photo (photos never change under an id). */
export function PhotoThumbnail({ propertyId, photo, alt }: { propertyId: string; photo: PropertyPhoto; alt: string }) {
  const { user } = useActiveSession();
  const image = useQuery({
    queryKey: ['property-photo', propertyId, photo.id, 'small'],
    queryFn: async () => URL.createObjectURL(await fetchPhoto(user, propertyId, photo.id, 'small')),
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
  if (image.isPending) return <Skeleton h="100%" />;
  if (image.isError) {
    return (
      <Stack h="100%" align="center" justify="center" bg="gray.1">
        <IconPhoto size={20} />
      </Stack>
    );
  }
  return <Image src={image.data} alt={alt} fit="cover" h="100%" draggable={false} />;
}

/** The cover in a list row (the first photo, on the property document: nothing more to read), or nothing. */
export function PropertyCoverThumbnail({ property }: { property: Property }) {
  const cover = coverPhoto(property.photos);
  if (!cover) return null;
  return (
    <Box w={64} h={48} style={{ borderRadius: 6, overflow: 'hidden' }} data-testid="property-cover">
      <PhotoThumbnail propertyId={property.id} photo={cover} alt={property.title} />
    </Box>
  );
}
