using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain.Rules;

namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>Dispatch to a maintenance team: the order waits for one of its members to take it.</summary>
public sealed partial class RepairOrder
{
    public Guid? TeamId { get; private set; }
    public string? TeamName { get; private set; }

    /// <summary>Sends the order to a team rather than one worker; like any dispatch, once only.</summary>
    public void DispatchToTeam(MaintenanceTeam team, string dispatcher, DateTimeOffset now)
    {
        RepairStepMustFollowLoop.Check(Status, "dispatch", RepairOrderStatus.Open);
        TeamId = team.Id;
        TeamName = team.Name;
        DispatchedBy = dispatcher;
        DispatchedAt = now;
        Status = RepairOrderStatus.Dispatched;
    }

    /// <summary>A member of the team takes the order and accepts it; the first to save wins (row version).</summary>
    public void AcceptForTeam(MaintenanceTeam team, string userId, DateTimeOffset now)
    {
        var member = team.Member(userId);
        if (team.Id != TeamId || member is null || AssigneeId is not null)
        {
            throw new DomainException("repair.not_for_this_team_member",
                new("该工单不是派给您所在班组的待接工单", "This order is not waiting for a member of your team"), "assigneeId");
        }
        Accept(now);
        AssigneeId = member.UserId;
        AssigneeName = member.Name;
    }
}
