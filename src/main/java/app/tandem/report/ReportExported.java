package app.tandem.report;

/** A report or evidence pack was built for download (AU-1). The file name is safe to show; no content. */
public record ReportExported(long areaId, long planId, String fileName) {}
