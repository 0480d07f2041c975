package app.tandem.importer;

import java.util.List;

/**
 * One thing a person should know about a row before importing: where (row number as the file counts
 * it, and the column's heading), what is wrong and what was expected, as message keys of the
 * importer bundle ({@code key} and {@code key + ".expected"}) with their arguments.
 * ERRORs stop the import; WARNINGs say what Tandem did instead; NOTEs are for checking.
 */
public record ImportProblem(int row, String column, Severity severity, String key, List<String> arguments) {

    public enum Severity { ERROR, WARNING, NOTE }

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem of(int row, String column, Severity severity, String key, Object... arguments) {
        return new ImportProblem(row, column, severity, key,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
