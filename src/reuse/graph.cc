// Outlet graph: design notes.
//
// Nodes are outlets: the outlet name the clean stage found, else the
// domain, else "(unknown)"; each with its number of articles in the run
// (all of them, not only those in pairs, so that a node's size says how
// much of its output is copied). Edges go from the outlet of the earlier
// article to the outlet of the later one, with the number of pairs, how
// many the later article credits, and that share. Pairs whose order is
// unknown make undirected edges of their own (GEXF and GraphML mark the
// edge undirected in a mixed graph), so that they are neither lost nor
// counted as copies one way. An outlet that republishes itself (the same
// text under two URLs) is a self-loop.
#include "reuse/graph.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace vigie {

namespace {

std::string OutletKey(const ReuseArticle& a) {
  if (a.outlet && !a.outlet->empty()) return *a.outlet;
  if (a.domain && !a.domain->empty()) return *a.domain;
  return "(unknown)";
}

std::string Share(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

}  // namespace

std::optional<GraphFormat> ParseGraphFormat(std::string_view name) {
  if (name == "csv") return GraphFormat::kCsv;
  if (name == "gexf") return GraphFormat::kGexf;
  if (name == "graphml") return GraphFormat::kGraphml;
  if (name == "json") return GraphFormat::kJson;
  return std::nullopt;
}

OutletGraph BuildOutletGraph(const ReuseIndex& index, std::span<const ReusePair> pairs) {
  OutletGraph g;
  std::map<std::string, uint32_t> by_name;
  std::vector<uint32_t> node_of(index.size());
  std::map<std::string, uint64_t> counts;
  for (uint32_t d = 0; d < index.size(); ++d) ++counts[OutletKey(index.article(d))];
  for (const auto& [name, count] : counts) {
    by_name[name] = static_cast<uint32_t>(g.nodes.size());
    g.nodes.push_back(OutletGraph::Node{name, count});
  }
  for (uint32_t d = 0; d < index.size(); ++d) node_of[d] = by_name[OutletKey(index.article(d))];
  std::map<std::tuple<uint32_t, uint32_t, bool>, OutletGraph::Edge> edges;
  for (const ReusePair& p : pairs) {
    uint32_t from = node_of[p.a], to = node_of[p.b];
    bool directed = p.direction != ReuseDirection::kUnknown;
    if (p.direction == ReuseDirection::kBToA) std::swap(from, to);
    if (!directed && from > to) std::swap(from, to);
    OutletGraph::Edge& e = edges[{from, to, directed}];
    e.source = from;
    e.target = to;
    e.directed = directed;
    ++e.copies;
    e.credited += p.credited ? 1 : 0;
  }
  for (auto& [key, e] : edges) g.edges.push_back(e);
  return g;
}

std::string WriteOutletGraph(const OutletGraph& graph, GraphFormat format) {
  switch (format) {
    case GraphFormat::kCsv:
      return reuse::GraphCsv(graph);
    case GraphFormat::kGexf:
      return reuse::GraphGexf(graph);
    case GraphFormat::kGraphml:
      return reuse::GraphGraphml(graph);
    case GraphFormat::kJson:
      break;
  }
  return reuse::GraphJson(graph);
}

namespace reuse {

std::string XmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out.push_back(c);
    }
  }
  return out;
}

