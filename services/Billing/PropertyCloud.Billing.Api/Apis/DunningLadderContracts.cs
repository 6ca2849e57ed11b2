using FluentValidation;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.Billing.Api.Infrastructure;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>The estate's ladder in days past due; <see cref="LateFeeDailyRate"/> null (or left out) charges no late fees.</summary>
public sealed record DunningPolicyRequest(int ReminderAfterDays, int NoticeAfterDays, int FinalNoticeAfterDays, decimal? LateFeeDailyRate);

public sealed record DunningPolicyResponse(Guid EstateId, int ReminderAfterDays, int NoticeAfterDays, int FinalNoticeAfterDays, decimal? LateFeeDailyRate)
{
    public static DunningPolicyResponse From(DunningPolicy p) =>
        new(p.EstateId, p.ReminderAfterDays, p.NoticeAfterDays, p.FinalNoticeAfterDays, p.LateFeeDailyRate);
}

public sealed record DunningNoticeResponse(Guid Id, Guid UnitId, Guid BillId, string Period, DunningStep Step, int DaysOverdue,
    decimal AmountOwed, decimal LateFee, DateTimeOffset IssuedAt)
{
    public static DunningNoticeResponse From(DunningNotice n) =>
        new(n.Id, n.UnitId, n.BillId, n.Period, n.Step, n.DaysOverdue, n.AmountOwed, n.LateFee, n.IssuedAt);
}

public sealed record ArrearsBillResponse(Guid BillId, string Period, DateOnly DueDate, int DaysOverdue, decimal Outstanding, decimal LateFee,
    DunningStep? LastStep)
{
    public static ArrearsBillResponse From(OverdueBill o) =>
        new(o.Bill.Id, o.Bill.Period, o.Bill.DueDate, o.DaysOverdue, o.Bill.Outstanding, o.LateFee, o.LastStep);
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
    }
}
