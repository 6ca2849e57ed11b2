using PropertyCloud.Billing.Api.Domain;
using FluentValidation;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.Billing.Api.Infrastructure;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>
/// The estate's ladder in days past due; <see cref="LateFeeDailyRate"/> null (or left out) charges no late fees, and then
/// the other late-fee settings are ignored. <see cref="LateFeeCapPercent"/> caps a bill's late fees at that percentage of its principal.
/// </summary>
public sealed record DunningPolicyRequest(int ReminderAfterDays, int NoticeAfterDays, int FinalNoticeAfterDays, decimal? LateFeeDailyRate,
    int LateFeeGraceDays = 0, decimal? LateFeeCapPercent = null, LateFeeStart LateFeeStart = LateFeeStart.FromDueDate)
{
    public LateFeeTerms? ToLateFeeTerms() => LateFeeDailyRate is { } rate ? new LateFeeTerms(rate, LateFeeGraceDays, LateFeeCapPercent, LateFeeStart) : null;
}

public sealed record DunningPolicyResponse(Guid EstateId, int ReminderAfterDays, int NoticeAfterDays, int FinalNoticeAfterDays, decimal? LateFeeDailyRate,
    int LateFeeGraceDays, decimal? LateFeeCapPercent, LateFeeStart LateFeeStart)
{
    public static DunningPolicyResponse From(DunningPolicy p) =>
        new(p.EstateId, p.ReminderAfterDays, p.NoticeAfterDays, p.FinalNoticeAfterDays, p.LateFeeDailyRate, p.LateFeeGraceDays, p.LateFeeCapPercent,
            p.LateFeeStart);
}

/// <param name="Age">The age of the bill's debt today (账龄), listed with its building and unit.</param>
public sealed record DunningNoticeResponse(Guid Id, Guid UnitId, Guid BillId, string Period, DunningStep Step, int DaysOverdue,
    decimal AmountOwed, decimal LateFee, DateTimeOffset IssuedAt, string? BuildingCode = null, string? Entrance = null, string? Number = null,
    DebtAge? Age = null)
{
    public static DunningNoticeResponse From(DunningNotice n) =>
        new(n.Id, n.UnitId, n.BillId, n.Period, n.Step, n.DaysOverdue, n.AmountOwed, n.LateFee, n.IssuedAt);
}

/// <param name="LateFee">Accrued as of the day asked about (charged or not yet).</param>
/// <param name="LateFeeCharged">Already put on the bill as late-fee adjustments (part of <paramref name="Outstanding"/> while unpaid).</param>
public sealed record ArrearsBillResponse(Guid BillId, string Period, DateOnly DueDate, int DaysOverdue, decimal Outstanding, decimal LateFee,
    DunningStep? LastStep, decimal LateFeeCharged)
{
    public static ArrearsBillResponse From(OverdueBill o) =>
        new(o.Bill.Id, o.Bill.Period, o.Bill.DueDate, o.DaysOverdue, o.Bill.Outstanding, o.LateFee, o.Bill.LastDunningStep, o.Bill.LateFeeCharged);
}

/// <summary>A unit's arrears record (欠费记录) as of a day.</summary>
public sealed record ArrearsResponse(Guid UnitId, DateOnly AsOf, decimal Outstanding, decimal LateFees, IReadOnlyList<ArrearsBillResponse> Bills);

internal sealed class DunningPolicyRequestValidator : AbstractValidator<DunningPolicyRequest>
{
    public DunningPolicyRequestValidator()
    {
        RuleFor(r => r.ReminderAfterDays).InclusiveBetween(1, 3650);
        RuleFor(r => r.NoticeAfterDays).InclusiveBetween(1, 3650);
        RuleFor(r => r.FinalNoticeAfterDays).InclusiveBetween(1, 3650);
        RuleFor(r => r.LateFeeDailyRate).GreaterThan(0).LessThanOrEqualTo(0.01m).PrecisionScale(8, 6, ignoreTrailingZeros: true);
        RuleFor(r => r.LateFeeGraceDays).InclusiveBetween(0, 365);
        RuleFor(r => r.LateFeeCapPercent).GreaterThan(0).LessThanOrEqualTo(100m).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(r => r.LateFeeStart).IsInEnum();
    }
}