namespace {

// A CSV field, quoted when it holds a comma, a quote or a line break.
std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace

std::string GraphCsv(const OutletGraph& g) {
  std::string out =
      "source,target,type,weight,credited,credited_share,source_articles,target_articles\n";
  for (const OutletGraph::Edge& e : g.edges) {
    const OutletGraph::Node& s = g.nodes[e.source];
    const OutletGraph::Node& t = g.nodes[e.target];
    out += CsvField(s.name) + "," + CsvField(t.name) + "," +
           (e.directed ? "Directed" : "Undirected") + "," + std::to_string(e.copies) + "," +
           std::to_string(e.credited) + "," + Share(e.credited_share()) + "," +
           std::to_string(s.articles) + "," + std::to_string(t.articles) + "\n";
  }
  return out;
}

std::string GraphGexf(const OutletGraph& g) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
      "  <meta><creator>vigie reuse</creator><description>Outlet republication graph: "
      "an edge goes from the outlet published first to the one that copied</description>"
      "</meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"articles\" title=\"articles\" type=\"long\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"copies\" title=\"copies\" type=\"long\"/>\n"
      "      <attribute id=\"credited\" title=\"credited\" type=\"long\"/>\n"
      "      <attribute id=\"credited_share\" title=\"credited_share\" type=\"double\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n";
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    out += "      <node id=\"n" + std::to_string(i) + "\" label=\"" + XmlEscape(g.nodes[i].name) +
           "\"><attvalues><attvalue for=\"articles\" value=\"" +
           std::to_string(g.nodes[i].articles) + "\"/></attvalues></node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const OutletGraph::Edge& e = g.edges[i];
    out += "      <edge id=\"e" + std::to_string(i) + "\" source=\"n" + std::to_string(e.source) +
           "\" target=\"n" + std::to_string(e.target) + "\"" +
           (e.directed ? "" : " type=\"undirected\"") + " weight=\"" + std::to_string(e.copies) +
           "\"><attvalues><attvalue for=\"copies\" value=\"" + std::to_string(e.copies) +
           "\"/><attvalue for=\"credited\" value=\"" + std::to_string(e.credited) +
           "\"/><attvalue for=\"credited_share\" value=\"" + Share(e.credited_share()) +
           "\"/></attvalues></edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

std::string GraphGraphml(const OutletGraph& g) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"articles\" for=\"node\" attr.name=\"articles\" attr.type=\"long\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      "  <key id=\"copies\" for=\"edge\" attr.name=\"copies\" attr.type=\"long\"/>\n"
      "  <key id=\"credited\" for=\"edge\" attr.name=\"credited\" attr.type=\"long\"/>\n"
      "  <key id=\"credited_share\" for=\"edge\" attr.name=\"credited_share\" "
      "attr.type=\"double\"/>\n"
      "  <graph id=\"outlets\" edgedefault=\"directed\">\n";
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    out += "    <node id=\"n" + std::to_string(i) + "\"><data key=\"label\">" +
           XmlEscape(g.nodes[i].name) + "</data><data key=\"articles\">" +
           std::to_string(g.nodes[i].articles) + "</data></node>\n";
  }
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const OutletGraph::Edge& e = g.edges[i];
    out += "    <edge id=\"e" + std::to_string(i) + "\" source=\"n" + std::to_string(e.source) +
           "\" target=\"n" + std::to_string(e.target) + "\"" +
           (e.directed ? "" : " directed=\"false\"") + "><data key=\"weight\">" +
           std::to_string(e.copies) + "</data><data key=\"copies\">" + std::to_string(e.copies) +
           "</data><data key=\"credited\">" + std::to_string(e.credited) +
           "</data><data key=\"credited_share\">" + Share(e.credited_share()) +
           "</data></edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

// "n" + number, built by appending: GCC 12 flags the concatenation with a
// false -Wrestrict at -O3.
std::string NodeId(size_t i) {
  std::string id(1, 'n');
  id += std::to_string(i);
  return id;
}

std::string GraphJson(const OutletGraph& g) {
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    nodes.push_back({{"id", NodeId(i)},
                     {"label", g.nodes[i].name},
                     {"articles", g.nodes[i].articles}});
  }
  nlohmann::ordered_json edges = nlohmann::ordered_json::array();
  for (const OutletGraph::Edge& e : g.edges) {
    edges.push_back({{"source", NodeId(e.source)},
                     {"target", NodeId(e.target)},
                     {"directed", e.directed},
                     {"copies", e.copies},
                     {"credited", e.credited},
                     {"credited_share", std::round(e.credited_share() * 10000.0) / 10000.0}});
  }
  nlohmann::ordered_json j{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace reuse

}  // namespace vigie
