namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The steps of a repair order's closed loop, in order.</summary>
public enum RepairOrderStatus
{
    Open,
    Dispatched,
    Accepted,
    OnSite,
    Completed,
    FollowedUp,
    Closed,
}
