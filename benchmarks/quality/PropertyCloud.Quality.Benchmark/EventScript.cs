using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Quality.Benchmark;

/// <summary>
/// A year of events over many estates, produced a day at a time: repair orders (60% of the events), complaints
/// (20%) and bills with payments (20%). Seeded, so every run replays the same store.
/// </summary>
internal sealed class EventScript(int estates, int seed = 42)
{
    private readonly Random _random = new(seed);
    private readonly Guid[] _estates = [.. Enumerable.Range(0, estates).Select(_ => Guid.CreateVersion7())];
    private static readonly DateTimeOffset Start = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);

    public long OrdersOpened { get; private set; }

    public IEnumerable<IIntegrationEvent> Estates() => _estates.Select((id, i) => (IIntegrationEvent)new EstateRegistered
    {
        EventId = Guid.CreateVersion7(), OccurredAt = Start, EstateId = id, Code = $"E{i:000}", Name = $"小区{i:000}",
        Company = i % 2 == 0 ? "华润物业" : "万科物业",
    });

    /// <summary>Events of one day, about <paramref name="perDay"/> of them.</summary>
    public IEnumerable<IIntegrationEvent> Day(int day, int perDay)
    {
        var morning = Start.AddDays(day).AddHours(1);
        var produced = 0;
        while (produced < perDay)
        {
            var estate = _estates[_random.Next(_estates.Length)];
            var at = morning.AddMinutes(_random.Next(0, 12 * 60));
            var kind = _random.Next(10);
            var events = kind < 6 ? Order(estate, at) : kind < 8 ? Complaint(estate, at) : BillAndPayment(estate, at, day);
            foreach (var e in events)
            {
                produced++;
                yield return e;
            }
        }
    }

    private List<IIntegrationEvent> Order(Guid estate, DateTimeOffset opened)
    {
        OrdersOpened++;
        var id = Guid.CreateVersion7();
        var due = opened.AddHours(8);
        var completed = opened.AddMinutes(_random.Next(30, 720));
        var dispatched = opened.AddMinutes(_random.Next(1, 90));
        // Accepted and on site follow dispatch by fixed steps, so the script draws no more random numbers than before.
        var accepted = dispatched.AddMinutes(5);
        var onSite = accepted.AddMinutes(20);
        var events = new List<IIntegrationEvent>
        {
            new RepairOrderOpened { EventId = Guid.CreateVersion7(), OccurredAt = opened, EstateId = estate, RepairOrderId = id, Channel = "phone", Category = "plumbing", Urgency = "urgent", ResolutionDueAt = due },
            new RepairOrderDispatched { EventId = Guid.CreateVersion7(), OccurredAt = dispatched, EstateId = estate, RepairOrderId = id, AssigneeId = "worker", Urgency = "urgent" },
            new RepairOrderCompleted { EventId = Guid.CreateVersion7(), OccurredAt = completed, EstateId = estate, RepairOrderId = id, Category = "plumbing", Urgency = "urgent", OpenedAt = opened, CompletedAt = completed, AcceptedAt = accepted, OnSiteAt = onSite, LabourMinutes = 30, ChargeableAmount = 0 },
            new RepairOrderClosed { EventId = Guid.CreateVersion7(), OccurredAt = completed.AddHours(20), EstateId = estate, RepairOrderId = id, Category = "plumbing", FollowedUp = true, SatisfactionScore = _random.Next(1, 6) },
        };
        if (completed > due)
        {
            events.Add(new SlaBreached { EventId = Guid.CreateVersion7(), OccurredAt = due, EstateId = estate, RepairOrderId = id, Target = "resolution", Category = "plumbing", Urgency = "urgent", DueAt = due });
        }
        return events;
    }

    private List<IIntegrationEvent> Complaint(Guid estate, DateTimeOffset received)
    {
        var id = Guid.CreateVersion7();
        var minutes = _random.Next(30, 3000);
        var responded = received.AddMinutes(minutes / 4);
        var closed = received.AddMinutes(minutes);
        var dissatisfied = _random.Next(5) == 0;
        List<IIntegrationEvent> events =
        [
            new ComplaintReceived { EventId = Guid.CreateVersion7(), OccurredAt = received, EstateId = estate, ComplaintId = id, Channel = "phone", Category = "service", IsMajor = false },
            new ComplaintResponded { EventId = Guid.CreateVersion7(), OccurredAt = responded, EstateId = estate, ComplaintId = id, ReceivedAt = received, RespondedAt = responded },
            new ComplaintClosed { EventId = Guid.CreateVersion7(), OccurredAt = closed, EstateId = estate, ComplaintId = id, Category = "service", IsMajor = false, ReceivedAt = received, HandlingMinutes = minutes, ComplainantOpinion = dissatisfied ? "dissatisfied" : "satisfied" },
        ];
        if (dissatisfied)
        {
            events.Add(new ComplaintReopened { EventId = Guid.CreateVersion7(), OccurredAt = closed.AddHours(2), EstateId = estate, ComplaintId = id, Category = "service", IsMajor = false, Reason = "不满意", ReopenCount = 1 });
        }
        return events;
    }

    private List<IIntegrationEvent> BillAndPayment(Guid estate, DateTimeOffset at, int day)
    {
        var period = Start.AddDays(day).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var bill = new BillIssued
        {
            EventId = Guid.CreateVersion7(), OccurredAt = at, EstateId = estate, BillId = Guid.CreateVersion7(), UnitId = Guid.CreateVersion7(),
            Period = period, Amount = 100m + _random.Next(0, 90000) / 100m, DueDate = DateOnly.FromDateTime(at.UtcDateTime).AddDays(15),
        };
        if (_random.Next(10) < 2)
        {
            return [bill];
        }
        return
        [
            bill,
            new PaymentReceived
            {
                EventId = Guid.CreateVersion7(), OccurredAt = at.AddDays(3), EstateId = estate, PaymentId = Guid.CreateVersion7(), UnitId = bill.UnitId,
                Amount = bill.Amount, Method = "Online", ReceiptNumber = 1, BillsCovered = [new CoveredBill(bill.BillId, period, bill.Amount)],
            },
        ];
    }
}
