"""Reference for `maillage-bench layout`: python3-igraph's Fruchterman-Reingold layout.

Usage: bench_layout_igraph.py EDGES N OUT.json
EDGES holds one "a b" pair of 0-based vertex indices a line. Writes the positions and the
time taken (layout only, graph construction excluded) to OUT.json and prints the time.
"""
import json
import sys
import time

import igraph


def main():
    edges_path, n, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(edges_path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    g = igraph.Graph(n=n, edges=edges)
    start = time.perf_counter()
    layout = g.layout_fruchterman_reingold(seed=None)
    ms = (time.perf_counter() - start) * 1000
    with open(out_path, "w") as f:
        json.dump({"ms": ms, "positions": [list(p) for p in layout.coords]}, f)
    print(f"{ms:.0f}")


if __name__ == "__main__":
    main()
