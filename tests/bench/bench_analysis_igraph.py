"""Reference for `maillage-bench betweenness` and `maillage-bench metrics`: python3-igraph.

Usage: bench_analysis_igraph.py EDGES N MODE REPEATS OUT.json
EDGES holds one "a b strength" line per link, 0-based vertex indices. MODE is
"betweenness", "betweenness-weighted" (lengths 1/strength) or "metrics" (every measure
maillage-bench metrics computes). Times exclude graph construction, best of REPEATS runs.
Writes {"ms": …, "parts": {…}, "betweenness": […]} to OUT.json and prints the time.
"""
import json
import sys
import time

import igraph


def timed(f, repeats):
    best, value = None, None
    for _ in range(repeats):
        start = time.perf_counter()
        value = f()
        ms = (time.perf_counter() - start) * 1000
        best = ms if best is None else min(best, ms)
    return best, value


def main():
    edges_path, n, mode, repeats, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], \
        int(sys.argv[4]), sys.argv[5]
    edges, lengths = [], []
    with open(edges_path) as f:
        for line in f:
            if line.strip():
                a, b, s = line.split()
                edges.append((int(a), int(b)))
                lengths.append(1.0 / int(s))
    g = igraph.Graph(n=n, edges=edges)
    result = {"parts": {}}
    if mode == "betweenness":
        ms, bc = timed(lambda: g.betweenness(directed=False), repeats)
    elif mode == "betweenness-weighted":
        ms, bc = timed(lambda: g.betweenness(directed=False, weights=lengths), repeats)
    elif mode == "metrics":
        parts = {
            "degree": lambda: g.degree(),
            "betweenness": lambda: g.betweenness(directed=False),
            "closeness": lambda: g.closeness(),
            "eigenvector": lambda: g.eigenvector_centrality(scale=False),
            "coreness": lambda: g.coreness(),
            "components": lambda: g.connected_components(),
            "articulation": lambda: g.articulation_points(),
            "bridges": lambda: g.bridges(),
            "clustering": lambda: g.transitivity_avglocal_undirected(mode="zero"),
            "diameter": lambda: g.diameter(directed=False),
            "path_length": lambda: g.average_path_length(directed=False),
            "community": lambda: g.community_multilevel(),
        }
        ms, bc = 0.0, None
        for name, f in parts.items():
            part_ms, value = timed(f, repeats)
            result["parts"][name] = part_ms
            ms += part_ms
            if name == "betweenness":
                bc = value
    else:
        sys.exit("unknown mode " + mode)
    result["ms"] = ms
    result["betweenness"] = bc
    with open(out_path, "w") as f:
        json.dump(result, f)
    print(f"{ms:.0f}")


if __name__ == "__main__":
    main()
