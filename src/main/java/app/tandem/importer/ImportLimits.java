package app.tandem.importer;

/**
 * How much an import may hold. The upload size is checked before any parsing; the unzipped size of
 * a workbook before POI opens it; rows and cell lengths while reading.
 */
public record ImportLimits(long maxBytes, int maxRows, int maxCellChars, long maxUnzippedBytes, int maxZipEntries) {

    /** 10 MB upload, 20,000 rows, Excel's own 32,767 characters per cell, 100 MB unzipped. */
    public static final ImportLimits DEFAULT = new ImportLimits(10L * 1024 * 1024, 20_000, 32_767, 100L * 1024 * 1024, 2_000);
}
