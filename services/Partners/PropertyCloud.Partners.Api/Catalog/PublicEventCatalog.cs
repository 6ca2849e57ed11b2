using PropertyCloud.Archives.Contracts;
using PropertyCloud.Billing.Contracts;
using PropertyCloud.BuildingBlocks.Domain;
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
        PublicEventType.Of<EstateRegistered>("residents", "estate", "registered", e => $"estates/{e.EstateId}", new("小区加入平台或更名。", "An estate joined the platform or was renamed.")),
        PublicEventType.Of<UnitRegistered>("residents", "unit", "registered", e => $"units/{e.UnitId}", new("小区房屋台账新增了一套房屋。", "A unit was added to an estate's register.")),
        PublicEventType.Of<UnitUsageChanged>("residents", "unit", "usage_changed", e => $"units/{e.UnitId}", new("房屋用途发生变更。", "A unit's usage changed.")),
        PublicEventType.Of<OwnerRegistered>("residents", "owner", "registered", e => $"owners/{e.OwnerId}", new("登记了业主及其名下房屋。", "An owner was registered, holding the listed units.")),
        PublicEventType.Of<ResidentContactChanged>("residents", "owner", "contact_changed", e => $"owners/{e.OwnerId}", new("业主联系方式发生变更（只说明变更类别，不含具体内容）。", "How to reach an owner changed (the kind of change only, no details).")),
        PublicEventType.Of<OwnershipTransferred>("residents", "unit", "ownership_transferred", e => $"units/{e.UnitId}", new("房屋产权发生转移。", "A unit changed hands.")),
        PublicEventType.Of<JointOwnerAdded>("residents", "unit", "joint_owner_added", e => $"units/{e.UnitId}", new("房屋新增共有业主。", "An owner became a joint owner of a unit.")),
        PublicEventType.Of<HouseholdMemberAdded>("residents", "household_member", "added", e => $"owners/{e.OwnerId}/members/{e.MemberId}", new("业主家庭新增成员。", "A member joined an owner's household.")),
        PublicEventType.Of<HouseholdMemberRemoved>("residents", "household_member", "removed", e => $"owners/{e.OwnerId}/members/{e.MemberId}", new("业主家庭成员迁出，其记录已删除。", "A member left an owner's household; their record was deleted.")),
        PublicEventType.Of<TenantLeaseStarted>("residents", "tenancy", "started", e => $"tenancies/{e.TenancyId}", new("租户租约开始。", "A tenant's lease on a unit began.")),
        PublicEventType.Of<TenantLeaseEnded>("residents", "tenancy", "ended", e => $"tenancies/{e.TenancyId}", new("租户租约结束。", "A tenant's lease on a unit ended.")),
        PublicEventType.Of<VehicleRegistered>("residents", "vehicle", "registered", e => $"vehicles/{e.VehicleId}", new("房屋登记了车辆（不含车牌号）。", "A vehicle was registered to a unit (no plate number).")),
        PublicEventType.Of<ParkingSpaceAssigned>("residents", "parking_space", "assigned", e => $"parking-assignments/{e.AssignmentId}", new("车位出租或出售给房屋。", "A parking space was rented or sold to a unit.")),
        PublicEventType.Of<ParkingSpaceReleased>("residents", "parking_space", "released", e => $"parking-assignments/{e.AssignmentId}", new("房屋退还车位。", "A unit gave up a parking space.")),
        PublicEventType.Of<CustomerFileOpened>("archives", "customer_file", "opened", e => $"customer-files/{e.FileId}", new("建立了房屋的客户档案。", "A unit's customer file was opened.")),
        PublicEventType.Of<DocumentFiled>("archives", "document", "filed", e => $"documents/{e.DocumentId}", new("文件归入房屋客户档案，或（fileKind 为 Engineering/Equipment/Staff、unitId 为空）归入工程、设备或员工档案。", "A document was filed into a unit's customer file, or (fileKind Engineering/Equipment/Staff, unitId null) into an engineering, equipment or staff file.")),
        PublicEventType.Of<DocumentsDestroyed>("archives", "documents", "destroyed", e => $"destruction-batches/{e.BatchId}", new("一批档案在监销下完成销毁。", "A witnessed destruction batch was carried out.")),
        PublicEventType.Of<LoanApproved>("archives", "loan", "approved", e => $"loans/{e.LoanId}", new("档案借阅申请获批。", "A loan of an archive document was approved."), nameof(LoanApproved.BorrowerId)),
        PublicEventType.Of<LoanOverdue>("archives", "loan", "overdue", e => $"loans/{e.LoanId}", new("借阅档案逾期未还。", "A loan passed its due time unreturned."), nameof(LoanOverdue.BorrowerId)),
        PublicEventType.Of<LoanReturned>("archives", "loan", "returned", e => $"loans/{e.LoanId}", new("借出的档案已归还。", "A lent archive document came back.")),
        PublicEventType.Of<BillIssued>("billing", "bill", "issued", e => $"bills/{e.BillId}", new("房屋某账期的账单已出具。", "A unit's bill for a period was issued.")),
        PublicEventType.Of<BillOverdue>("billing", "bill", "overdue", e => $"bills/{e.BillId}", new("账单逾期仍有欠费。", "A bill passed its due date with money owed.")),
        PublicEventType.Of<PaymentReceived>("billing", "payment", "received", e => $"payments/{e.PaymentId}", new("收到一笔缴费并已分配到账单。", "A payment was taken and allocated to bills.")),
        PublicEventType.Of<PaymentRefunded>("billing", "payment", "refunded", e => $"payments/{e.PaymentId}", new("缴费部分或全部退还。", "Part or all of a payment was paid back.")),
        PublicEventType.Of<DepositHeld>("billing", "deposit", "held", e => $"deposits/{e.DepositId}", new("收取了房屋押金。", "A deposit was taken for a unit.")),
        PublicEventType.Of<DepositRefunded>("billing", "deposit", "refunded", e => $"deposits/{e.DepositId}", new("押金已退还。", "A held deposit was paid back.")),
        PublicEventType.Of<PeriodClosed>("billing", "period", "closed", e => $"periods/{e.Period}", new("财务关闭了小区某月的账期。", "Finance closed a month of an estate's books.")),
        PublicEventType.Of<RepairOrderOpened>("repairs", "order", "opened", e => $"repair-orders/{e.RepairOrderId}", new("受理了一张报修单。", "A repair request was taken in.")),
        PublicEventType.Of<RepairOrderDispatched>("repairs", "order", "dispatched", e => $"repair-orders/{e.RepairOrderId}", new("维修工单已派给维修人员。", "A repair order was dispatched to a worker."), nameof(RepairOrderDispatched.AssigneeId)),
        PublicEventType.Of<RepairOrderCompleted>("repairs", "order", "completed", e => $"repair-orders/{e.RepairOrderId}", new("维修人员完成维修。", "A worker finished a repair.")),
        PublicEventType.Of<FollowUpRecorded>("repairs", "order", "followed_up", e => $"repair-orders/{e.RepairOrderId}", new("维修回访记录了满意度。", "The follow-up visit of a repair recorded satisfaction.")),
        PublicEventType.Of<RepairOrderClosed>("repairs", "order", "closed", e => $"repair-orders/{e.RepairOrderId}", new("维修工单已关闭。", "A repair order was closed.")),
        PublicEventType.Of<SlaBreached>("repairs", "order", "sla_breached", e => $"repair-orders/{e.RepairOrderId}", new("维修工单未达到服务时限。", "A repair order missed an SLA target.")),
        PublicEventType.Of<SlaEscalated>("repairs", "order", "sla_escalated", e => $"repair-orders/{e.RepairOrderId}", new("超时的服务时限升级到上一级。", "A breached SLA target climbed a rung of the escalation ladder.")),
        PublicEventType.Of<ResidentNoticeRequired>("repairs", "order", "notice_required", e => $"repair-orders/{e.RepairOrderId}", new("紧急维修未按时完成，须通知受影响的住户。", "An emergency was not fixed in time; residents affected are to be notified.")),
        PublicEventType.Of<ComplaintReceived>("repairs", "complaint", "received", e => $"complaints/{e.ComplaintId}", new("登记了一条投诉。", "A complaint was recorded.")),
        PublicEventType.Of<ComplaintResponded>("repairs", "complaint", "responded", e => $"complaints/{e.ComplaintId}", new("投诉得到首次回复。", "A complaint got its first response.")),
        PublicEventType.Of<ComplaintEscalated>("repairs", "complaint", "escalated", e => $"complaints/{e.ComplaintId}", new("重大投诉已升级。", "A major complaint was escalated.")),
        PublicEventType.Of<ComplaintClosed>("repairs", "complaint", "closed", e => $"complaints/{e.ComplaintId}", new("投诉已关闭。", "A complaint was closed.")),
        PublicEventType.Of<ComplaintReopened>("repairs", "complaint", "reopened", e => $"complaints/{e.ComplaintId}",
            new("已解决或已关闭的投诉被重新打开。", "A resolved or closed complaint was reopened."), nameof(ComplaintReopened.Reason)),
        PublicEventType.Of<RepairOrderReopened>("repairs", "order", "reopened", e => $"repair-orders/{e.RepairOrderId}",
            new("已完成或已关闭的维修工单被重新打开。", "A completed or closed repair order was reopened."), nameof(RepairOrderReopened.Reason)),
        PublicEventType.Of<StockLow>("repairs", "material", "stock_low", e => $"materials/{e.MaterialId}", new("物料库存降至预警线。", "A material fell to its low-stock threshold.")),
        PublicEventType.Of<SurveyCampaignStarted>("surveys", "campaign", "started", e => $"campaigns/{e.CampaignId}", new("小区开始一次满意度调查。", "A satisfaction survey campaign started in an estate.")),
        PublicEventType.Of<SurveyResponseRecorded>("surveys", "response", "recorded", e => $"responses/{e.ResponseId}", new("保存了一户抽样住户的问卷答复。", "A sampled household's survey response was saved.")),
        PublicEventType.Of<SurveyCampaignClosed>("surveys", "campaign", "closed", e => $"campaigns/{e.CampaignId}", new("小区的调查结束并公布了指数。", "A campaign closed in an estate and its indices were published.")),
        PublicEventType.Of<CorrectiveActionOpened>("surveys", "corrective_action", "opened", e => $"corrective-actions/{e.ActionId}", new("调查发现的问题转为整改项。", "A survey finding became a corrective action."), nameof(CorrectiveActionOpened.OwnerId)),
        PublicEventType.Of<CorrectiveActionOverdue>("surveys", "corrective_action", "overdue", e => $"corrective-actions/{e.ActionId}", new("整改项逾期未验证。", "A corrective action passed its deadline unverified."), nameof(CorrectiveActionOverdue.OwnerId)),
        PublicEventType.Of<CorrectiveActionVerified>("surveys", "corrective_action", "verified", e => $"corrective-actions/{e.ActionId}", new("整改项经复查验证。", "A corrective action was verified by a second visit.")),
    ];

    private static readonly Dictionary<string, PublicEventType> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);
    private static readonly Dictionary<Type, PublicEventType> ByEventType = All.ToDictionary(t => t.EventType);

    public static PublicEventType? Find(string name) => ByName.GetValueOrDefault(name);

    public static PublicEventType Of(Type eventType) => ByEventType[eventType];
}
