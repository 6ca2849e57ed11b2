namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>What kind of repair; SLAs are set per category and urgency.</summary>
public enum RepairCategory
{
    Plumbing,
    Electrical,
    Elevator,
    DoorAndAccess,
    PublicArea,
    Other,
}
