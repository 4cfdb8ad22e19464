import type { APIRoute } from 'astro';
import { sections } from '../../config/sections.ts';
import { REGISTRY_PATH, readRegistry } from '../../lib/answer-registry.ts';
import { practiceData } from '../../lib/practice-cards.ts';
import { getSiteAnswers } from '../../lib/site-answers.ts';
import { mergedTags } from '../../lib/tag-vocabulary.ts';

/** `practice/cards.json`: the cards practice mode and "My answers" read (see practice-cards.ts). */
export const GET: APIRoute = async () =>
  Response.json(practiceData(await getSiteAnswers(), sections, await readRegistry(REGISTRY_PATH), mergedTags));
