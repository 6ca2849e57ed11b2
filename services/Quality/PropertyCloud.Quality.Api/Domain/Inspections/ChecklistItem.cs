namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>One thing to check, e.g. code "clean-01", "楼道无杂物堆放".</summary>
public sealed record ChecklistItem(string Code, string Text);
