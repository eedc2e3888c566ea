#!/usr/bin/env python3
"""How often two friends of an ego are friends themselves, by what they share.

Reads the seven SNAP ego-Facebook egos in data/snap-ego-facebook/egos (McAuley and Leskovec,
NIPS 2012) and, over every unordered pair of one ego's alters, counts the pairs that share an
employer (a `work;employer;id` feature both have), a school (`education;school;id`), both or
neither, and how many of each are tied in E.edges. The four groups are disjoint: "employer"
means an employer and no school. These are the figures data/snap-ego-facebook/egos/README.md
quotes. Standard library only; run `python3 scripts/ego-feature-tie-rates.py`.
"""
import itertools
import os
import sys

EGOS = (0, 107, 348, 414, 686, 698, 1684)
GROUPS = ("employer", "school", "both", "neither")


def read_features(directory, ego):
    """Each alter's set of employer and school feature indices that are on."""
    names = {}
    with open(os.path.join(directory, f"{ego}.featnames"), encoding="utf8") as lines:
        for line in lines:
            index, name = line.strip().split(" ", 1)
            names[int(index)] = name
    employers = {i for i, n in names.items() if n.startswith("work;employer;id")}
    schools = {i for i, n in names.items() if n.startswith("education;school;id")}
    features = {}
    with open(os.path.join(directory, f"{ego}.feat"), encoding="utf8") as lines:
        for line in lines:
            fields = line.split()
            on = {i for i, value in enumerate(fields[1:]) if value == "1"}
            features[int(fields[0])] = (on & employers, on & schools)
    return features


def read_ties(directory, ego):
    """The ties among the ego's alters, as ordered pairs (low id first)."""
    ties = set()
    with open(os.path.join(directory, f"{ego}.edges"), encoding="utf8") as lines:
        for line in lines:
            fields = line.split()
            if len(fields) >= 2 and fields[0] != fields[1]:
                a, b = int(fields[0]), int(fields[1])
                ties.add((min(a, b), max(a, b)))
    return ties


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "snap-ego-facebook", "egos")
    pairs = {group: 0 for group in GROUPS}
    tied = {group: 0 for group in GROUPS}
    for ego in EGOS:
        features = read_features(directory, ego)
        ties = read_ties(directory, ego)
        for a, b in itertools.combinations(sorted(features), 2):
            employer = bool(features[a][0] & features[b][0])
            school = bool(features[a][1] & features[b][1])
            group = "both" if employer and school else "employer" if employer else "school" if school else "neither"
            pairs[group] += 1
            tied[group] += (a, b) in ties
    print("shared      pairs    tied  share tied")
    for group in GROUPS:
        share = tied[group] / pairs[group] if pairs[group] else float("nan")
        print(f"{group:<9} {pairs[group]:>8} {tied[group]:>7}  {share:.3f}")


if __name__ == "__main__":
    main()
