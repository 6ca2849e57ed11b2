namespace PropertyCloud.Surveys.Api.Domain.Templates;

/// <summary>One question of a template, e.g. "保洁人员" in daily management.</summary>
public sealed record TemplateItem(string Code, string Text);
