#!/usr/bin/python3
"""Writes the reference values the analysis tests compare against.

Run once by hand (python3-networkx); the tests read the JSON files and need no Python.
Networks: Zachary's karate club (W. W. Zachary, "An information flow model for conflict and
fission in small groups", J. Anthropol. Res. 33, 1977; 34 members, 78 ties, as shipped by
NetworkX: networkx.karate_club_graph()), unweighted; and Knuth's Les Misérables co-appearance
network (D. E. Knuth, The Stanford GraphBase, 1993; networkx.les_miserables_graph()), weighted,
with edge length 1/weight for path-based measures as Maillage does.
"""
import json
import sys

import networkx as nx


def measures(G, weighted):
    w = "weight" if weighted else None
    dist = "distance" if weighted else None
    if weighted:
        for u, v, d in G.edges(data=True):
            d["distance"] = 1.0 / d["weight"]
    nodes = list(G.nodes())
    bc = nx.betweenness_centrality(G, normalized=False, weight=dist)
    bcn = nx.betweenness_centrality(G, normalized=True, weight=dist)
    cl = nx.closeness_centrality(G, distance=dist, wf_improved=True)
    ev = nx.eigenvector_centrality(G, weight=w, max_iter=1000)
    core = nx.core_number(G)
    comp = list(nx.connected_components(G))
    arts = set(nx.articulation_points(G))
    lengths = dict(nx.all_pairs_dijkstra_path_length(G, weight=dist)) if weighted else dict(
        nx.all_pairs_shortest_path_length(G))
    pairs = [d for s in lengths for t, d in lengths[s].items() if s != t]
    out = {
        "network": {
            "actors": G.number_of_nodes(),
            "links": G.number_of_edges(),
            "density": nx.density(G),
            "components": len(comp),
            "diameter": max(pairs),
            "average_path_length": sum(pairs) / len(pairs),
            "average_clustering": nx.average_clustering(G),
            "bridges": sorted([sorted([nodes.index(u), nodes.index(v)]) for u, v in nx.bridges(G)]),
        },
        "actors": [],
    }
    for i, n in enumerate(nodes):
        out["actors"].append({
            "index": i,
            "name": str(n),
            "degree": G.degree(n),
            "weighted_degree": G.degree(n, weight="weight") if weighted else G.degree(n),
            "betweenness": bc[n],
            "betweenness_normalized": bcn[n],
            "closeness": cl[n],
            "eigenvector": ev[n],
            "coreness": core[n],
            "articulation": n in arts,
        })
    return out


def write(name, G, weighted, source):
    nodes = list(G.nodes())
    data = measures(G.copy(), weighted)
    data["source"] = source
    data["generated_by"] = "networkx %s (tests/data/analysis/make_reference.py)" % nx.__version__
    data["edges"] = [[nodes.index(u), nodes.index(v), int(d.get("weight", 1)) if weighted else 1]
                     for u, v, d in G.edges(data=True)]
    data["names"] = [str(n) for n in nodes]
    with open(name, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")


karate = nx.Graph()
karate.add_nodes_from(nx.karate_club_graph().nodes())
karate.add_edges_from(nx.karate_club_graph().edges())
write("karate.json", karate, False,
      "Zachary's karate club (Zachary 1977), networkx.karate_club_graph(), unweighted")
write("lesmis.json", nx.les_miserables_graph(), True,
      "Les Misérables co-appearances (Knuth 1993), networkx.les_miserables_graph(); "
      "path lengths 1/weight")
