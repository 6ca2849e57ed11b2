namespace PropertyCloud.Web.Api.Quality;

/// <summary>A quality inspection of an estate against a checklist: its score, each item's result and the findings raised.</summary>
public sealed record Inspection(Guid Id, Guid EstateId, string TemplateName, DateTimeOffset InspectedAt, string Inspector, decimal Score,
    IReadOnlyList<InspectionItemResult> Results, IReadOnlyList<Finding> Findings);

/// <summary>One checklist item as the inspector found it.</summary>
public sealed record InspectionItemResult(string Code, string Text, bool Passed, string? Note);

/// <summary>A shortcoming to rectify by a deadline, then verified by the inspector.</summary>
public sealed record Finding(Guid Id, string ItemCode, string ItemText, string? Note, DateOnly Deadline, bool Overdue, string Status,
    DateTimeOffset? RectifiedAt, string? RectificationNote, DateTimeOffset? VerifiedAt, int Rejections);
