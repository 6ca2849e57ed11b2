using PropertyCloud.Archives.Contracts;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.Repairs.Contracts;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Partners.Api.Catalog;

/// <summary>
/// The vetted subset of internal events partners may subscribe to. Internal instructions between services
/// (RepairChargeRequested asks Billing to bill) are not events about the world and are left out.
/// </summary>
public static class PublicEventCatalog
{
    public static readonly IReadOnlyList<PublicEventType> All =
    [
        PublicEventType.Of<EstateRegistered>("residents", "estate", "registered", e => $"estates/{e.EstateId}", "An estate joined the platform or was renamed."),
        PublicEventType.Of<UnitRegistered>("residents", "unit", "registered", e => $"units/{e.UnitId}", "A unit was added to an estate's register."),
        PublicEventType.Of<UnitUsageChanged>("residents", "unit", "usage_changed", e => $"units/{e.UnitId}", "A unit's usage changed."),
        PublicEventType.Of<OwnerRegistered>("residents", "owner", "registered", e => $"owners/{e.OwnerId}", "An owner was registered, holding the listed units."),
        PublicEventType.Of<ResidentContactChanged>("residents", "owner", "contact_changed", e => $"owners/{e.OwnerId}", "How to reach an owner changed (the kind of change only, no details)."),
        PublicEventType.Of<OwnershipTransferred>("residents", "unit", "ownership_transferred", e => $"units/{e.UnitId}", "A unit changed hands."),
        PublicEventType.Of<HouseholdMemberAdded>("residents", "household_member", "added", e => $"owners/{e.OwnerId}/members/{e.MemberId}", "A member joined an owner's household."),
        PublicEventType.Of<HouseholdMemberRemoved>("residents", "household_member", "removed", e => $"owners/{e.OwnerId}/members/{e.MemberId}", "A member left an owner's household; their record was deleted."),
        PublicEventType.Of<TenantLeaseStarted>("residents", "tenancy", "started", e => $"tenancies/{e.TenancyId}", "A tenant's lease on a unit began."),
        PublicEventType.Of<TenantLeaseEnded>("residents", "tenancy", "ended", e => $"tenancies/{e.TenancyId}", "A tenant's lease on a unit ended."),
        PublicEventType.Of<VehicleRegistered>("residents", "vehicle", "registered", e => $"vehicles/{e.VehicleId}", "A vehicle was registered to a unit (no plate number)."),
        PublicEventType.Of<ParkingSpaceAssigned>("residents", "parking_space", "assigned", e => $"parking-assignments/{e.AssignmentId}", "A parking space was rented or sold to a unit."),
        PublicEventType.Of<ParkingSpaceReleased>("residents", "parking_space", "released", e => $"parking-assignments/{e.AssignmentId}", "A unit gave up a parking space."),
        PublicEventType.Of<CustomerFileOpened>("archives", "customer_file", "opened", e => $"customer-files/{e.FileId}", "A unit's customer file was opened."),
        PublicEventType.Of<DocumentFiled>("archives", "document", "filed", e => $"documents/{e.DocumentId}", "A document was filed into a unit's customer file, or (fileKind Engineering/Equipment/Staff, unitId null) into an engineering, equipment or staff file."),
        PublicEventType.Of<DocumentsDestroyed>("archives", "documents", "destroyed", e => $"destruction-batches/{e.BatchId}", "A witnessed destruction batch was carried out."),
        PublicEventType.Of<LoanApproved>("archives", "loan", "approved", e => $"loans/{e.LoanId}", "A loan of an archive document was approved.", nameof(LoanApproved.BorrowerId)),
        PublicEventType.Of<LoanOverdue>("archives", "loan", "overdue", e => $"loans/{e.LoanId}", "A loan passed its due time unreturned.", nameof(LoanOverdue.BorrowerId)),
        PublicEventType.Of<LoanReturned>("archives", "loan", "returned", e => $"loans/{e.LoanId}", "A lent archive document came back."),
        PublicEventType.Of<BillIssued>("billing", "bill", "issued", e => $"bills/{e.BillId}", "A unit's bill for a period was issued."),
        PublicEventType.Of<BillOverdue>("billing", "bill", "overdue", e => $"bills/{e.BillId}", "A bill passed its due date with money owed."),
        PublicEventType.Of<PaymentReceived>("billing", "payment", "received", e => $"payments/{e.PaymentId}", "A payment was taken and allocated to bills."),
        PublicEventType.Of<PaymentRefunded>("billing", "payment", "refunded", e => $"payments/{e.PaymentId}", "Part or all of a payment was paid back."),
        PublicEventType.Of<DepositHeld>("billing", "deposit", "held", e => $"deposits/{e.DepositId}", "A deposit was taken for a unit."),
        PublicEventType.Of<DepositRefunded>("billing", "deposit", "refunded", e => $"deposits/{e.DepositId}", "A held deposit was paid back."),
        PublicEventType.Of<PeriodClosed>("billing", "period", "closed", e => $"periods/{e.Period}", "Finance closed a month of an estate's books."),
        PublicEventType.Of<RepairOrderOpened>("repairs", "order", "opened", e => $"repair-orders/{e.RepairOrderId}", "A repair request was taken in."),
        PublicEventType.Of<RepairOrderDispatched>("repairs", "order", "dispatched", e => $"repair-orders/{e.RepairOrderId}", "A repair order was dispatched to a worker.", nameof(RepairOrderDispatched.AssigneeId)),
        PublicEventType.Of<RepairOrderCompleted>("repairs", "order", "completed", e => $"repair-orders/{e.RepairOrderId}", "A worker finished a repair."),
        PublicEventType.Of<FollowUpRecorded>("repairs", "order", "followed_up", e => $"repair-orders/{e.RepairOrderId}", "The follow-up visit of a repair recorded satisfaction."),
        PublicEventType.Of<RepairOrderClosed>("repairs", "order", "closed", e => $"repair-orders/{e.RepairOrderId}", "A repair order was closed."),
        PublicEventType.Of<SlaBreached>("repairs", "order", "sla_breached", e => $"repair-orders/{e.RepairOrderId}", "A repair order missed an SLA target."),
        PublicEventType.Of<SlaEscalated>("repairs", "order", "sla_escalated", e => $"repair-orders/{e.RepairOrderId}", "A breached SLA target climbed a rung of the escalation ladder."),
        PublicEventType.Of<ResidentNoticeRequired>("repairs", "order", "notice_required", e => $"repair-orders/{e.RepairOrderId}", "An emergency was not fixed in time; residents affected are to be notified."),
        PublicEventType.Of<ComplaintReceived>("repairs", "complaint", "received", e => $"complaints/{e.ComplaintId}", "A complaint was recorded."),
        PublicEventType.Of<ComplaintResponded>("repairs", "complaint", "responded", e => $"complaints/{e.ComplaintId}", "A complaint got its first response."),
        PublicEventType.Of<ComplaintEscalated>("repairs", "complaint", "escalated", e => $"complaints/{e.ComplaintId}", "A major complaint was escalated."),
        PublicEventType.Of<ComplaintClosed>("repairs", "complaint", "closed", e => $"complaints/{e.ComplaintId}", "A complaint was closed."),
        PublicEventType.Of<ComplaintReopened>("repairs", "complaint", "reopened", e => $"complaints/{e.ComplaintId}",
            "A resolved or closed complaint was reopened.", nameof(ComplaintReopened.Reason)),
        PublicEventType.Of<RepairOrderReopened>("repairs", "order", "reopened", e => $"repair-orders/{e.RepairOrderId}",
            "A completed or closed repair order was reopened.", nameof(RepairOrderReopened.Reason)),
        PublicEventType.Of<StockLow>("repairs", "material", "stock_low", e => $"materials/{e.MaterialId}", "A material fell to its low-stock threshold."),
        PublicEventType.Of<SurveyCampaignStarted>("surveys", "campaign", "started", e => $"campaigns/{e.CampaignId}", "A satisfaction survey campaign started in an estate."),
        PublicEventType.Of<SurveyResponseRecorded>("surveys", "response", "recorded", e => $"responses/{e.ResponseId}", "A sampled household's survey response was saved."),
        PublicEventType.Of<SurveyCampaignClosed>("surveys", "campaign", "closed", e => $"campaigns/{e.CampaignId}", "A campaign closed in an estate and its indices were published."),
        PublicEventType.Of<CorrectiveActionOpened>("surveys", "corrective_action", "opened", e => $"corrective-actions/{e.ActionId}", "A survey finding became a corrective action.", nameof(CorrectiveActionOpened.OwnerId)),
        PublicEventType.Of<CorrectiveActionOverdue>("surveys", "corrective_action", "overdue", e => $"corrective-actions/{e.ActionId}", "A corrective action passed its deadline unverified.", nameof(CorrectiveActionOverdue.OwnerId)),
        PublicEventType.Of<CorrectiveActionVerified>("surveys", "corrective_action", "verified", e => $"corrective-actions/{e.ActionId}", "A corrective action was verified by a second visit."),
    ];

    private static readonly Dictionary<string, PublicEventType> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);
    private static readonly Dictionary<Type, PublicEventType> ByEventType = All.ToDictionary(t => t.EventType);

    public static PublicEventType? Find(string name) => ByName.GetValueOrDefault(name);

    public static PublicEventType Of(Type eventType) => ByEventType[eventType];
}
