/** Atom feed of every plan, newest first. */
import type { APIRoute } from 'astro';
import { feedResponse, models } from '../data/feeds.ts';

export const GET: APIRoute = async ({ site }) => feedResponse(site, 'feed.xml', '', '要点：新发布的教育工作要点', await models());
