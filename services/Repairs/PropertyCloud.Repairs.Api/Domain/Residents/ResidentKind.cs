namespace PropertyCloud.Repairs.Api.Domain.Residents;

/// <summary>How a party lives in a unit: it owns it (业主) or rents it (租户).</summary>
public enum ResidentKind
{
    Owner,
    Tenant,
}
