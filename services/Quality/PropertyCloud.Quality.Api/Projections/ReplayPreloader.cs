using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.Api.Projections;

/// <summary>
/// Loads, in a few queries, every read-model row a batch of events will touch, so replaying the batch asks the
/// database nothing per event.
/// </summary>
internal static class ReplayPreloader
{
    public static async Task LoadAsync(QualityDb db, IReadOnlyList<IIntegrationEvent> batch, CancellationToken cancellationToken)
    {
        var estates = Keys(batch, e => e is EstateRegistered ? e.EstateId : null);
        var orders = Keys(batch, e => e switch
        {
            RepairOrderOpened x => x.RepairOrderId,
            RepairOrderDispatched x => x.RepairOrderId,
            RepairOrderCompleted x => x.RepairOrderId,
            RepairOrderClosed x => x.RepairOrderId,
            SlaBreached x => x.RepairOrderId,
            _ => null,
        });
        var complaints = Keys(batch, e => e switch
        {
            ComplaintReceived x => x.ComplaintId,
            ComplaintEscalated x => x.ComplaintId,
            ComplaintClosed x => x.ComplaintId,
            ComplaintResponded x => x.ComplaintId,
            _ => null,
        });
        var reopened = Keys(batch, e => e switch
        {
            RepairOrderReopened x => x.RepairOrderId,
            ComplaintReopened x => x.ComplaintId,
            _ => null,
        });
        var bills = Keys(batch, e => e is BillIssued x ? x.BillId : null);
        var payments = Keys(batch, e => e switch
        {
            PaymentReceived x => x.PaymentId,
            PaymentRefunded x => x.PaymentId,
            _ => null,
        });
        var campaigns = Keys(batch, e => e is SurveyCampaignClosed x ? x.CampaignId : null);
        var actions = Keys(batch, e => e switch
        {
            CorrectiveActionOpened x => x.ActionId,
            CorrectiveActionOverdue x => x.ActionId,
            CorrectiveActionVerified x => x.ActionId,
            _ => null,
        });

        await db.Estates.Where(r => estates.Contains(r.EstateId)).LoadAsync(cancellationToken);
        await db.RepairOrders.Where(r => orders.Contains(r.OrderId)).LoadAsync(cancellationToken);
        await db.Complaints.Where(r => complaints.Contains(r.ComplaintId)).LoadAsync(cancellationToken);
        await db.Bills.Where(r => bills.Contains(r.BillId)).LoadAsync(cancellationToken);
        await db.Payments.Where(r => payments.Contains(r.PaymentId)).LoadAsync(cancellationToken);
        await db.PaymentAllocations.Where(r => payments.Contains(r.PaymentId)).LoadAsync(cancellationToken);
        await db.SurveyResults.Where(r => campaigns.Contains(r.CampaignId)).LoadAsync(cancellationToken);
        await db.Reopenings.Where(r => reopened.Contains(r.SubjectId)).LoadAsync(cancellationToken);
        await db.CorrectiveActions.Where(r => actions.Contains(r.ActionId)).LoadAsync(cancellationToken);
    }

    private static List<Guid> Keys(IEnumerable<IIntegrationEvent> batch, Func<IIntegrationEvent, Guid?> key) =>
        [.. batch.Select(key).OfType<Guid>().Distinct()];
}
