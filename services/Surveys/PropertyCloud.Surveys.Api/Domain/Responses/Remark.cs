namespace PropertyCloud.Surveys.Api.Domain.Responses;

/// <summary>Free text of a response, optionally about one category, grouped in the report.</summary>
public sealed record Remark(RemarkKind Kind, string? CategoryCode, string Text);
