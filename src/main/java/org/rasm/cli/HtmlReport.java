package org.rasm.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasm.tag.Mention;

/**
 * One self-contained HTML page for people to read tagged documents: mentions highlighted by type with their id and
 * match on hover, each paragraph laid out in its own direction ({@code dir="auto"}), and a side table of the
 * entities found with their counts.
 */
final class HtmlReport {
  private final StringBuilder documents = new StringBuilder();
  private final Map<String, int[]> counts = new TreeMap<>();
  private final Map<String, String> types = new TreeMap<>();
  private final Map<String, String> names = new TreeMap<>();

  void add(String name, String text, List<Mention> mentions) {
    documents.append("<article><h2 dir=\"auto\">").append(escape(name)).append("</h2>\n");
    int at = 0;
    StringBuilder paragraph = new StringBuilder();
    for (Mention m : mentions) {
      appendText(paragraph, text.substring(at, m.start()));
      String type = m.type() == null ? "ambiguous" : m.type();
      String id = m.id() == null ? "ambiguous: " + String.join(", ", m.candidates().stream().map(c -> c.id()).toList()) : m.id();
      paragraph.append("<mark class=\"").append(type).append("\" title=\"").append(escape(id)).append(" (").append(escape(m.match()))
          .append(")\">").append(escape(m.text())).append("</mark>");
      at = m.end();
      if (m.id() != null) {
        counts.computeIfAbsent(m.id(), k -> new int[1])[0]++;
        types.put(m.id(), type);
        names.putIfAbsent(m.id(), m.text());
      }
    }
    appendText(paragraph, text.substring(at));
    for (String p : paragraph.toString().split("\n\\s*\n")) {
      if (!p.isBlank()) {
        documents.append("<p dir=\"auto\">").append(p.strip().replace("\n", "<br>")).append("</p>\n");
      }
    }
    documents.append("</article>\n");
  }

  private static void appendText(StringBuilder sb, String s) {
    sb.append(escape(s));
  }

  String page() {
    StringBuilder table = new StringBuilder("<table><thead><tr><th>entity</th><th>type</th><th>as written</th><th>count</th></tr></thead><tbody>\n");
    counts.entrySet().stream()
        .sorted((a, b) -> b.getValue()[0] != a.getValue()[0] ? b.getValue()[0] - a.getValue()[0] : a.getKey().compareTo(b.getKey()))
        .forEach(e -> table.append("<tr><td>").append(escape(e.getKey())).append("</td><td><span class=\"").append(types.get(e.getKey()))
            .append("\">").append(types.get(e.getKey())).append("</span></td><td dir=\"auto\">").append(escape(names.get(e.getKey())))
            .append("</td><td>").append(e.getValue()[0]).append("</td></tr>\n"));
    table.append("</tbody></table>");
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>rasm tag</title><style>\n"
        + "body{font-family:system-ui,'Noto Sans','Noto Naskh Arabic',sans-serif;margin:0;display:flex;gap:1.5rem;line-height:1.7}\n"
        + "main{flex:3;padding:1rem 1.5rem;max-width:60rem}aside{flex:1;padding:1rem;border-left:1px solid #ddd;position:sticky;top:0;"
        + "align-self:flex-start;max-height:100vh;overflow:auto;font-size:.9rem}\n"
        + "article{border-bottom:1px solid #eee;margin-bottom:1.5rem}h2{font-size:1rem;color:#555}\n"
        + "mark{border-radius:3px;padding:0 2px;cursor:help}.place{background:#cfe8ff}.actor{background:#ffd6cc}"
        + ".outlet{background:#e2d4ff}.country{background:#d6f5d6}.ambiguous{background:#ffe9a8;outline:1px dashed #c90}\n"
        + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:2px 4px;text-align:start}"
        + "span.place,span.actor,span.outlet,span.country{padding:0 3px;border-radius:3px}\n"
        + "</style></head><body><main>\n" + documents + "</main><aside><h2>Entities found</h2>\n" + table + "</aside></body></html>\n";
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
