namespace PropertyCloud.Residents.Api.Domain;

/// <summary>What a unit is used for (篇2): 居住, 出租, 仓库, 商用, 空置.</summary>
public enum UnitUsage
{
    Residence,
    RentedOut,
    Storage,
    Commercial,
    Vacant,
}
