using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Persistence;
using PropertyCloud.Identity.Contracts;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Repairs.Api.Demo;

/// <summary>
/// Demo repairs and complaints (demo mode only, first start only): for each demo estate a dozen repair orders and
/// half a dozen complaints spread over every step of their loops, taken through the same domain methods and events.
/// </summary>
internal sealed class DemoRepairsSeeder(TimeProvider clock) : IDatabaseSeeder<RepairsDb>
{
    private static readonly (RepairCategory Category, RepairUrgency Urgency, string Where, string What)[] Requests =
    [
        (RepairCategory.Plumbing, RepairUrgency.Emergency, "", "厨房水管爆裂，漏水严重"),
        (RepairCategory.Electrical, RepairUrgency.Urgent, "", "卫生间插座跳闸，无法复位"),
        (RepairCategory.Elevator, RepairUrgency.Emergency, "2栋1单元电梯", "电梯停在8楼不动，有人被困"),
        (RepairCategory.DoorAndAccess, RepairUrgency.Normal, "3栋单元门", "单元门禁刷卡无反应"),
        (RepairCategory.PublicArea, RepairUrgency.Normal, "地下车库B区", "车库照明灯不亮"),
        (RepairCategory.Plumbing, RepairUrgency.Normal, "", "阳台地漏堵塞"),
        (RepairCategory.Other, RepairUrgency.Normal, "", "窗户密封条老化漏风"),
        (RepairCategory.Electrical, RepairUrgency.Normal, "1栋大堂", "大堂吊灯闪烁"),
    ];

    private static readonly (ComplaintCategory Category, bool Major, string What)[] Grievances =
    [
        (ComplaintCategory.RepairQuality, false, "报修三天无人上门"),
        (ComplaintCategory.Noise, false, "楼上装修噪音超时施工"),
        (ComplaintCategory.ServiceAttitude, true, "保安言语粗鲁，多次与业主发生冲突"),
        (ComplaintCategory.Cleaning, false, "垃圾房未及时清运，气味很大"),
        (ComplaintCategory.Charges, false, "物业费账单与实际面积不符"),
        (ComplaintCategory.Security, true, "小区内连续发生电动车被盗"),
    ];

    public Task SeedAsync(RepairsDb db, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            // Replicas start together: the lock lets one of them seed and the others find the data there.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('repairs-demo-data'))", cancellationToken);
            if (await db.RepairOrders.AnyAsync(cancellationToken))
            {
                return;
            }
            var now = clock.GetUtcNow();
            foreach (var estateId in DemoEstates.All)
            {
                for (var i = 0; i < 12; i++)
                {
                    AddOrder(db, estateId, i, now.AddHours(-6 * (12 - i)));
                }
                for (var i = 0; i < Grievances.Length; i++)
                {
                    AddComplaint(db, estateId, i, now.AddHours(-20 * (Grievances.Length - i)));
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

    private static void AddOrder(RepairsDb db, Guid estateId, int i, DateTimeOffset openedAt)
    {
        var (category, urgency, where, what) = Requests[i % Requests.Length];
        var location = where.Length == 0 ? new RepairLocation(DemoUnit(estateId, i), null, null) : new RepairLocation(null, null, where);
        var order = RepairOrder.Open(estateId, new RepairIntake((RepairChannel)(i % 3), category, urgency, location, what,
            "demo-front-desk", "前台客服"), SlaDefaults.For(category, urgency), BusinessCalendar.Default(estateId), openedAt);
        db.RepairOrders.Add(order);
        db.AddIntegrationEvent(RepairEvents.Opened(order));
        var steps = i % 7; // 0 open … 6 closed
        var at = openedAt;
        if (steps >= 1)
        {
            // Every third order goes to the demo "maintenance" login, the others to workers without a login.
            var worker = i % 3 == 0 ? DemoStaffIds.Maintenance : $"demo-maintenance-{i % 3 + 1}";
            order.Dispatch(worker, $"维修工{i % 3 + 1}", "前台客服", at = at.AddMinutes(3));
            db.AddIntegrationEvent(RepairEvents.Dispatched(order));
        }
        if (steps >= 2) { order.Accept(at = at.AddMinutes(2)); }
        if (steps >= 3) { order.ArriveOnSite(at = at.AddMinutes(i % 2 == 0 ? 4 : 25)); }
        if (steps >= 4)
        {
            order.Complete(new RepairCompletion("已更换损坏部件并测试正常",
                [new MaterialUsed("PPR 管件", 2, "个", 6.5m), new MaterialUsed("生料带", 1, "卷", 2m)], 45, i % 2 == 0 ? 0 : 30m),
                at = at.AddMinutes(50));
            db.AddIntegrationEvent(RepairEvents.Completed(order));
            if (order.IsChargeable)
            {
                db.AddIntegrationEvent(RepairEvents.ChargeRequested(order));
            }
        }
        if (steps >= 5)
        {
            order.RecordFollowUp(3 + i % 3, "师傅很专业", "前台客服", at = at.AddHours(4));
            db.AddIntegrationEvent(RepairEvents.FollowedUp(order));
        }
        if (steps >= 6)
        {
            order.Close(null, "前台客服", at.AddMinutes(5));
            db.AddIntegrationEvent(RepairEvents.Closed(order));
        }
    }

    private static void AddComplaint(RepairsDb db, Guid estateId, int i, DateTimeOffset receivedAt)
    {
        var (category, major, what) = Grievances[i];
        var complaint = Complaint.Receive(estateId, (RepairChannel)(i % 3), category, what, DemoUnit(estateId, i), major, "前台客服", receivedAt);
        db.Complaints.Add(complaint);
        db.AddIntegrationEvent(ComplaintEvents.Received(complaint));
        if (major)
        {
            db.AddIntegrationEvent(ComplaintEvents.Escalated(complaint));
        }
        var at = receivedAt;
        if (i >= 1) { complaint.Acknowledge(at = at.AddMinutes(10)); }
        if (i >= 2) { complaint.Assign("demo-estate-manager", "项目经理", at = at.AddMinutes(20)); }
        if (i >= 3) { ComplaintEvents.Respond(db, complaint, "已联系相关负责人，今日内处理", at = at.AddHours(1)); }
        if (i >= 4) { complaint.Resolve("已处理完毕并向业主说明", ComplainantOpinion.BasicallySatisfied, at = at.AddHours(5)); }
        if (i >= 5)
        {
            complaint.CallBack("业主表示认可处理结果", at = at.AddHours(24));
            complaint.Close("加强夜间巡逻并加装监控", "项目经理", at.AddMinutes(30));
            db.AddIntegrationEvent(ComplaintEvents.Closed(complaint));
        }
    }

    /// <summary>A stable made-up unit id per estate and index; demo repairs are not tied to real demo units.</summary>
    private static Guid DemoUnit(Guid estateId, int i)
    {
        var bytes = estateId.ToByteArray();
        bytes[15] = (byte)(100 + i);
        return new Guid(bytes);
    }
}
