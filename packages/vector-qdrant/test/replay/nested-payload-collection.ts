import { collectionSetup } from './collection-setup';
import type { ReplayStep } from './replay-step';

const city = (name: string | null, population?: number, lon?: number, lat?: number, sightseeing?: string[]) => ({
  name,
  ...(population !== undefined ? { population, location: { lon, lat }, sightseeing } : {}),
});

/** The payload of point 1 of Qdrant's nested payload collection (Germany), which the selector tests read back. */
export const GERMANY = {
  country: {
    name: 'Germany',
    capital: 'Berlin',
    cities: [
      city('Berlin', 3.7, 13.76116, 52.33826, ['Brandenburg Gate', 'Reichstag']),
      city('Munich', 1.5, 11.57549, 48.13743, ['Marienplatz', 'Olympiapark']),
      city('Hamburg', 1.8, 9.99368, 53.55108, ['Reeperbahn', 'Elbphilharmonie']),
    ],
  },
};

/**
 * Qdrant's `nested_payload_collection_setup` (tests/openapi/test_nested_payload_indexing.py): six
 * points, countries with a capital and an array of city objects (population, location, sightseeing),
 * Nauru with one city whose name is null, and a point without payload.
 */
export function nestedPayloadCollectionSetup(collection: string, from: string): ReplayStep[] {
  const country = (name: string, capital: string, cities: unknown[]) => ({ country: { name, capital, cities } });
  return collectionSetup(from, collection, { vectors: { size: 4, distance: 'Dot', on_disk: false }, on_disk_payload: true }, [
    { id: 1, vector: [0.05, 0.61, 0.76, 0.74], payload: GERMANY },
    {
      id: 2,
      vector: [0.19, 0.81, 0.75, 0.11],
      payload: country('England', 'London', [
        city('London', 8.9, -0.12755, 51.50722, ['Big Ben', 'London Eye', 'Buckingham Palace']),
        city('Manchester', 2.5, -2.23743, 53.48095, ['Manchester United', 'Manchester City']),
        city('Liverpool', 0.5, -2.97794, 53.41058, ['Anfield', 'Albert Dock']),
      ]),
    },
    {
      id: 3,
      vector: [0.36, 0.55, 0.47, 0.94],
      payload: country('France', 'Paris', [
        city('Paris', 2.2, 2.35222, 48.85661, ['Eiffel Tower', 'Louvre', 'Notre Dame', 'Arc de Triomphe']),
        city('Marseille', 0.9, 5.36978, 43.29648, ['Vieux Port', 'Notre Dame de la Garde']),
        city('Lyon', 0.5, 4.83565, 45.76404, ['Place Bellecour', 'Fourvière Basilica']),
      ]),
    },
    {
      id: 4,
      vector: [0.18, 0.01, 0.85, 0.8],
      payload: country('Japan', 'Tokyo', [
        city('Tokyo', 9.3, 139.69171, 35.6895, ['Tokyo Tower', 'Tokyo Skytree']),
        city('Osaka', 2.7, 135.50217, 34.69374, ['Osaka Castle', 'Universal Studios Japan']),
        city('Kyoto', 1.5, 135.76803, 35.01163, ['Kiyomizu-dera', 'Fushimi Inari-taisha']),
      ]),
    },
    { id: 5, vector: [0.24, 0.18, 0.22, 0.44], payload: { country: { name: 'Nauru', cities: [{ name: null }] } } },
    { id: 6, vector: [0.35, 0.08, 0.11, 0.44] },
  ]);
}
