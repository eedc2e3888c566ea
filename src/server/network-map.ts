/**
 * The network map behind GET /api/graph/network (issue 8, "Network map"): the service builds it
 * (src/services/network-map.ts); the server keeps the whole map of each account for as long as
 * it keeps the account's scores, since the map shows those scores and everything that changes
 * the network or the goals makes the server score again.
 */
import { buildNetworkMap, MAX_MAP_NODES, type NetworkMap } from '../services/network-map.js';
import type { ScoredNetwork } from '../services/recommend.js';
import type { Store } from '../services/store-access.js';

export type { MapCluster, MapNode, NetworkMap } from '../services/network-map.js';
export { MAX_MAP_NODES } from '../services/network-map.js';

/**
 * Returns a function giving an account's map of at most `maxNodes` people, built with the scored
 * network `scored` returns. The whole map (the default bound) is kept per scoring; a smaller one
 * is built on each request, so a client asking for many sizes cannot fill the memory.
 */
export function createNetworkMaps(
  store: Store,
  scored: (accountId: number) => Promise<ScoredNetwork>,
): (accountId: number, maxNodes: number) => Promise<NetworkMap> {
  const wholeMaps = new WeakMap<Promise<ScoredNetwork>, Promise<NetworkMap>>();
  return async (accountId, maxNodes) => {
    const scoring = scored(accountId);
    if (maxNodes !== MAX_MAP_NODES) {
      return buildNetworkMap(store, { accountId, scored: await scoring, maxNodes });
    }
    let map = wholeMaps.get(scoring);
    if (!map) {
      map = scoring.then((s) => buildNetworkMap(store, { accountId, scored: s }));
      wholeMaps.set(scoring, map);
      // A failed build is not kept: the next request tries again.
      map.catch(() => wholeMaps.delete(scoring));
    }
    return map;
  };
}
