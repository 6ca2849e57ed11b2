using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Exports;

/// <summary>The names of repair and complaint values as the console shows them, for exports headed in the caller's language.</summary>
public static class RepairLabels
{
    public static readonly LocalizedText Yes = new("是", "Yes");
    public static readonly LocalizedText No = new("否", "No");

    public static LocalizedText YesNo(bool value) => value ? Yes : No;

    public static LocalizedText Of(RepairChannel channel) => channel switch
    {
        RepairChannel.Phone => new("电话", "Phone"),
        RepairChannel.Visit => new("来访", "Visit"),
        _ => new("自助", "Self-service"),
    };

    public static LocalizedText Of(RepairCategory category) => category switch
    {
        RepairCategory.Plumbing => new("水管", "Plumbing"),
        RepairCategory.Electrical => new("电路", "Electrical"),
        RepairCategory.Elevator => new("电梯", "Elevator"),
        RepairCategory.DoorAndAccess => new("门禁", "Doors and access"),
        RepairCategory.PublicArea => new("公共区域", "Public area"),
        _ => new("其他", "Other"),
    };

    public static LocalizedText Of(RepairUrgency urgency) => urgency switch
    {
        RepairUrgency.Emergency => new("紧急", "Emergency"),
        RepairUrgency.Urgent => new("较急", "Urgent"),
        _ => new("一般", "Normal"),
    };

    public static LocalizedText Of(RepairOrderStatus status) => status switch
    {
        RepairOrderStatus.Open => new("待派工", "Open"),
        RepairOrderStatus.Dispatched => new("已派工", "Dispatched"),
        RepairOrderStatus.Accepted => new("已接单", "Accepted"),
        RepairOrderStatus.OnSite => new("维修中", "On site"),
        RepairOrderStatus.Completed => new("已完工", "Completed"),
        RepairOrderStatus.FollowedUp => new("已回访", "Followed up"),
        _ => new("已关闭", "Closed"),
    };

    public static LocalizedText Of(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ServiceAttitude => new("服务态度", "Service attitude"),
        ComplaintCategory.RepairQuality => new("维修质量", "Repair quality"),
        ComplaintCategory.Security => new("安全", "Security"),
        ComplaintCategory.Cleaning => new("保洁", "Cleaning"),
        ComplaintCategory.Greening => new("绿化", "Greening"),
        ComplaintCategory.Charges => new("收费", "Charges"),
        ComplaintCategory.Noise => new("噪音", "Noise"),
        ComplaintCategory.Parking => new("停车", "Parking"),
        _ => new("其他", "Other"),
    };

    public static LocalizedText Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => new("已受理", "Received"),
        ComplaintStatus.Acknowledged => new("已确认", "Acknowledged"),
        ComplaintStatus.Assigned => new("处理中", "Assigned"),
        ComplaintStatus.Responded => new("已答复", "Responded"),
        ComplaintStatus.Resolved => new("已解决", "Resolved"),
        ComplaintStatus.CalledBack => new("已回访", "Called back"),
        _ => new("已关闭", "Closed"),
    };
}
