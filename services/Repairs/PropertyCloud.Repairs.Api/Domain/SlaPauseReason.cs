namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The only reasons an order's SLA clock may stop; anything else keeps it running.</summary>
public enum SlaPauseReason
{
    WaitingForParts,
    ResidentAbsent,
    NoAccess,
}
