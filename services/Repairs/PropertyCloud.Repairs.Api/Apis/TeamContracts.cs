using FluentValidation;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

public sealed record TeamMemberRequest(string UserId, string Name);

/// <summary>A new maintenance team: its name, leader and members (user ids are token subjects).</summary>
public sealed record FormTeamRequest(string Name, TeamMemberRequest Leader, IReadOnlyList<TeamMemberRequest>? Members);

public sealed record TeamResponse(Guid Id, Guid EstateId, string Name, string LeaderId, string LeaderName, IReadOnlyList<TeamMember> Members)
{
    public static TeamResponse From(MaintenanceTeam t) => new(t.Id, t.EstateId, t.Name, t.LeaderId, t.LeaderName, t.Members);
}

internal sealed class FormTeamRequestValidator : AbstractValidator<FormTeamRequest>
{
    public FormTeamRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Leader).NotNull().SetValidator(new TeamMemberRequestValidator());
        RuleFor(r => r.Members).Must(m => m is null || m.Count <= 50);
        RuleForEach(r => r.Members).NotNull().SetValidator(new TeamMemberRequestValidator());
    }
}

internal sealed class TeamMemberRequestValidator : AbstractValidator<TeamMemberRequest>
{
    public TeamMemberRequestValidator()
    {
        RuleFor(r => r.UserId).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100);
    }
}
