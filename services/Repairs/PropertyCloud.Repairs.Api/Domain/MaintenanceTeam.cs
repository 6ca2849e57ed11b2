namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>
/// A maintenance team (维修班组) of an estate: a leader and members. An order dispatched to the team is taken by the
/// first member who accepts it.
/// </summary>
public sealed class MaintenanceTeam
{
    private readonly List<TeamMember> _members = [];

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public string Name { get; private set; } = "";
    public string LeaderId { get; private set; } = "";
    public string LeaderName { get; private set; } = "";
    public IReadOnlyList<TeamMember> Members => _members;

    private MaintenanceTeam() { }

    public static MaintenanceTeam Form(Guid estateId, string name, TeamMember leader, IEnumerable<TeamMember> members)
    {
        var team = new MaintenanceTeam
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            Name = name.Trim(),
            LeaderId = leader.UserId,
            LeaderName = leader.Name,
        };
        team._members.AddRange(members.Prepend(leader).DistinctBy(m => m.UserId));
        return team;
    }

    public TeamMember? Member(string? userId) => _members.FirstOrDefault(m => m.UserId == userId);
}
