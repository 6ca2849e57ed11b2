namespace PropertyCloud.Web.Api.Archives;

/// <summary>A record filed into a customer file automatically from another system (a repair, a bill in arrears, a survey).</summary>
public sealed record FileRecord(Guid Id, string RecordType, string Category, string Title, DateTimeOffset OccurredAt, DateTimeOffset FiledAt);
