using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Domain.MeterImports;

/// <summary>Why a sheet line cannot be read: a rule code, the message and the column (as a field name).</summary>
public sealed record MeterSheetProblem(string Code, LocalizedText Text, string Field);
