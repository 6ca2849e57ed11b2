namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>How a repair request or complaint reached the service centre.</summary>
public enum RepairChannel
{
    Phone,
    Visit,
    SelfService,
}
