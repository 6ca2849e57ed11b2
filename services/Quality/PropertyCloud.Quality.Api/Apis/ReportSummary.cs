namespace PropertyCloud.Quality.Api.Apis;

/// <summary>A generated report and where to read it.</summary>
public sealed record ReportSummary(Guid Id, string Scope, string Company, DateOnly Month, DateTimeOffset GeneratedAt, string Html, string Xlsx, string Pdf);
