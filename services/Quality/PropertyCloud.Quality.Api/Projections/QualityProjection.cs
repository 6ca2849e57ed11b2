using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Quality.Api.Projections;

/// <summary>
/// Turns one event into read-model changes. Live consumers and the replay both go through here, so a rebuild
/// gives the same figures. Every change is order-independent: an order's completion may arrive before its opening.
/// </summary>
public static class QualityProjection
{
    /// <summary>Every event type the projection understands, i.e. every event Quality consumes and stores.</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(EstateRegistered),
        typeof(RepairOrderOpened), typeof(RepairOrderDispatched), typeof(RepairOrderCompleted), typeof(RepairOrderClosed), typeof(SlaBreached),
        typeof(ComplaintReceived), typeof(ComplaintEscalated), typeof(ComplaintClosed),
        typeof(ComplaintResponded), typeof(ComplaintReopened), typeof(RepairOrderReopened),
        typeof(BillIssued), typeof(PaymentReceived), typeof(PaymentRefunded),
        typeof(SurveyCampaignClosed), typeof(CorrectiveActionOpened), typeof(CorrectiveActionOverdue), typeof(CorrectiveActionVerified),
    ];

    public static Task ApplyAsync(QualityDb db, IIntegrationEvent integrationEvent, CancellationToken cancellationToken) => integrationEvent switch
    {
        EstateRegistered e => EstateProjection.ApplyAsync(db, e, cancellationToken),
        RepairOrderOpened e => RepairProjection.ApplyAsync(db, e, cancellationToken),
        RepairOrderDispatched e => RepairProjection.ApplyAsync(db, e, cancellationToken),
        RepairOrderCompleted e => RepairProjection.ApplyAsync(db, e, cancellationToken),
        RepairOrderClosed e => RepairProjection.ApplyAsync(db, e, cancellationToken),
        SlaBreached e => RepairProjection.ApplyAsync(db, e, cancellationToken),
        ComplaintReceived e => ComplaintProjection.ApplyAsync(db, e, cancellationToken),
        ComplaintEscalated e => ComplaintProjection.ApplyAsync(db, e, cancellationToken),
        ComplaintClosed e => ComplaintProjection.ApplyAsync(db, e, cancellationToken),
        ComplaintResponded e => ComplaintProjection.ApplyAsync(db, e, cancellationToken),
        ComplaintReopened e => ReopeningProjection.ApplyAsync(db, e, cancellationToken),
        RepairOrderReopened e => ReopeningProjection.ApplyAsync(db, e, cancellationToken),
        BillIssued e => BillingProjection.ApplyAsync(db, e, cancellationToken),
        PaymentReceived e => BillingProjection.ApplyAsync(db, e, cancellationToken),
        PaymentRefunded e => BillingProjection.ApplyAsync(db, e, cancellationToken),
        SurveyCampaignClosed e => SurveyProjection.ApplyAsync(db, e, cancellationToken),
        CorrectiveActionOpened e => SurveyProjection.ApplyAsync(db, e, cancellationToken),
        CorrectiveActionOverdue e => SurveyProjection.ApplyAsync(db, e, cancellationToken),
        CorrectiveActionVerified e => SurveyProjection.ApplyAsync(db, e, cancellationToken),
        _ => throw new InvalidOperationException($"Quality does not project {integrationEvent.GetType().Name}."),
    };
}
