namespace PropertyCloud.Surveys.Api.Domain.Responses;

/// <summary>An item answered on the template's scale (1 = very dissatisfied).</summary>
public sealed record Answer(string ItemCode, int Value);
