namespace PropertyCloud.Web.Api.Billing;

/// <summary>A meter's reading for a period and the consumption worked out from the previous one.</summary>
public sealed record MeterReading(Guid Id, Guid UnitId, string Meter, string Period, decimal Reading, decimal Consumption,
    bool IsReplacement, bool IsAbnormal);

/// <summary>A reading to record.</summary>
public sealed record MeterReadingRequest(Guid UnitId, string Meter, string Period, decimal Reading, bool IsReplacement);

/// <summary>Readings recorded together; each is recorded or refused on its own.</summary>
public sealed record MeterReadingImport(IReadOnlyList<MeterReadingRequest> Readings);

/// <summary>What became of one imported reading: recorded, or refused with the API's message.</summary>
public sealed record MeterReadingImportRow(int Index, MeterReading? Reading, string? Code, string? Message, string? Field);
