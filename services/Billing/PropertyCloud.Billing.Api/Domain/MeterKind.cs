namespace PropertyCloud.Billing.Api.Domain;

public enum MeterKind
{
    Water,
    Electricity,
}
