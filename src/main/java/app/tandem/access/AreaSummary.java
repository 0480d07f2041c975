package app.tandem.access;

public record AreaSummary(long id, String name, String slug) {}
