namespace PropertyCloud.Surveys.Api.Domain.Actions;

public enum CorrectiveActionStatus
{
    /// <summary>Being worked on, or verified as not yet effective.</summary>
    Open,

    /// <summary>A verification visit found the problem solved.</summary>
    Closed,
}
