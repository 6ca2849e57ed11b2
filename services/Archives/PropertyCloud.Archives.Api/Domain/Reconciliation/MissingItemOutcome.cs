namespace PropertyCloud.Archives.Api.Domain.Reconciliation;

/// <summary>How a missing item was closed: found again (put back in its box) or written off as lost (reported).</summary>
public enum MissingItemOutcome
{
    Found,
    Lost,
}
