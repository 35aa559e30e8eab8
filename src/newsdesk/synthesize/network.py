"""Who did what to whom across a story: the coded events as a graph of actors.

An edge joins an event's actor to each of its recipients and carries the PLOVER type, so that
"Rouhani met Macron" and "Trump sanctioned Iran" read as arrows between the two.  Events a text
denies or only imagines ("did not meet", "could meet") are left out, as in the timeline: the
graph shows what was reported to have happened.  Edges of one pair and type merge, keeping every
article's evidence as citations, and everything is sorted so the page is the same on every run.
"""

from __future__ import annotations

from collections import defaultdict

from newsdesk.model import Extraction
from newsdesk.synthesize.briefing_types import Citation, Network, NetworkEdge, NetworkNode
from newsdesk.synthesize.timeline import display_name


def build(extractions: list[Extraction], names: dict[str, str]) -> Network:
    """Nodes (actors in at least one edge) and edges (actor → recipient, by event type)."""
    kinds = {a.id: a.kind for ex in extractions for a in ex.actors}
    edges: dict[tuple[str, str, str], NetworkEdge] = {}
    degree: dict[str, int] = defaultdict(int)
    for ex in extractions:
        art = ex.article
        for event in ex.events:
            if event.negated or event.hypothetical:
                continue
            for source in sorted(set(event.actors)):
                for target in sorted(set(event.recipients) - {source}):
                    key = (source, target, event.type)
                    edge = edges.setdefault(
                        key,
                        {
                            "source": source,
                            "target": target,
                            "type": event.type,
                            "modes": [],
                            "historical": True,
                            "citations": [],
                            "count": 0,
                        },
                    )
                    if event.mode and event.mode not in edge["modes"]:
                        edge["modes"] = sorted([*edge["modes"], event.mode])
                    edge["historical"] = edge["historical"] and event.historical
                    citation: Citation = {
                        "article": art.id,
                        "outlet": art.outlet,
                        "start": event.evidence.start,
                        "end": event.evidence.end,
                    }
                    if citation not in edge["citations"]:
                        edge["citations"].append(citation)
                        edge["count"] = len(edge["citations"])
                        degree[source] += 1
                        degree[target] += 1
    nodes: list[NetworkNode] = [
        {
            "id": ident,
            "name": display_name(ident, names),
            "kind": kinds.get(ident, ident.split(":", 1)[0]),
            "events": degree[ident],
        }
        for ident in sorted(degree)
    ]
    return {"nodes": nodes, "edges": [edge for _key, edge in sorted(edges.items())]}
