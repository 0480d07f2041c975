package app.tandem.survey;

import app.tandem.survey.SurveyViews.Answer;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A saved draft's answers as text: one line per question, "id TAB codes TAB number TAB text", text URL-encoded. */
final class DraftCodec {

    private DraftCodec() {}

    static String encode(Map<Long, Answer> answers) {
        StringBuilder out = new StringBuilder();
        answers.forEach((id, a) -> {
            if (a.isEmpty()) {
                return;
            }
            out.append(id).append('\t').append(String.join(",", a.options())).append('\t')
                    .append(a.number() == null ? "" : a.number().toPlainString()).append('\t')
                    .append(a.text() == null ? "" : URLEncoder.encode(a.text(), StandardCharsets.UTF_8)).append('\n');
        });
        return out.toString();
    }

    static Map<Long, Answer> decode(String draft) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        for (String line : draft.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 4) {
                continue;
            }
            List<String> codes = cells[1].isEmpty() ? List.of() : Arrays.asList(cells[1].split(","));
            BigDecimal number = cells[2].isEmpty() ? null : new BigDecimal(cells[2]);
            String text = cells[3].isEmpty() ? null : URLDecoder.decode(cells[3], StandardCharsets.UTF_8);
            answers.put(Long.parseLong(cells[0]), new Answer(codes, number, text));
        }
        return answers;
    }
}
