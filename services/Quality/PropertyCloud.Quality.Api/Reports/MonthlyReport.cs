namespace PropertyCloud.Quality.Api.Reports;

/// <summary>A month's quality report (品质月报) of a company or the whole group, kept as generated: HTML to read, XLSX to work with.</summary>
public sealed class MonthlyReport
{
    public const string GroupScope = "group";
    public const string CompanyScope = "company";

    public Guid Id { get; private set; }
    public string Scope { get; private set; } = "";
    /// <summary>The company for a company report; empty for the group's.</summary>
    public string Company { get; private set; } = "";
    /// <summary>The first day of the month reported on.</summary>
    public DateOnly Month { get; private set; }
    public DateTimeOffset GeneratedAt { get; private set; }
    public string Html { get; private set; } = "";
    public byte[] Xlsx { get; private set; } = [];

    private MonthlyReport() { }

    public static MonthlyReport Generated(string scope, string company, DateOnly month, string html, byte[] xlsx, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), Scope = scope, Company = company, Month = month, Html = html, Xlsx = xlsx, GeneratedAt = now,
    };

    public void Regenerate(string html, byte[] xlsx, DateTimeOffset now)
    {
        Html = html;
        Xlsx = xlsx;
        GeneratedAt = now;
    }
}
