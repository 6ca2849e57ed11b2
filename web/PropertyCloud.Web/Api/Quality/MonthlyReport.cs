namespace PropertyCloud.Web.Api.Quality;

/// <summary>A generated monthly quality report (group or company) and the API paths of its HTML, XLSX and PDF.</summary>
public sealed record MonthlyReport(Guid Id, string Scope, string Company, DateOnly Month, DateTimeOffset GeneratedAt, string Html, string Xlsx, string Pdf);
