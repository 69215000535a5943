// Categories of elements that HTML tree construction treats alike (WHATWG
// "Tree construction"; gumbo 0.10.1 follows it), as the pre-parse guard
// (html_guard.cc) needs them.
#ifndef VIGIE_INGEST_HTML_TAGS_H_
#define VIGIE_INGEST_HTML_TAGS_H_

#include <gumbo.h>

namespace vigie::ingest::html_tags {

bool IsVoid(GumboTag t);  // never has content nor an end tag
// Content read by the tokenizer as text up to "</name" (RAWTEXT, RCDATA,
// script data, plaintext), in HTML content.
bool IsRawText(GumboTag t);
bool IsFormatting(GumboTag t);     // kept on the list of active formatting elements
bool IsScopeBoundary(GumboTag t);  // ends "has an element in (button) scope"
bool IsHeading(GumboTag t);
// Not "special": an <li> or <dd> start tag looks for an open one through
// these (and address, div, p) only.
bool IsPhrasing(GumboTag t);
bool ClosesP(GumboTag t);  // start tags that close an open <p> in button scope
// Start tags that end foreign content (<svg>, <math>) and are inserted as
// HTML elements; <font> counts (gumbo: only with color, face or size) and
// <html>, which gumbo merges into the root, too.
bool BreaksOutOfForeign(GumboTag t);
// Foreign elements whose children (start tags, text) are parsed as HTML:
// SVG foreignObject, desc, title; MathML text elements and annotation-xml.
bool IsIntegrationPoint(GumboTag t);

}  // namespace vigie::ingest::html_tags

#endif  // VIGIE_INGEST_HTML_TAGS_H_
