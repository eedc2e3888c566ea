#!/usr/bin/env python3
"""Peer timings for src/bench/bench-graph.ts: igraph's C core and NetworkX on the same edge list.

Prints one JSON object on stdout. A library that is not installed is reported as
{"installed": false} instead of failing, so the benchmark can say "peer not installed".
NetworkX is pure Python and far too slow for every node (about an hour for constraint on
ego-Facebook), so it is timed on a fixed random sample of nodes and its time per node is
extrapolated to the whole graph.
"""
import argparse
import json
import random
import sys
import time


def best_of(function, runs, warmups=1):
    """Best wall time in ms over `runs` calls after `warmups` untimed calls, and the last result."""
    result = None
    for _ in range(warmups):
        result = function()
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best, result


def time_igraph(path, runs, seed):
    try:
        import igraph
    except ImportError:
        return {"installed": False}
    graph = igraph.Graph.Read_Edgelist(path, directed=False)
    graph.simplify()
    # python-igraph draws its random numbers from Python's random module.
    random.seed(seed)
    ms = {}
    ms["clustering"], _ = best_of(lambda: graph.transitivity_local_undirected(mode="zero"), runs)
    ms["constraint"], _ = best_of(graph.constraint, runs)
    ms["louvain"], clusters = best_of(graph.community_multilevel, runs)
    membership = clusters.membership
    ms["modularity"], modularity = best_of(lambda: graph.modularity(membership), runs)
    return {
        "installed": True,
        "version": igraph.__version__,
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "ms": ms,
        "louvain_modularity": modularity,
        "louvain_communities": len(clusters),
    }


def time_networkx(path, sample_size, seed):
    try:
        import networkx
    except ImportError:
        return {"installed": False}
    graph = networkx.read_edgelist(path, nodetype=int)
    nodes = sorted(graph.nodes())
    sample = random.Random(seed).sample(nodes, min(sample_size, len(nodes)))
    per_node = {}
    for name, function in (
        ("clustering", networkx.clustering),
        ("constraint", networkx.constraint),
        ("effective_size", networkx.effective_size),
    ):
        start = time.perf_counter()
        function(graph, sample)
        per_node[name] = (time.perf_counter() - start) * 1000 / len(sample)
    return {
        "installed": True,
        "version": networkx.__version__,
        "nodes": len(nodes),
        "sample": len(sample),
        "ms_per_node": per_node,
        "ms_extrapolated": {name: ms * len(nodes) for name, ms in per_node.items()},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edges", required=True, help="SNAP edge list, one 'a b' pair per line")
    parser.add_argument("--runs", type=int, default=5, help="timed runs for igraph (best is kept)")
    parser.add_argument("--sample", type=int, default=100, help="nodes timed for NetworkX")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-networkx", action="store_true")
    args = parser.parse_args()
    report = {
        "python": sys.version.split()[0],
        "igraph": time_igraph(args.edges, args.runs, args.seed),
        "networkx": {"installed": False, "skipped": True}
        if args.skip_networkx
        else time_networkx(args.edges, args.sample, args.seed),
    }
    json.dump(report, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
