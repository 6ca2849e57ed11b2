using PropertyCloud.Billing.Api.Domain.Rules;

namespace PropertyCloud.Billing.Api.Domain;

/// <summary>A unit's water or electricity meter read at the end of a period (抄表).</summary>
public sealed class MeterReading
{
    /// <summary>Consumption above this multiple of the recent average is flagged for a second look.</summary>
    public const decimal AbnormalFactor = 3m;

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid UnitId { get; private set; }
    public MeterKind Meter { get; private set; }
    public string Period { get; private set; } = "";
    public decimal Reading { get; private set; }
    public decimal Consumption { get; private set; }

    /// <summary>The meter was replaced; the reading starts from the new meter's zero.</summary>
    public bool IsReplacement { get; private set; }
    public bool IsAbnormal { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    private MeterReading() { }

    /// <param name="previous">The latest reading before this period, if any.</param>
    /// <param name="recentConsumptions">Consumptions of the last few periods, for the abnormality check.</param>
    public static MeterReading Record(BillableUnit unit, MeterKind meter, BillingPeriod period, decimal reading, bool isReplacement,
        MeterReading? previous, IReadOnlyCollection<decimal> recentConsumptions, DateTimeOffset now)
    {
        ReadingMustNotGoBackwards.Check(reading, previous?.Reading, isReplacement);
        // The first reading is the hand-over base (底数); a replaced meter starts again from zero.
        var consumption = previous is null ? 0 : isReplacement ? reading : reading - previous.Reading;
        var average = recentConsumptions.Count == 0 ? 0 : recentConsumptions.Average();
        return new MeterReading
        {
            Id = Guid.CreateVersion7(),
            EstateId = unit.EstateId,
            UnitId = unit.Id,
            Meter = meter,
            Period = period.ToString(),
            Reading = reading,
            Consumption = consumption,
            IsReplacement = isReplacement,
            IsAbnormal = average > 0 && consumption > average * AbnormalFactor,
            RecordedAt = now,
        };
    }
}
