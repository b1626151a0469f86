import { z } from 'zod';

export const MEMORY_TYPES = ['fact', 'preference', 'event', 'goal', 'weather'] as const;

/** What kind of thing a memory records. */
export const MemoryTypeSchema = z.enum(MEMORY_TYPES);
export type MemoryType = z.infer<typeof MemoryTypeSchema>;

export const MEMORY_SOURCES = ['user', 'assistant', 'tool'] as const;

/** Who said it. */
export const MemorySourceSchema = z.enum(MEMORY_SOURCES);
export type MemorySource = z.infer<typeof MemorySourceSchema>;
