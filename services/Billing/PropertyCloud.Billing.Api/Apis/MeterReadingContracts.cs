using FluentValidation;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.Api.Apis;

public sealed record MeterReadingRequest(Guid UnitId, MeterKind Meter, string Period, decimal Reading, bool IsReplacement);

public sealed record MeterReadingResponse(Guid Id, Guid UnitId, MeterKind Meter, string Period, decimal Reading, decimal Consumption,
    bool IsReplacement, bool IsAbnormal)
{
    public static MeterReadingResponse From(MeterReading r) =>
        new(r.Id, r.UnitId, r.Meter, r.Period, r.Reading, r.Consumption, r.IsReplacement, r.IsAbnormal);
}

/// <summary>A period's readings of many units, e.g. from the meter reader's spreadsheet.</summary>
public sealed record MeterReadingImport(IReadOnlyList<MeterReadingRequest> Readings);

/// <summary>What became of one imported row: the reading, or the rule that refused it.</summary>
public sealed record MeterReadingImportRow(int Index, MeterReadingResponse? Reading, string? Code, string? Message, string? Field)
{
    public static MeterReadingImportRow Recorded(int index, MeterReading reading) => new(index, MeterReadingResponse.From(reading), null, null, null);

    public static MeterReadingImportRow Refused(int index, string code, string message, string? field) => new(index, null, code, message, field);
}

internal sealed class MeterReadingImportValidator : AbstractValidator<MeterReadingImport>
{
    public const int MaxRows = 5000;

    public MeterReadingImportValidator()
    {
        // Stop at a missing list: the row rules would dereference it (a 500 instead of a 400 naming "readings").
        RuleFor(i => i.Readings).Cascade(CascadeMode.Stop).NotEmpty().Must(r => r.Count <= MaxRows).WithMessage($"At most {MaxRows} readings per import.");
        RuleForEach(i => i.Readings).NotNull().SetValidator(new MeterReadingRequestValidator());
    }
}

internal sealed class MeterReadingRequestValidator : AbstractValidator<MeterReadingRequest>
{
    public MeterReadingRequestValidator()
    {
        RuleFor(r => r.UnitId).NotEmpty();
        RuleFor(r => r.Meter).IsInEnum();
        RuleFor(r => r.Period).IsBillingPeriod();
        RuleFor(r => r.Reading).GreaterThanOrEqualTo(0).LessThan(1_000_000_000).PrecisionScale(14, 2, ignoreTrailingZeros: true);
    }
}
