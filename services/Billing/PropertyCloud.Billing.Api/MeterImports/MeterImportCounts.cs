using PropertyCloud.Billing.Api.Domain.MeterImports;

namespace PropertyCloud.Billing.Api.MeterImports;

/// <summary>How many of a job's lines were recorded, found already recorded or refused.</summary>
internal readonly record struct MeterImportCounts(int Recorded, int AlreadyRecorded, int Refused)
{
    public static MeterImportCounts Of(IEnumerable<MeterImportRow> rows) => rows.Aggregate(new MeterImportCounts(), (counts, row) => counts.With(row.Outcome));

    public static MeterImportCounts Of(IReadOnlyDictionary<MeterImportOutcome, int> byOutcome) => new(
        byOutcome.GetValueOrDefault(MeterImportOutcome.Recorded), byOutcome.GetValueOrDefault(MeterImportOutcome.AlreadyRecorded),
        byOutcome.GetValueOrDefault(MeterImportOutcome.Refused));

    public static MeterImportCounts operator +(MeterImportCounts left, MeterImportCounts right) =>
        new(left.Recorded + right.Recorded, left.AlreadyRecorded + right.AlreadyRecorded, left.Refused + right.Refused);

    public static MeterImportCounts Add(MeterImportCounts left, MeterImportCounts right) => left + right;

    private MeterImportCounts With(MeterImportOutcome outcome) => outcome switch
    {
        MeterImportOutcome.Recorded => this with { Recorded = Recorded + 1 },
        MeterImportOutcome.AlreadyRecorded => this with { AlreadyRecorded = AlreadyRecorded + 1 },
        _ => this with { Refused = Refused + 1 },
    };
}
