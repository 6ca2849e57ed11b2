namespace PropertyCloud.Residents.Api.Domain.Handover;

public enum MeterKind
{
    Water,
    Electricity,
    Gas,
}
