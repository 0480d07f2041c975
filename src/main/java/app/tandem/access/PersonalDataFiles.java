package app.tandem.access;

import app.tandem.access.PersonalDataService.PersonalDataExport;
import app.tandem.base.PersonalDataContributor.PersonalDataSection;
import app.tandem.base.PersonalDataContributor.PersonalDataSection.Field;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes a personal-data export as JSON and as a self-contained, readable HTML page (PR-3). */
final class PersonalDataFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PersonalDataFiles() {}

    static String baseName(PersonalDataExport e) {
        return "tandem-personal-data-" + e.accountId() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(e.at());
    }

    static byte[] json(PersonalDataExport e) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("accountId", e.accountId());
        root.put("exportedAt", e.at().toString());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PersonalDataSection s : e.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("title", s.title());
            List<Map<String, String>> items = new ArrayList<>();
            for (List<Field> item : s.items()) {
                Map<String, String> fields = new LinkedHashMap<>();
                item.forEach(f -> fields.put(f.label(), f.value()));
                items.add(fields);
            }
            section.put("items", items);
            sections.add(section);
        }
        root.put("sections", sections);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static byte[] html(PersonalDataExport e) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>What Tandem holds about ").append(escape(e.displayName())).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:50em;margin:1em auto;padding:0 1em;line-height:1.5}")
                .append("dl{display:grid;grid-template-columns:minmax(8em,auto) 1fr;gap:.25em 1em;border-top:1px solid #999;")
                .append("padding-top:.5em}dt{font-weight:bold}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}</style>\n")
                .append("</head>\n<body>\n<main>\n<h1>What Tandem holds about ").append(escape(e.displayName()))
                .append("</h1>\n<p>Exported on ").append(escape(e.at().toString())).append(" (UTC).</p>\n");
        for (PersonalDataSection s : e.sections()) {
            h.append("<section>\n<h2>").append(escape(s.title())).append("</h2>\n");
            if (s.items().isEmpty()) {
                h.append("<p>Nothing held.</p>\n");
            }
            for (List<Field> item : s.items()) {
                h.append("<dl>\n");
                for (Field f : item) {
                    h.append("<dt>").append(escape(f.label())).append("</dt><dd>").append(escape(f.value()))
                            .append("</dd>\n");
                }
                h.append("</dl>\n");
            }
            h.append("</section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every stored string is text, never markup (BI-1). */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
