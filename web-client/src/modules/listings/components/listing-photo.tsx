import { Center, Image, Skeleton, Text } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useClientSession } from '../../auth';
import { fetchListingPhoto } from '../data/listings.repository';

interface ListingPhotoProps {
  propertyId: string;
  photoId: string | null;
  variant: 'small' | 'large';
  alt: string;
  height: number | string;
}

/** A listing's photo (once per photo and size, photos never change under an id), fetched through files-download with the client's token; a placeholder without one. */
export function ListingPhoto({ propertyId, photoId, variant, alt, height }: ListingPhotoProps) {
  const { t } = useTranslation();
  const { user } = useClientSession();
  const photo = useQuery({
    queryKey: ['listing-photo', propertyId, photoId, variant],
    queryFn: async () => URL.createObjectURL(await fetchListingPhoto(user, propertyId, photoId ?? '', variant)),
    enabled: photoId !== null,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
  // Kept for the session like the admin app's thumbnails: the cache serves it to every card showing it.
  const url = photo.data;
  if (photoId === null || photo.isError) {
    return (
      <Center h={height} bg="gray.1" c="dimmed">
        <IconPhoto size={28} aria-hidden />
        <Text size="xs" ml={6}>
          {t('listings.noPhoto')}
        </Text>
      </Center>
    );
  }
  if (!url) return <Skeleton h={height} radius={0} />;
  return <Image src={url} alt={alt} h={height} fit="cover" />;
}
