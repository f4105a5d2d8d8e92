/** The implementation chain of the corpus (src/compare/chain.ts), computed once per build. */
import { getCollection } from 'astro:content';
import { type Chain, implementationChain } from '../compare/chain.ts';
import { once } from './build-cache.ts';

export function chain(): Promise<Chain> {
  return once('chain', () => getCollection('models').then((entries) => implementationChain(entries.map((e) => e.data))));
}
