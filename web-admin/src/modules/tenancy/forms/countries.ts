/** Countries offered in the pickers; their names come from the translations (`countries.XX`). */
export const COUNTRIES = ['FR', 'BE', 'CH', 'LU', 'MC', 'RU', 'BY', 'KZ', 'GB', 'DE', 'ES', 'IT', 'PT', 'US'] as const;
