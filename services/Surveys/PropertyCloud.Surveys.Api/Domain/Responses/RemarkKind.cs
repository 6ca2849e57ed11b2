namespace PropertyCloud.Surveys.Api.Domain.Responses;

public enum RemarkKind
{
    /// <summary>满意之处.</summary>
    Praise,

    /// <summary>存在的问题.</summary>
    Problem,

    /// <summary>建议.</summary>
    Suggestion,
}
