namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The steps of a complaint, in order (篇8): nothing is left without a reply.</summary>
public enum ComplaintStatus
{
    Received,
    Acknowledged,
    Assigned,
    Responded,
    Resolved,
    CalledBack,
    Closed,
}
