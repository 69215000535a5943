// The outlet-level republication graph and its file formats (Gephi opens
// GEXF and GraphML; CSV is an edge table for spreadsheets and Gephi's
// import; JSON for programs). doc/schema.md#reuse-graph describes each.
#ifndef VIGIE_REUSE_GRAPH_H_
#define VIGIE_REUSE_GRAPH_H_

#include <string>

#include "vigie/reuse.h"

namespace vigie::reuse {

std::string GraphCsv(const OutletGraph& graph);
std::string GraphGexf(const OutletGraph& graph);
std::string GraphGraphml(const OutletGraph& graph);
std::string GraphJson(const OutletGraph& graph);

// Text for XML character data and attribute values: &, <, >, " and '
// escaped, control characters XML 1.0 forbids dropped.
std::string XmlEscape(std::string_view s);

}  // namespace vigie::reuse

#endif  // VIGIE_REUSE_GRAPH_H_
