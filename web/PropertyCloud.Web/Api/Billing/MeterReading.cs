namespace PropertyCloud.Web.Api.Billing;

/// <summary>A meter's reading for a period and the consumption worked out from the previous one.</summary>
public sealed record MeterReading(Guid Id, Guid UnitId, string Meter, string Period, decimal Reading, decimal Consumption,
    bool IsReplacement, bool IsAbnormal);

/// <summary>A reading to record.</summary>
public sealed record MeterReadingRequest(Guid UnitId, string Meter, string Period, decimal Reading, bool IsReplacement);
