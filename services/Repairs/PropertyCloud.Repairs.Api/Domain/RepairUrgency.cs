namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>How fast a repair must be handled. Emergencies count around the clock.</summary>
public enum RepairUrgency
{
    Emergency,
    Urgent,
    Normal,
}
