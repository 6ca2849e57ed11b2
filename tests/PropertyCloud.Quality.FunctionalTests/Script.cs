using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.FunctionalTests;

/// <summary>Builders for the events of the scripted October: times are given in Shanghai local time.</summary>
public static class Script
{
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static EstateRegistered Estate(Guid estateId, string code, string company) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = At(9, 1, 8), EstateId = estateId, Code = code, Name = $"{code}小区", Company = company,
    };

    /// <summary>A repair order's events: opened, optionally dispatched, breached and completed.</summary>
    public static IEnumerable<IIntegrationEvent> Order(Guid estateId, DateTimeOffset opened, DateTimeOffset due,
        DateTimeOffset? dispatched = null, DateTimeOffset? completed = null, DateTimeOffset? breachDue = null, DateTimeOffset? closed = null,
        DateTimeOffset? accepted = null, DateTimeOffset? onSite = null, Guid? id = null)
    {
        var orderId = id ?? Guid.NewGuid();
        yield return new RepairOrderOpened
        {
            EventId = Guid.NewGuid(), OccurredAt = opened, EstateId = estateId, RepairOrderId = orderId, Channel = "phone",
            Category = "plumbing", Urgency = "urgent", ResolutionDueAt = due,
        };
        if (dispatched is { } d)
        {
            yield return new RepairOrderDispatched
            {
                EventId = Guid.NewGuid(), OccurredAt = d, EstateId = estateId, RepairOrderId = orderId, AssigneeId = "worker", Urgency = "urgent",
            };
        }
        if (breachDue is { } b)
        {
            yield return new SlaBreached
            {
                EventId = Guid.NewGuid(), OccurredAt = b.AddSeconds(15), EstateId = estateId, RepairOrderId = orderId, Target = "response",
                Category = "plumbing", Urgency = "urgent", DueAt = b,
            };
        }
        if (completed is { } c)
        {
            yield return new RepairOrderCompleted
            {
                EventId = Guid.NewGuid(), OccurredAt = c, EstateId = estateId, RepairOrderId = orderId, Category = "plumbing", Urgency = "urgent",
                OpenedAt = opened, CompletedAt = c, AcceptedAt = accepted, OnSiteAt = onSite, LabourMinutes = 30, ChargeableAmount = 0,
            };
        }
        if (closed is { } x)
        {
            yield return new RepairOrderClosed
            {
                EventId = Guid.NewGuid(), OccurredAt = x, EstateId = estateId, RepairOrderId = orderId, Category = "plumbing",
                FollowedUp = true, SatisfactionScore = 5,
            };
        }
    }

    public static IEnumerable<IIntegrationEvent> Complaint(Guid estateId, DateTimeOffset received, bool major = false,
        DateTimeOffset? closed = null, int handlingMinutes = 0, string opinion = "satisfied", DateTimeOffset? responded = null, Guid? id = null)
    {
        var complaintId = id ?? Guid.NewGuid();
        yield return new ComplaintReceived
        {
            EventId = Guid.NewGuid(), OccurredAt = received, EstateId = estateId, ComplaintId = complaintId, Channel = "phone",
            Category = "service", IsMajor = major,
        };
        if (major)
        {
            yield return new ComplaintEscalated
            {
                EventId = Guid.NewGuid(), OccurredAt = received, EstateId = estateId, ComplaintId = complaintId, Category = "service", ReceivedAt = received,
            };
        }
        if (responded is { } r)
        {
            yield return new ComplaintResponded
            {
                EventId = Guid.NewGuid(), OccurredAt = r, EstateId = estateId, ComplaintId = complaintId, ReceivedAt = received, RespondedAt = r,
            };
        }
        if (closed is { } c)
        {
            yield return new ComplaintClosed
            {
                EventId = Guid.NewGuid(), OccurredAt = c, EstateId = estateId, ComplaintId = complaintId, Category = "service", IsMajor = major,
                ReceivedAt = received, HandlingMinutes = handlingMinutes, ComplainantOpinion = opinion,
            };
        }
    }

    public static BillIssued Bill(Guid estateId, Guid unitId, string period, decimal amount, DateOnly due) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = At(int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture), 1, 9),
        EstateId = estateId, BillId = Guid.NewGuid(), UnitId = unitId, Period = period, Amount = amount, DueDate = due,
    };

    public static PaymentReceived Payment(DateTimeOffset at, decimal amount, params BillIssued[] bills) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = at, EstateId = bills[0].EstateId, PaymentId = Guid.NewGuid(), UnitId = bills[0].UnitId,
        Amount = amount, Method = "Cash", ReceiptNumber = 1,
        BillsCovered = [.. bills.Select(b => new CoveredBill(b.BillId, b.Period, Math.Min(b.Amount, amount)))],
    };

    public static PaymentRefunded Refund(PaymentReceived payment, DateTimeOffset at, decimal amount) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = at, EstateId = payment.EstateId, PaymentId = payment.PaymentId, UnitId = payment.UnitId,
        ReceiptNumber = payment.ReceiptNumber, Amount = amount,
    };

    public static RepairOrderReopened OrderReopened(Guid estateId, Guid orderId, DateTimeOffset at, int count) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = at, EstateId = estateId, RepairOrderId = orderId, Category = "plumbing",
        AssigneeId = "worker", Reason = "仍在漏水", ReopenCount = count,
    };

    public static ComplaintReopened ComplaintReopened(Guid estateId, Guid complaintId, DateTimeOffset at, int count) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = at, EstateId = estateId, ComplaintId = complaintId, Category = "service", IsMajor = false,
        Reason = "业主不认可处理结果", ReopenCount = count,
    };

    public static SurveyCategoryIndex Category(string code, string name, decimal? index) =>
        new() { Code = code, Name = name, Index = index, Responses = 40, ItemCount = 5 };

    public static SurveyCampaignClosed SurveyClosed(Guid estateId, DateTimeOffset at, int households, decimal? index, decimal? overall,
        params SurveyCategoryIndex[] categories) => new()
    {
        EventId = Guid.NewGuid(), OccurredAt = at, EstateId = estateId, CampaignId = Guid.NewGuid(), CampaignName = "2026年度业主满意度调查",
        TemplateId = Guid.NewGuid(), TemplateVersion = 1, PeriodStart = new(2026, 10, 1), PeriodEnd = new(2026, 10, 20),
        Households = households, SampledHouseholds = households / 10, Responses = households / 10, Index = index, IndexLow = null, IndexHigh = null,
        OverallSatisfaction = overall, OverallSatisfactionResponses = overall is null ? 0 : households / 10, TooFewResponses = false, Categories = categories,
    };

    public static IEnumerable<IIntegrationEvent> CorrectiveAction(Guid estateId, DateTimeOffset opened, DateOnly deadline,
        DateTimeOffset? overdue = null, DateTimeOffset? verifiedEffective = null)
    {
        var actionId = Guid.NewGuid();
        var campaignId = Guid.NewGuid();
        yield return new CorrectiveActionOpened
        {
            EventId = Guid.NewGuid(), OccurredAt = opened, EstateId = estateId, ActionId = actionId, CampaignId = campaignId,
            CategoryCode = null, ItemCode = null, Title = "地下车库照明整改", OwnerId = Guid.NewGuid(), Deadline = deadline,
        };
        if (overdue is { } o)
        {
            yield return new CorrectiveActionOverdue
            {
                EventId = Guid.NewGuid(), OccurredAt = o, EstateId = estateId, ActionId = actionId, CampaignId = campaignId,
                Title = "地下车库照明整改", OwnerId = Guid.NewGuid(), Deadline = deadline,
            };
        }
        if (verifiedEffective is { } v)
        {
            yield return new CorrectiveActionVerified
            {
                EventId = Guid.NewGuid(), OccurredAt = v, EstateId = estateId, ActionId = actionId, CampaignId = campaignId,
                Effective = true, VerifiedOn = DateOnly.FromDateTime(v.UtcDateTime),
            };
        }
    }
}
