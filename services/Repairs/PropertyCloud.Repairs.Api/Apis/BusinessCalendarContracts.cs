using FluentValidation;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>Service hours in Asia/Shanghai time, e.g. opensAt "08:30", workingDays ["Monday", ...], holidays ["2026-10-01"].</summary>
public sealed record BusinessCalendarRequest(TimeOnly OpensAt, TimeOnly ClosesAt, IReadOnlyList<DayOfWeek> WorkingDays, IReadOnlyList<DateOnly>? Holidays);

public sealed record BusinessCalendarResponse(
    Guid EstateId, TimeOnly OpensAt, TimeOnly ClosesAt, IReadOnlyList<DayOfWeek> WorkingDays, IReadOnlyList<DateOnly> Holidays)
{
    public static BusinessCalendarResponse From(BusinessCalendar c) => new(c.EstateId, c.OpensAt, c.ClosesAt, c.WorkingDays, c.Holidays);
}

internal sealed class BusinessCalendarRequestValidator : AbstractValidator<BusinessCalendarRequest>
{
    public BusinessCalendarRequestValidator()
    {
        RuleFor(r => r.WorkingDays).NotNull();
        RuleForEach(r => r.WorkingDays).IsInEnum();
        RuleFor(r => r.Holidays).Must(h => h is null || h.Count <= 400);
    }
}
